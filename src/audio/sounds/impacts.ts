// Bullets meeting the world: each material has its own resonance and decay.
import { mixInto } from '../synth/buffer';
import { applyAD } from '../synth/envelope';
import { biquad, highpass1, lowpass1 } from '../synth/filters';
import { addModes, type Mode } from '../synth/modal';
import { sineGlide } from '../synth/oscillator';
import { createRng } from '../synth/prng';
import { finish, noise, silence, SR } from './common';
import { knock, thud } from './parts';

/** Wood: a dull "thunk" (board resonance) with a few splinter ticks. */
export function impactWood(): Float32Array {
  const out = silence(0.25);
  knock(out, 0, 240, 1, 701, 0.05);
  const crack = applyAD(highpass1(noise(0.02, 702), 1500, SR), SR, 0.0002, 0.004);
  mixInto(out, crack, 0, 0.6);
  for (const [at, g] of [[0.018, 0.25], [0.041, 0.15], [0.07, 0.08]] as const) {
    mixInto(out, applyAD(biquad(noise(0.01, 703 + Math.round(at * 1000)), 'bandpass', 3500, 3, SR), SR, 0.0002, 0.0015), Math.round(at * SR), g);
  }
  return finish(out, 0.85);
}

/** Stone/adobe: a hard bright chip, a puff of grit, and the faint whine of a ricochet. */
export function impactStone(): Float32Array {
  const out = silence(0.42);
  const chip = applyAD(highpass1(noise(0.03, 711), 2200, SR), SR, 0.0002, 0.006);
  mixInto(out, chip, 0, 1);
  const grit = applyAD(biquad(noise(0.12, 712), 'bandpass', 1400, 0.8, SR), SR, 0.002, 0.03);
  mixInto(out, grit, 0, 0.5);
  const whine = applyAD(sineGlide(Math.round(0.32 * SR), SR, 3400, 1900, 0.3), SR, 0.02, 0.09);
  mixInto(out, whine, Math.round(0.015 * SR), 0.12);
  return finish(out, 0.85);
}

/** Glass pane or bottle struck (not shattered): a bright inharmonic "tink". */
export function impactGlass(): Float32Array {
  const out = silence(0.35);
  mixInto(out, applyAD(highpass1(noise(0.02, 721), 3000, SR), SR, 0.0002, 0.003), 0, 0.7);
  addModes(out, SR, glassModes(2850, 1, 0.07));
  return finish(out, 0.8);
}

function glassModes(f: number, amp: number, tau: number): Mode[] {
  return [
    { freq: f, amp, tau },
    { freq: f * 1.63, amp: amp * 0.7, tau: tau * 0.8 },
    { freq: f * 2.37, amp: amp * 0.45, tau: tau * 0.6 },
    { freq: f * 3.11, amp: amp * 0.25, tau: tau * 0.4 },
  ];
}

/** Steel: a clang of inharmonic partials with a long-ish ring. */
export function impactMetal(): Float32Array {
  const out = silence(0.6);
  mixInto(out, applyAD(highpass1(noise(0.02, 731), 1800, SR), SR, 0.0002, 0.003), 0, 0.8);
  addModes(out, SR, [
    { freq: 640, amp: 0.5, tau: 0.22 },
    { freq: 1710, amp: 0.45, tau: 0.16 },
    { freq: 2790, amp: 0.35, tau: 0.12 },
    { freq: 3930, amp: 0.25, tau: 0.08 },
    { freq: 5230, amp: 0.15, tau: 0.05 },
  ]);
  return finish(out, 0.8);
}

/** A bullet into a body: a wet, dull slap with a low punch. */
export function impactFlesh(): Float32Array {
  const out = silence(0.2);
  thud(out, 0, 160, 0.6, 741, 0.035);
  const slap = applyAD(biquad(noise(0.08, 742), 'bandpass', 700, 1.2, SR), SR, 0.0005, 0.012);
  mixInto(out, slap, 0, 1);
  lowpass1(out, 3000, SR);
  return finish(out, 0.85);
}

/** Bottles bursting: a crash, then a shower of shards each ringing briefly. */
export function glassBreak(): Float32Array {
  const out = silence(0.9);
  const rng = createRng(751);
  mixInto(out, applyAD(highpass1(noise(0.15, 752), 2000, SR), SR, 0.0005, 0.03), 0, 1);
  for (let k = 0; k < 22; k++) {
    const at = 0.005 + Math.pow(rng(), 1.7) * 0.6;
    const f = 2200 + rng() * 4200;
    const g = (0.25 + rng() * 0.35) * (1 - at);
    addModes(out, SR, glassModes(f, g, 0.02 + rng() * 0.03), Math.round(at * SR));
    mixInto(out, applyAD(highpass1(noise(0.008, 760 + k), 3500, SR), SR, 0.0002, 0.0015), Math.round(at * SR), g * 0.8);
  }
  lowpass1(out, 9000, SR);
  return finish(out, 0.85, 0.04);
}
