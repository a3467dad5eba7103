// Seeded noise source. Sounds must be byte-identical on every run (tests
// compare renders), so nothing in src/audio/synth may use Math.random.

/** Returns a uniform number in [0, 1). */
export type Rng = () => number;

/** Mulberry32: tiny and fast, plenty random for audio noise. */
export function createRng(seed: number): Rng {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Uniform in [-1, 1). */
export function bipolar(rng: Rng): number {
  return rng() * 2 - 1;
}

/** Uniform in [lo, hi). */
export function between(rng: Rng, lo: number, hi: number): number {
  return lo + (hi - lo) * rng();
}
