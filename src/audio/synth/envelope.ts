// Amplitude envelopes, applied in place. Percussive sounds are a linear
// attack (no click) followed by an exponential decay, the shape of nearly
// every struck or exploding thing.

/** Multiplies buf by: 0 before `delay`, a linear rise over `attack`, then exp(-t/tau). */
export function applyAD(buf: Float32Array, sr: number, attack: number, tau: number, delay = 0): Float32Array {
  const d = Math.round(delay * sr);
  const a = Math.max(1, Math.round(attack * sr));
  const k = Math.exp(-1 / (tau * sr));
  let g = 1;
  for (let i = 0; i < buf.length; i++) {
    if (i < d) buf[i] = 0;
    else if (i < d + a) buf[i]! *= (i - d) / a;
    else {
      buf[i]! *= g;
      g *= k;
    }
  }
  return buf;
}

/** A breakpoint: time in seconds, value. */
export type Breakpoint = readonly [number, number];

/** Value of a piecewise-linear curve at time t (held flat outside the points). */
export function curveAt(points: readonly Breakpoint[], t: number): number {
  const first = points[0];
  if (!first) return 0;
  if (t <= first[0]) return first[1];
  for (let i = 1; i < points.length; i++) {
    const p = points[i]!;
    if (t <= p[0]) {
      const q = points[i - 1]!;
      const span = p[0] - q[0];
      return span > 0 ? q[1] + ((p[1] - q[1]) * (t - q[0])) / span : p[1];
    }
  }
  return points[points.length - 1]![1];
}

/** The curve sampled at every sample of n: walks the segments in order (no search per sample). */
export function curveTrack(points: readonly Breakpoint[], n: number, sr: number): Float64Array {
  const out = new Float64Array(n);
  let seg = 0;
  for (let i = 0; i < n; i++) {
    const t = i / sr;
    while (seg < points.length && points[seg]![0] < t) seg++;
    if (seg === 0) out[i] = points[0]?.[1] ?? 0;
    else if (seg === points.length) out[i] = points[seg - 1]![1];
    else {
      const [t0, v0] = points[seg - 1]!;
      const [t1, v1] = points[seg]!;
      out[i] = t1 > t0 ? v0 + ((v1 - v0) * (t - t0)) / (t1 - t0) : v1;
    }
  }
  return out;
}

/** Multiplies buf by a piecewise-linear envelope. */
export function applyCurve(buf: Float32Array, sr: number, points: readonly Breakpoint[]): Float32Array {
  const env = curveTrack(points, buf.length, sr);
  for (let i = 0; i < buf.length; i++) buf[i]! *= env[i]!;
  return buf;
}
