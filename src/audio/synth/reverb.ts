// A small Schroeder room (4 damped feedback combs + 2 allpasses). Gives
// gunshot tails, shouts and the guitar a space without sampled impulses.

export interface RoomOptions {
  /** Comb feedback, 0..0.95: bigger = longer tail. */
  readonly size: number;
  /** 0..1: how fast highs die in the tail. */
  readonly damp: number;
  /** Wet level added to the dry signal. */
  readonly wet: number;
}

const COMB_MS = [29.7, 37.1, 41.1, 43.7];
const ALLPASS_MS = [5.0, 1.7];

/** Adds a room tail to buf in place (pad buf first if the tail should outlast the sound). */
export function room(buf: Float32Array, sr: number, o: RoomOptions): Float32Array {
  const n = buf.length;
  const wet = new Float32Array(n);
  for (const ms of COMB_MS) {
    const len = Math.max(1, Math.round((ms * sr) / 1000));
    const line = new Float32Array(len);
    let idx = 0;
    let lp = 0;
    for (let i = 0; i < n; i++) {
      const y = line[idx]!;
      lp = y * (1 - o.damp) + lp * o.damp;
      line[idx] = buf[i]! + lp * o.size;
      wet[i]! += y;
      idx = idx + 1 === len ? 0 : idx + 1;
    }
  }
  for (const ms of ALLPASS_MS) {
    const len = Math.max(1, Math.round((ms * sr) / 1000));
    const line = new Float32Array(len);
    let idx = 0;
    for (let i = 0; i < n; i++) {
      const d = line[idx]!;
      const x = wet[i]!;
      line[idx] = x + d * 0.5;
      wet[i] = d - x * 0.5;
      idx = idx + 1 === len ? 0 : idx + 1;
    }
  }
  const g = o.wet / COMB_MS.length;
  for (let i = 0; i < n; i++) buf[i]! += wet[i]! * g;
  return buf;
}
