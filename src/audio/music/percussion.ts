// Flamenco percussion from filtered noise: palmas (hand claps, bright
// "claras" and muffled "sordas") and a cajón (a box drum: a low thump in
// the middle, a snappy slap with a buzz of wires at the edge).
import { mixInto } from '../synth/buffer';
import { applyAD } from '../synth/envelope';
import { biquad, highpass1, lowpass1 } from '../synth/filters';
import { whiteNoise } from '../synth/noise';
import { sineGlide } from '../synth/oscillator';
import { createRng } from '../synth/prng';

function noise(sr: number, seconds: number, seed: number): Float32Array {
  return whiteNoise(Math.round(sr * seconds), createRng(seed));
}

/** A clap is several hands' worth of micro-bursts a few ms apart, then a short bloom. */
export function palma(sr: number, seed: number, dull: boolean): Float32Array {
  const out = new Float32Array(Math.round(sr * 0.14));
  const offsets = [0, 0.007, 0.013];
  offsets.forEach((t, k) => {
    const burst = applyAD(noise(sr, 0.01, seed * 7 + k), sr, 0.0003, 0.0018);
    mixInto(out, burst, Math.round(t * sr), 0.8);
  });
  mixInto(out, applyAD(noise(sr, 0.12, seed * 7 + 5), sr, 0.001, dull ? 0.018 : 0.028), Math.round(0.017 * sr));
  return dull ? lowpass1(biquad(out, 'bandpass', 850, 1.1, sr), 2000, sr) : biquad(out, 'bandpass', 1900, 0.9, sr);
}

export function cajonBass(sr: number, seed: number): Float32Array {
  const out = applyAD(sineGlide(Math.round(sr * 0.3), sr, 110, 58, 0.05), sr, 0.001, 0.075);
  const knock = applyAD(lowpass1(noise(sr, 0.05, seed), 700, sr), sr, 0.0005, 0.01);
  return mixInto(out, knock, 0, 1.5);
}

export function cajonSlap(sr: number, seed: number): Float32Array {
  const out = applyAD(biquad(noise(sr, 0.12, seed), 'bandpass', 1300, 0.8, sr), sr, 0.0005, 0.022);
  const wires = applyAD(highpass1(noise(sr, 0.18, seed + 1), 3000, sr), sr, 0.002, 0.05);
  mixInto(out, wires, 0, 0.35);
  const tone = applyAD(sineGlide(Math.round(sr * 0.12), sr, 260, 210, 0.03), sr, 0.001, 0.03);
  return mixInto(out, tone, 0, 0.5);
}

/** A few takes of each hit, so repeated hits aren't identical copies. */
export interface Kit {
  readonly bass: Float32Array[];
  readonly slap: Float32Array[];
  readonly clara: Float32Array[];
  readonly sorda: Float32Array[];
}

export function makeKit(sr: number, seed: number): Kit {
  const takes = (f: (k: number) => Float32Array): Float32Array[] => [0, 1, 2].map(f);
  return {
    bass: takes((k) => cajonBass(sr, seed + k)),
    slap: takes((k) => cajonSlap(sr, seed + 10 + k)),
    clara: takes((k) => palma(sr, seed + 20 + k, false)),
    sorda: takes((k) => palma(sr, seed + 30 + k, true)),
  };
}
