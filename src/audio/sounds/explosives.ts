// Grenades and blasts: the throw (pin, spoon, swish), the bounce, the explosion near and far, and
// the rubble raining down after it.
import { mixInto } from '../synth/buffer';
import { applyAD, applyCurve } from '../synth/envelope';
import { biquad, highpass1, lowpass1, sweep } from '../synth/filters';
import { softClip } from '../synth/limiter';
import { addModes } from '../synth/modal';
import { dust } from '../synth/noise';
import { sineGlide } from '../synth/oscillator';
import { createRng } from '../synth/prng';
import { room } from '../synth/reverb';
import { finish, noise, silence, SR } from './common';
import { knock, metalClick, scrape, thud, whoosh } from './parts';

/** The pin pulled (a scrape and a thin ring), the spoon flicking off, then the arm's cloth swish. */
export function grenadeThrow(): Float32Array {
  const out = silence(0.5);
  scrape(out, 0, 0.05, 5000, 7200, 3, 0.35, 1501);
  addModes(out, SR, [{ freq: 4700, amp: 0.12, tau: 0.05 }, { freq: 7400, amp: 0.07, tau: 0.03 }], Math.round(0.04 * SR));
  metalClick(out, 0.085, 2900, 0.7, 1502);
  addModes(out, SR, [{ freq: 2300, amp: 0.08, tau: 0.035 }], Math.round(0.085 * SR));
  whoosh(out, 0.11, 0.36, [[0, 500], [0.15, 1500], [0.36, 700]], 1, [[0, 0], [0.14, 1], [0.36, 0]], 1.2, 1503);
  return finish(out, 0.7, 0.02);
}

/** Steel hitting the floor and skipping: take 0 on stone, 1 on wood, 2 on gritty adobe (round-robin). */
export function grenadeBounce(take: number): Float32Array {
  const out = silence(0.32);
  const f = [1850, 2150, 1650][take % 3]!;
  const body = (at: number, g: number): void => {
    addModes(out, SR, [
      { freq: f, amp: 0.5 * g, tau: 0.06 },
      { freq: f * 1.52, amp: 0.35 * g, tau: 0.045 },
      { freq: f * 2.41, amp: 0.25 * g, tau: 0.03 },
      { freq: f * 3.3, amp: 0.12 * g, tau: 0.02 },
    ], Math.round(at * SR));
  };
  body(0, 1);
  body(0.075 + take * 0.01, 0.35); // the skip after the first hit
  if (take === 1) knock(out, 0, 220, 0.7, 1511, 0.025);
  else mixInto(out, applyAD(highpass1(noise(0.02, 1512 + take), 2000, SR), SR, 0.0002, 0.004), 0, 0.9);
  if (take === 2) mixInto(out, applyAD(biquad(noise(0.08, 1514), 'bandpass', 1300, 0.9, SR), SR, 0.002, 0.02), 0, 0.5);
  lowpass1(out, 9000, SR);
  return finish(out, 0.8);
}

/** Sparse bright crackle thinning out over `seconds`: burning bits and grit flying after a blast. */
function crackle(out: Float32Array, at: number, seconds: number, density: number, gain: number, seed: number): void {
  const n = Math.round(seconds * SR);
  const c = biquad(dust(n, SR, density, createRng(seed)), 'bandpass', 2600, 0.8, SR);
  mixInto(c, highpass1(dust(n, SR, density / 10, createRng(seed + 1)), 800, SR), 0, 0.8);
  applyCurve(c, SR, [[0, 0], [0.04, 1], [seconds * 0.3, 0.45], [seconds, 0]]);
  mixInto(out, c, Math.round(at * SR), gain);
}

/** A grenade or rocket going off close by: a crack, a blast falling dark, a sub-bass drop, a rolling body, crackle. */
export function explosion(): Float32Array {
  const out = silence(2.6);
  mixInto(out, applyAD(highpass1(noise(0.06, 1601), 300, SR), SR, 0.0003, 0.012), 0, 1);
  mixInto(out, applyAD(sweep(noise(1, 1602), 'lowpass', 4000, 120, 0.7, SR), SR, 0.001, 0.22), 0, 1.2);
  mixInto(out, applyAD(sineGlide(Math.round(2.5 * SR), SR, 68, 27, 0.5), SR, 0.004, 0.45), 0, 1.6);
  const body = lowpass1(lowpass1(noise(2.5, 1603), 220, SR), 220, SR);
  mixInto(out, applyAD(body, SR, 0.03, 0.7), 0, 14);
  room(out, SR, { size: 0.86, damp: 0.5, wet: 0.4 });
  highpass1(out, 22, SR);
  softClip(finish(out, 1, 0.2), 2.2);
  // The crackle goes on after the saturation, so the boom's body does not swallow it.
  const bits = silence(2.6);
  crackle(bits, 0.03, 2.4, 260, 1, 1604);
  room(bits, SR, { size: 0.7, damp: 0.4, wet: 0.3 });
  mixInto(out, bits, 0, 0.7);
  return finish(out, 0.98, 0.2);
}

/**
 * The same blast across the map: no crack (the highs die in the air), a dull thud that arrives
 * softer, and a longer rumble with the echo off far walls. Mixed in by distance (event-sounds.ts).
 */
export function explosionFar(): Float32Array {
  const out = silence(2.4);
  mixInto(out, applyAD(lowpass1(lowpass1(noise(1, 1611), 500, SR), 500, SR), SR, 0.015, 0.3), 0, 9);
  mixInto(out, applyAD(sineGlide(Math.round(2.5 * SR), SR, 55, 25, 0.6), SR, 0.02, 0.6), 0, 1.3);
  const roll = lowpass1(lowpass1(noise(2.35, 1612), 160, SR), 160, SR);
  const rng = createRng(1613);
  const f = 2 + rng() * 2;
  for (let i = 0; i < roll.length; i++) roll[i]! *= 1 + 0.4 * Math.sin((2 * Math.PI * f * i) / SR);
  mixInto(out, applyAD(roll, SR, 0.08, 0.75), 0, 16);
  for (const [delay, gain] of [[0.35, 0.35], [0.8, 0.2]] as const) {
    mixInto(out, lowpass1(out.slice(0, out.length - Math.round(delay * SR)), 700, SR), Math.round(delay * SR), gain);
  }
  lowpass1(out, 900, SR);
  highpass1(out, 22, SR);
  softClip(finish(out, 1, 0.3), 1.8);
  return finish(out, 0.9, 0.3);
}

/** Rubble raining down after a blast: chips of stone and grit, a few heavier chunks, thinning out. */
export function debris(): Float32Array {
  const out = silence(1.4);
  const rng = createRng(1621);
  for (let k = 0; k < 34; k++) {
    const at = 0.12 + Math.pow(rng(), 1.6) * 1.05;
    const g = (0.3 + rng() * 0.7) * (1.3 - at);
    const i = Math.round(at * SR);
    const chip = biquad(applyAD(noise(0.02, 1630 + k), SR, 0.0002, 0.002 + rng() * 0.004), 'bandpass', 1500 + rng() * 3500, 1.2, SR);
    mixInto(out, chip, i, g);
    if (k % 6 === 0) thud(out, at, 110 + rng() * 60, g * 0.35, 1680 + k, 0.03);
  }
  const grit = biquad(dust(Math.round(1.3 * SR), SR, 900, createRng(1622)), 'bandpass', 3200, 0.8, SR);
  mixInto(out, applyCurve(grit, SR, [[0, 0], [0.2, 0.5], [0.5, 0.3], [1.3, 0]]), Math.round(0.08 * SR), 0.5);
  return finish(out, 0.8, 0.05);
}
