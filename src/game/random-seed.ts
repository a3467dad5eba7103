// A run seed drawn at random, for the random-seed option. Browser layer only: the sim never draws
// anything itself, it is handed the seed like any other.
export function drawSeed(): number {
  const out = new Uint32Array(1);
  crypto.getRandomValues(out);
  return out[0]!;
}
