// The gameplay PRNG (mulberry32). Its whole state is one uint32 kept in the world, so cloning
// the world clones the stream; every draw happens inside step() in a fixed order.

export interface RngHolder {
  rng: number;
}

/** Next uint32 from the holder's stream. */
export function nextU32(h: RngHolder): number {
  const s = (h.rng + 0x6d2b79f5) | 0;
  h.rng = s;
  let t = Math.imul(s ^ (s >>> 15), s | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return (t ^ (t >>> 14)) >>> 0;
}

/** Uniform float in [0, 1). */
export function nextFloat(h: RngHolder): number {
  return nextU32(h) / 4294967296;
}

/** Uniform integer in [lo, hi] inclusive. */
export function nextInt(h: RngHolder, lo: number, hi: number): number {
  return lo + Math.floor(nextFloat(h) * (hi - lo + 1));
}

/** Hash of a string to uint32 (FNV-1a then a murmur finaliser), used to mix level id and seed. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h);
}

export function mix32(x: number): number {
  let h = x | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
