// Shared bits for the sound-effect recipes: one sample rate and a finishing step.
import { fadeOut, normalize } from '../synth/buffer';
import { whiteNoise } from '../synth/noise';
import { createRng } from '../synth/prng';

/** Sound effects render at 22.05 kHz mono: plenty for effects, half the memory of 44.1. */
export const SR = 22050;

export function silence(seconds: number): Float32Array {
  return new Float32Array(Math.max(1, Math.round(seconds * SR)));
}

export function noise(seconds: number, seed: number): Float32Array {
  return whiteNoise(Math.max(1, Math.round(seconds * SR)), createRng(seed));
}

/**
 * Every recipe ends here: peak-normalise to `level` (so the mix is set by
 * the recipe's level and volume, never by accident) and fade the last few
 * ms so nothing ends on a click.
 */
export function finish(buf: Float32Array, level: number, fade = 0.01): Float32Array {
  return normalize(fadeOut(buf, fade, SR), level);
}
