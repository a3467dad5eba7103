// Karplus–Strong plucked string (with the Jaffe–Smith extensions):
// a noise burst circulates in a delay line one period long; a loss filter
// in the loop takes the highs out a little on every pass, so the tone
// mellows as it dies, like a real string.
//
// Loop = delay line (N samples) + 3-tap linear-phase lowpass (exactly one
// sample of delay at every frequency) + first-order allpass (the fractional
// rest), so the period is exactly sr/freq and the pitch is in tune.
import { bipolar, createRng } from './prng';

export interface PluckOptions {
  readonly freq: number;
  readonly sr: number;
  /** Length of the rendered buffer, seconds. */
  readonly seconds: number;
  /** Time for the fundamental to fall 60 dB, seconds. */
  readonly t60: number;
  /** 0..1: 0 = dark nylon thumb, 1 = bright nail. Sets both the loop filter and the excitation. */
  readonly brightness: number;
  /** Where the string is plucked, as a fraction of its length (0.05..0.5); notches the harmonics it would not excite. */
  readonly position: number;
  readonly seed: number;
  readonly amp?: number;
  /** Mute the string from this time on (seconds), dying with `muteT60` (a re-pluck or a palm on the string). */
  readonly muteAt?: number;
  readonly muteT60?: number;
}

export function pluck(o: PluckOptions): Float32Array {
  const { sr, freq } = o;
  const n = Math.max(1, Math.round(o.seconds * sr));
  const out = new Float32Array(n);
  const period = sr / freq;
  const N = Math.max(2, Math.floor(period - 1.1));
  const d = period - 1 - N; // allpass delay, in [0.1, 1.1)
  const C = (1 - d) / (1 + d);
  // 3-tap filter (a, 1-2a, a): a = 0.25 kills Nyquist (dark), smaller is brighter.
  const b = Math.min(1, Math.max(0, o.brightness));
  const a = 0.25 - 0.19 * b;
  const loss = Math.pow(0.001, 1 / (freq * o.t60));
  const muteAt = o.muteAt === undefined ? n : Math.round(o.muteAt * sr);
  const muteLoss = Math.pow(0.001, 1 / (freq * (o.muteT60 ?? 0.08)));

  // Excitation: one period of noise, softened (a fingertip is not a pick) and
  // comb-filtered by the pluck position, with a short ramp so the onset never clicks.
  const rng = createRng(o.seed);
  const exc = new Float32Array(N);
  const soft = 0.75 - 0.6 * b;
  let lp = 0;
  for (let i = 0; i < N; i++) {
    lp = (1 - soft) * bipolar(rng) + soft * lp;
    exc[i] = lp;
  }
  const tap = Math.max(1, Math.round(N * Math.min(0.5, Math.max(0.05, o.position))));
  let mean = 0;
  for (let i = N - 1; i >= tap; i--) exc[i]! -= exc[i - tap]!;
  for (let i = 0; i < N; i++) mean += exc[i]!;
  mean /= N;
  let pk = 0;
  for (let i = 0; i < N; i++) {
    exc[i]! -= mean; // no DC: it would never decay through the loop
    pk = Math.max(pk, Math.abs(exc[i]!));
  }
  const amp = (o.amp ?? 1) / (pk || 1);
  const ramp = Math.min(N, Math.round(sr * 0.0015));
  for (let i = 0; i < ramp; i++) exc[i]! *= i / ramp;

  const line = new Float32Array(N);
  let idx = 0;
  let v1 = 0;
  let v2 = 0;
  let u1 = 0;
  let w1 = 0;
  for (let i = 0; i < n; i++) {
    const v = line[idx]!; // y[i - N]
    const u = a * v + (1 - 2 * a) * v1 + a * v2;
    const w = C * u + u1 - C * w1;
    v2 = v1; v1 = v; u1 = u; w1 = w;
    const y = (i < N ? exc[i]! * amp : 0) + (i < muteAt ? loss : muteLoss) * w;
    line[idx] = y;
    out[i] = y;
    idx = idx + 1 === N ? 0 : idx + 1;
  }
  return out;
}
