// An adaptive binary range coder (the kind LZMA uses): each bit is coded with a probability that
// learns from the bits coded before it in the same context, so a bit that is nearly always the same
// costs a small fraction of a bit. Integer arithmetic only, so every platform codes the same bytes.
// The input codec (input-codec.ts) builds its models on it.

/** Probabilities are 15-bit: PROB_ONE is certainty. */
const PROB_BITS = 15;
const PROB_ONE = 1 << PROB_BITS;
/**
 * Each context keeps two estimates of its odds and codes with their mean: one follows the last few
 * bits (a quarter of the way per bit), one the longer run (1/32 of the way), so a context does well
 * whether its bits come in streaks or at a steady rate. (Tuned on bot runs of every level: faster
 * learning won, as inputs change character every few seconds.)
 */
const FAST = 2;
const SLOW = 5;

/** Updates context i's two estimates (at i*2, i*2+1) after coding `bit`. */
function learn(probs: Uint16Array, i: number, bit: number): void {
  const f = probs[2 * i]!;
  const s = probs[2 * i + 1]!;
  if (bit === 0) {
    probs[2 * i] = f + ((PROB_ONE - f) >> FAST);
    probs[2 * i + 1] = s + ((PROB_ONE - s) >> SLOW);
  } else {
    probs[2 * i] = f - (f >> FAST);
    probs[2 * i + 1] = s - (s >> SLOW);
  }
}

/** The odds that context i's next bit is 0, never quite 0 or certainty. */
const odds = (probs: Uint16Array, i: number) => Math.min(PROB_ONE - 32, Math.max(32, (probs[2 * i]! + probs[2 * i + 1]!) >> 1));

const TOP = 2 ** 24;
const SPAN = 2 ** 32;

export class RangeCoderError extends Error {}

/** A context's probabilities that the next bit is 0, all starting at one half. */
export function newProbs(count: number): Uint16Array {
  return new Uint16Array(count * 2).fill(PROB_ONE >> 1);
}

export class RangeEncoder {
  private low = 0;
  private range = SPAN - 1;
  /** The last byte not yet written (a carry may still change it) and how many 0xff bytes follow it. */
  private cache = 0;
  private pending = 1;
  private first = true;
  private readonly out: number[] = [];

  bit(probs: Uint16Array, i: number, bit: number): void {
    const bound = (this.range >>> PROB_BITS) * odds(probs, i);
    if (bit === 0) {
      this.range = bound;
    } else {
      this.low += bound;
      this.range -= bound;
    }
    learn(probs, i, bit);
    while (this.range < TOP) {
      this.range = this.range * 256;
      this.shiftLow();
    }
  }

  /** `count` low bits of `value`, highest first, each at even odds (for bits that do not repeat). */
  direct(value: number, count: number): void {
    for (let k = count - 1; k >= 0; k--) {
      this.range = Math.floor(this.range / 2);
      if ((value >>> k) & 1) this.low += this.range;
      while (this.range < TOP) {
        this.range = this.range * 256;
        this.shiftLow();
      }
    }
  }

  private shiftLow(): void {
    if (this.low < 0xff000000 || this.low >= SPAN) {
      const carry = this.low >= SPAN ? 1 : 0;
      let byte = this.cache;
      for (; this.pending > 0; this.pending--) {
        // The very first byte is always 0 (the interval starts below 1): the decoder assumes it.
        if (this.first) this.first = false;
        else this.out.push((byte + carry) & 0xff);
        byte = 0xff;
      }
      this.cache = Math.floor(this.low / TOP) & 0xff;
    }
    this.pending++;
    this.low = (this.low % TOP) * 256;
  }

  /** Flushes the state; the encoder is spent. */
  finish(): Uint8Array {
    for (let i = 0; i < 5; i++) this.shiftLow();
    return Uint8Array.from(this.out);
  }
}

