// Modal synthesis: a struck object rings at a few inharmonic frequencies,
// each dying away at its own rate. Metal, glass and brass casings are
// little more than this.

export interface Mode {
  readonly freq: number;
  readonly amp: number;
  /** Time constant of the exponential decay, seconds. */
  readonly tau: number;
}

/** Adds the decaying modes into out, starting at sample `start`. Uses a rotating phasor: no sin() per sample. */
export function addModes(out: Float32Array, sr: number, modes: readonly Mode[], start = 0, gain = 1): Float32Array {
  for (const m of modes) {
    if (m.freq >= sr / 2) continue;
    const w = (2 * Math.PI * m.freq) / sr;
    const r = Math.exp(-1 / (m.tau * sr));
    const c = r * Math.cos(w);
    const s = r * Math.sin(w);
    let re = 0;
    let im = m.amp * gain;
    const end = Math.min(out.length, start + Math.ceil(m.tau * sr * 7));
    for (let i = Math.max(0, start); i < end; i++) {
      out[i]! += im;
      const nre = re * c - im * s;
      im = re * s + im * c;
      re = nre;
    }
  }
  return out;
}
