// Plain Float32Array PCM helpers: allocate, mix, measure, scale.

/** Sample count for a duration (at least one sample). */
export function samples(seconds: number, sr: number): number {
  return Math.max(1, Math.round(seconds * sr));
}

/** Adds src (times gain) into dst starting at sample offset; whatever falls outside dst is dropped. */
export function mixInto(dst: Float32Array, src: Float32Array, offset = 0, gain = 1): Float32Array {
  const start = Math.max(0, -offset);
  const end = Math.min(src.length, dst.length - offset);
  for (let i = start; i < end; i++) dst[i + offset]! += src[i]! * gain;
  return dst;
}

/** Adds src into dst at a time in seconds. */
export function mixAt(dst: Float32Array, src: Float32Array, seconds: number, sr: number, gain = 1): Float32Array {
  return mixInto(dst, src, Math.round(seconds * sr), gain);
}

export function peak(buf: Float32Array): number {
  let p = 0;
  for (let i = 0; i < buf.length; i++) {
    const a = Math.abs(buf[i]!);
    if (a > p) p = a;
  }
  return p;
}

export function rms(buf: Float32Array, from = 0, to = buf.length): number {
  let s = 0;
  for (let i = from; i < to; i++) s += buf[i]! * buf[i]!;
  return to > from ? Math.sqrt(s / (to - from)) : 0;
}

/** Multiplies in place. */
export function scale(buf: Float32Array, gain: number): Float32Array {
  for (let i = 0; i < buf.length; i++) buf[i]! *= gain;
  return buf;
}

/** Scales in place so the peak equals target (silence stays silence). */
export function normalize(buf: Float32Array, target: number): Float32Array {
  const p = peak(buf);
  return p > 0 ? scale(buf, target / p) : buf;
}

/** Linear fade over the last `seconds`, so a sound never ends on a click. */
export function fadeOut(buf: Float32Array, seconds: number, sr: number): Float32Array {
  const n = Math.min(buf.length, samples(seconds, sr));
  const start = buf.length - n;
  for (let i = 0; i < n; i++) buf[start + i]! *= 1 - (i + 1) / n;
  return buf;
}

/** Linear fade over the first `seconds`. */
export function fadeIn(buf: Float32Array, seconds: number, sr: number): Float32Array {
  const n = Math.min(buf.length, samples(seconds, sr));
  for (let i = 0; i < n; i++) buf[i]! *= i / n;
  return buf;
}

/** A copy shorter or longer (zero padded) than the original. */
export function resize(buf: Float32Array, length: number): Float32Array {
  const out = new Float32Array(length);
  out.set(buf.length > length ? buf.subarray(0, length) : buf);
  return out;
}
