// Hand-written filters (RBJ "Audio EQ Cookbook" biquads and one-poles).
// Everything processes a Float32Array in place and returns it.

export type BiquadType = 'lowpass' | 'highpass' | 'bandpass' | 'peak';

/** One biquad section with its own state, so callers can change coefficients mid-buffer (sweeps). */
export class Biquad {
  private b0 = 1;
  private b1 = 0;
  private b2 = 0;
  private a1 = 0;
  private a2 = 0;
  private x1 = 0;
  private x2 = 0;
  private y1 = 0;
  private y2 = 0;

  /** bandpass has 0 dB peak gain; peak boosts/cuts `gainDb` around f. */
  set(type: BiquadType, f: number, q: number, sr: number, gainDb = 0): this {
    // Clamp below Nyquist: coefficients blow up at and above it.
    const w = (2 * Math.PI * Math.min(Math.max(f, 10), sr * 0.45)) / sr;
    const cos = Math.cos(w);
    const alpha = Math.sin(w) / (2 * q);
    let b0: number, b1: number, b2: number, a0: number, a1: number, a2: number;
    switch (type) {
      case 'lowpass':
        b0 = (1 - cos) / 2; b1 = 1 - cos; b2 = b0;
        a0 = 1 + alpha; a1 = -2 * cos; a2 = 1 - alpha;
        break;
      case 'highpass':
        b0 = (1 + cos) / 2; b1 = -(1 + cos); b2 = b0;
        a0 = 1 + alpha; a1 = -2 * cos; a2 = 1 - alpha;
        break;
      case 'bandpass':
        b0 = alpha; b1 = 0; b2 = -alpha;
        a0 = 1 + alpha; a1 = -2 * cos; a2 = 1 - alpha;
        break;
      case 'peak': {
        const A = Math.pow(10, gainDb / 40);
        b0 = 1 + alpha * A; b1 = -2 * cos; b2 = 1 - alpha * A;
        a0 = 1 + alpha / A; a1 = -2 * cos; a2 = 1 - alpha / A;
        break;
      }
    }
    this.b0 = b0 / a0; this.b1 = b1 / a0; this.b2 = b2 / a0;
    this.a1 = a1 / a0; this.a2 = a2 / a0;
    return this;
  }

  tick(x: number): number {
    const y = this.b0 * x + this.b1 * this.x1 + this.b2 * this.x2 - this.a1 * this.y1 - this.a2 * this.y2;
    this.x2 = this.x1; this.x1 = x;
    this.y2 = this.y1; this.y1 = y;
    return y;
  }

  process(buf: Float32Array): Float32Array {
    return this.processAdd(buf, buf, 1, false);
  }

  /** Filters src into dst (dst += gain·y, or dst = gain·y when add is false); hot loop with state in locals. */
  processAdd(src: Float32Array, dst: Float32Array, gain: number, add = true): Float32Array {
    const { b0, b1, b2, a1, a2 } = this;
    let { x1, x2, y1, y2 } = this;
    const n = Math.min(src.length, dst.length);
    for (let i = 0; i < n; i++) {
      const x = src[i]!;
      const y = b0 * x + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
      x2 = x1; x1 = x;
      y2 = y1; y1 = y;
      dst[i] = add ? dst[i]! + y * gain : y * gain;
    }
    this.x1 = x1; this.x2 = x2; this.y1 = y1; this.y2 = y2;
    return dst;
  }
}

/** Static biquad over a whole buffer. */
export function biquad(buf: Float32Array, type: BiquadType, f: number, q: number, sr: number, gainDb = 0): Float32Array {
  return new Biquad().set(type, f, q, sr, gainDb).process(buf);
}

/**
 * Biquad whose frequency glides exponentially from f0 to f1 over the whole
 * buffer (coefficients refreshed every 16 samples: cheap and smooth enough).
 */
export function sweep(buf: Float32Array, type: BiquadType, f0: number, f1: number, q: number, sr: number): Float32Array {
  const bq = new Biquad();
  const n = buf.length;
  for (let i = 0; i < n; i++) {
    if ((i & 15) === 0) bq.set(type, f0 * Math.pow(f1 / f0, i / n), q, sr);
    buf[i] = bq.tick(buf[i]!);
  }
  return buf;
}

/** One-pole lowpass (6 dB/octave): gentle darkening. */
export function lowpass1(buf: Float32Array, cutoff: number, sr: number): Float32Array {
  const a = Math.exp((-2 * Math.PI * cutoff) / sr);
  let y = 0;
  for (let i = 0; i < buf.length; i++) {
    y = (1 - a) * buf[i]! + a * y;
    buf[i] = y;
  }
  return buf;
}

/** One-pole highpass: removes DC and rumble. */
export function highpass1(buf: Float32Array, cutoff: number, sr: number): Float32Array {
  const a = Math.exp((-2 * Math.PI * cutoff) / sr);
  let x1 = 0;
  let y = 0;
  for (let i = 0; i < buf.length; i++) {
    const x = buf[i]!;
    y = a * (y + x - x1);
    x1 = x;
    buf[i] = y;
  }
  return buf;
}
