// Keeps everything under full scale. A lookahead peak limiter for mixes
// (transparent except on peaks) and a soft clipper for gun character.

/**
 * Brick-wall limiter: the gain ramps down linearly over `lookahead` seconds
 * before any peak that would exceed `ceiling`, then recovers with an
 * exponential `release`. The output never exceeds the ceiling.
 */
export function limit(buf: Float32Array, sr: number, ceiling = 0.95, lookahead = 0.002, release = 0.08): Float32Array {
  const n = buf.length;
  const need = new Float32Array(n);
  const steps = Math.max(1, Math.round(lookahead * sr));
  // Backward pass: the gain each sample needs, ramped ahead of peaks.
  let next = 1;
  for (let i = n - 1; i >= 0; i--) {
    const a = Math.abs(buf[i]!);
    const g = a > ceiling ? ceiling / a : 1;
    next = Math.min(g, next + 1 / steps);
    need[i] = next;
  }
  // Forward pass: release slowly so the gain does not flutter.
  const rel = 1 - Math.exp(-1 / (release * sr));
  let g = 1;
  for (let i = 0; i < n; i++) {
    g = Math.min(need[i]!, g + (1 - g) * rel);
    const y = buf[i]! * g;
    buf[i] = y > ceiling ? ceiling : y < -ceiling ? -ceiling : y;
  }
  return buf;
}

/** tanh saturation normalised so ±1 in stays ±1 out: `drive` > 1 adds grit and loudness. */
export function softClip(buf: Float32Array, drive: number): Float32Array {
  const norm = 1 / Math.tanh(drive);
  for (let i = 0; i < buf.length; i++) buf[i] = Math.tanh(buf[i]! * drive) * norm;
  return buf;
}