export class RangeDecoder {
  private range = SPAN - 1;
  private code = 0;
  private pos = 0;

  constructor(private readonly bytes: Uint8Array) {
    for (let i = 0; i < 4; i++) this.code = this.code * 256 + this.next();
  }

  private next(): number {
    if (this.pos >= this.bytes.length) throw new RangeCoderError('ends in the middle of the data');
    return this.bytes[this.pos++]!;
  }

  bit(probs: Uint16Array, i: number): number {
    const bound = (this.range >>> PROB_BITS) * odds(probs, i);
    let bit: number;
    if (this.code < bound) {
      this.range = bound;
      bit = 0;
    } else {
      this.code -= bound;
      this.range -= bound;
      bit = 1;
    }
    learn(probs, i, bit);
    this.normalise();
    return bit;
  }

  direct(count: number): number {
    let value = 0;
    for (let k = 0; k < count; k++) {
      this.range = Math.floor(this.range / 2);
      let bit = 0;
      if (this.code >= this.range) {
        this.code -= this.range;
        bit = 1;
      }
      value = value * 2 + bit;
      this.normalise();
    }
    return value;
  }

  private normalise(): void {
    while (this.range < TOP) {
      this.range = this.range * 256;
      this.code = this.code * 256 + this.next();
    }
  }

  /** Bytes not read: a well-formed stream leaves none. */
  get left(): number {
    return this.bytes.length - this.pos;
  }
}

/** Longest prefix a number may have: up to 2^31 (values the codec stores are far smaller). */
const MAX_BITS = 31;
/** Mantissas up to this many bits learn per position in a bit tree; longer ones' low bits are direct. */
const TREE_BITS = 6;

/**
 * A model for non-negative integers (Elias-gamma shaped): the bit length of n+1 in unary, then its
 * bits below the leading one. Both learn, so the sizes and values that recur get cheap.
 */
export class UintModel {
  private readonly lengths = newProbs(MAX_BITS + 1);
  /** A bit tree per length: the top TREE_BITS bits of the mantissa. */
  private readonly trees = Array.from({ length: MAX_BITS + 1 }, (_, k) => newProbs(1 << Math.min(k, TREE_BITS)));

  encode(enc: RangeEncoder, n: number): void {
    const v = n + 1;
    const k = 31 - Math.clz32(v);
    for (let i = 0; i < k; i++) enc.bit(this.lengths, i, 1);
    if (k < MAX_BITS) enc.bit(this.lengths, k, 0);
    const treeBits = Math.min(k, TREE_BITS);
    const tree = this.trees[k]!;
    let node = 1;
    for (let i = k - 1; i >= k - treeBits; i--) {
      const b = (v >>> i) & 1;
      enc.bit(tree, node, b);
      node = node * 2 + b;
    }
    if (k > treeBits) enc.direct(v, k - treeBits);
  }

  decode(dec: RangeDecoder): number {
    let k = 0;
    while (k < MAX_BITS && dec.bit(this.lengths, k) === 1) k++;
    const treeBits = Math.min(k, TREE_BITS);
    const tree = this.trees[k]!;
    let node = 1;
    for (let i = 0; i < treeBits; i++) node = node * 2 + dec.bit(tree, node);
    // node is now the leading 1 followed by the tree's bits: the value's top bits.
    let v = node;
    if (k > treeBits) v = v * 2 ** (k - treeBits) + dec.direct(k - treeBits);
    return v - 1;
  }
}

/** Signed integers on UintModel: 0, -1, 1, -2, 2, … */
export class IntModel {
  private readonly magnitude = new UintModel();

  encode(enc: RangeEncoder, n: number): void {
    this.magnitude.encode(enc, n >= 0 ? n * 2 : -n * 2 - 1);
  }

  decode(dec: RangeDecoder): number {
    const z = this.magnitude.decode(dec);
    return z % 2 === 0 ? z / 2 : -(z + 1) / 2;
  }
}
