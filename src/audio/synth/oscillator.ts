// Oscillators. Pitch glides are exponential (equal ratios per unit time),
// which is how thumps, whines and falling tones sound natural.

/** Frequency at time t of an exponential glide from f0 to f1 over `glide` seconds, then held. */
export function glideAt(f0: number, f1: number, glide: number, t: number): number {
  if (t >= glide || glide <= 0) return f1;
  return f0 * Math.pow(f1 / f0, t / glide);
}

/** Sine gliding exponentially from f0 to f1. */
export function sineGlide(n: number, sr: number, f0: number, f1: number, glide: number): Float32Array {
  const out = new Float32Array(n);
  // The phase step glides by a constant ratio per sample, then holds (no pow() per sample).
  const steps = glide > 0 ? Math.round(glide * sr) : 0;
  const ratio = steps > 0 ? Math.pow(f1 / f0, 1 / steps) : 1;
  let dphase = (2 * Math.PI * (steps > 0 ? f0 : f1)) / sr;
  let phase = 0;
  for (let i = 0; i < n; i++) {
    out[i] = Math.sin(phase);
    phase += dphase;
    if (i < steps) dphase *= ratio;
  }
  return out;
}

/** PolyBLEP correction that removes most aliasing from a naive sawtooth's jump. */
function polyBlep(t: number, dt: number): number {
  if (t < dt) {
    const x = t / dt;
    return x + x - x * x - 1;
  }
  if (t > 1 - dt) {
    const x = (t - 1) / dt;
    return x * x + x + x + 1;
  }
  return 0;
}

/** Band-limited sawtooth following a per-sample frequency (Hz) array: a buzzy voice source. */
export function sawFromFreqs(freqs: Float32Array, sr: number): Float32Array {
  const out = new Float32Array(freqs.length);
  let t = 0;
  for (let i = 0; i < freqs.length; i++) {
    const dt = Math.min(0.5, freqs[i]! / sr);
    out[i] = 2 * t - 1 - polyBlep(t, dt);
    t += dt;
    if (t >= 1) t -= 1;
  }
  return out;
}
