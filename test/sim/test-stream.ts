// A small deterministic stream of numbers in [0, 1) for tests' own random choices (grids, rays,
// maps): the same on every run, and apart from the sim's seeded PRNG.
export function stream(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
