// Seamless loops: a piece is rendered longer than its loop (the last
// strings and reverb keep ringing), and everything past the loop point is
// folded back onto the start, where it would sound when the loop repeats.

/** Returns the first `length` samples of buf with the rest added onto the start. */
export function wrapTail(buf: Float32Array, length: number): Float32Array {
  const out = buf.slice(0, length);
  for (let i = length; i < buf.length; i++) out[(i - length) % length]! += buf[i]!;
  return out;
}

/**
 * Limits a loop as if it were playing round and round: the limiter sees the
 * loop's end before its start and its start after its end, so the gain is
 * continuous across the seam.
 */
export function limitLoop(loop: Float32Array, sr: number, ceiling: number, limiter: (b: Float32Array, sr: number, c: number) => Float32Array): Float32Array {
  const pre = Math.min(loop.length, Math.round(sr * 0.5));
  const post = Math.min(loop.length, Math.round(sr * 0.01));
  const ext = new Float32Array(pre + loop.length + post);
  ext.set(loop.subarray(loop.length - pre), 0);
  ext.set(loop, pre);
  ext.set(loop.subarray(0, post), pre + loop.length);
  return limiter(ext, sr, ceiling).slice(pre, pre + loop.length);
}
