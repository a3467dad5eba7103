// Noise sources, all from the seeded PRNG.
import { bipolar, type Rng } from './prng';

export function whiteNoise(n: number, rng: Rng): Float32Array {
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) out[i] = bipolar(rng);
  return out;
}

/**
 * Sparse random clicks (`density` per second, random sign and size): sand
 * grains, crackle, the stick-slip of a creaking hinge.
 */
export function dust(n: number, sr: number, density: number, rng: Rng): Float32Array {
  const out = new Float32Array(n);
  const p = density / sr;
  for (let i = 0; i < n; i++) if (rng() < p) out[i] = bipolar(rng);
  return out;
}
