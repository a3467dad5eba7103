// Measurements shared by the audio tests.

export function peakOf(buf: Float32Array): number {
  let p = 0;
  for (const x of buf) p = Math.max(p, Math.abs(x));
  return p;
}

export function rmsOf(buf: Float32Array, from = 0, to = buf.length): number {
  let s = 0;
  for (let i = from; i < to; i++) s += buf[i]! * buf[i]!;
  return Math.sqrt(s / Math.max(1, to - from));
}

/** Fundamental by autocorrelation: the first lag whose correlation is near the best, refined by a parabola. */
export function estimatePitch(buf: Float32Array, sr: number, minHz = 50, maxHz = 1000): number {
  const lo = Math.floor(sr / maxHz);
  const hi = Math.ceil(sr / minHz);
  const ac = new Float64Array(hi + 2);
  for (let lag = lo - 1; lag <= hi + 1; lag++) {
    let s = 0;
    for (let i = 0; i + lag < buf.length; i++) s += buf[i]! * buf[i + lag]!;
    ac[lag] = s / (buf.length - lag);
  }
  let best = 0;
  for (let lag = lo; lag <= hi; lag++) best = Math.max(best, ac[lag]!);
  for (let lag = lo; lag <= hi; lag++) {
    if (ac[lag]! >= 0.9 * best && ac[lag]! >= ac[lag - 1]! && ac[lag]! >= ac[lag + 1]!) {
      const [a, b, c] = [ac[lag - 1]!, ac[lag]!, ac[lag + 1]!];
      return sr / (lag + (0.5 * (a - c)) / (a - 2 * b + c));
    }
  }
  return NaN;
}

export function sameBytes(a: Float32Array, b: Float32Array): boolean {
  if (a.length !== b.length) return false;
  const x = new Uint32Array(a.buffer, a.byteOffset, a.length);
  const y = new Uint32Array(b.buffer, b.byteOffset, b.length);
  return x.every((v, i) => v === y[i]);
}
