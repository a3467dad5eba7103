// Fire and knives: the crackle loop, the whoomph of wood catching, the sizzle of a burn, and
// Navajas's blades (the tell, the whoosh of a throw, the thunk into a wall).
import { fadeIn, mixInto } from '../synth/buffer';
import { applyAD } from '../synth/envelope';
import { biquad, highpass1, lowpass1 } from '../synth/filters';
import { addModes } from '../synth/modal';
import { dust } from '../synth/noise';
import { createRng } from '../synth/prng';
import { finish, noise, silence, SR } from './common';
import { knock, scrape, thud } from './parts';

/** Seconds of the crackle loop: long enough that its pattern of pops is not heard repeating. */
export const CRACKLE_SECONDS = 2.5;

/**
 * Burning wood, as a seamless loop: a low roar of filtered noise under sparse pops and snaps.
 * Both ends fade a few ms so the seam never clicks.
 */
export function crackleLoop(): Float32Array {
  const n = Math.round(CRACKLE_SECONDS * SR);
  const out = new Float32Array(n);
  const roar = lowpass1(lowpass1(noise(CRACKLE_SECONDS, 901), 380, SR), 380, SR);
  mixInto(out, roar, 0, 2.2);
  const pops = biquad(dust(n, SR, 38, createRng(902)), 'bandpass', 2600, 1.2, SR);
  mixInto(out, pops, 0, 1.6);
  const snaps = highpass1(dust(n, SR, 9, createRng(903)), 1200, SR);
  mixInto(out, snaps, 0, 1);
  return fadeIn(finish(out, 0.7, 0.006), 0.006, SR);
}

/** Wood catching: a soft rushing "whoomph" that swells and settles. */
export function fireIgnite(): Float32Array {
  const out = silence(0.6);
  scrape(out, 0, 0.55, 180, 900, 0.7, 1, 911);
  thud(out, 0.02, 70, 0.5, 912, 0.12);
  mixInto(out, biquad(dust(Math.round(0.5 * SR), SR, 60, createRng(913)), 'bandpass', 3000, 1, SR), Math.round(0.08 * SR), 0.8);
  return finish(out, 0.75, 0.05);
}

/** Flesh meeting flame: a hiss that dies away. */
export function sizzle(): Float32Array {
  const out = silence(0.35);
  mixInto(out, applyAD(biquad(noise(0.35, 921), 'bandpass', 5200, 1.5, SR), SR, 0.004, 0.09), 0, 1);
  mixInto(out, applyAD(biquad(dust(Math.round(0.3 * SR), SR, 120, createRng(922)), 'bandpass', 3000, 2, SR), SR, 0.002, 0.1), 0, 0.8);
  return finish(out, 0.7);
}

/** The wind-up tell: a blade slid from its sheath, ending on a thin bright ring. */
export function knifeTell(): Float32Array {
  const out = silence(0.5);
  scrape(out, 0, 0.16, 2600, 6800, 2.5, 0.9, 931);
  addModes(out, SR, [
    { freq: 3950, amp: 0.5, tau: 0.14 },
    { freq: 6320, amp: 0.3, tau: 0.1 },
    { freq: 8800, amp: 0.15, tau: 0.06 },
  ], Math.round(0.14 * SR));
  return finish(out, 0.65);
}

/** A thrown blade cutting the air: a short whistle-whoosh falling in pitch. */
export function knifeWhoosh(): Float32Array {
  const out = silence(0.28);
  scrape(out, 0, 0.24, 3800, 1400, 3, 1, 941);
  scrape(out, 0.02, 0.16, 900, 500, 1, 0.3, 942);
  return finish(out, 0.6, 0.02);
}

/** A blade driven into wood: a dull thunk and a short twang of the quivering steel. */
export function knifeThunkWood(): Float32Array {
  const out = silence(0.4);
  knock(out, 0, 190, 1, 951, 0.04);
  addModes(out, SR, [{ freq: 620, amp: 0.18, tau: 0.12 }, { freq: 1370, amp: 0.08, tau: 0.07 }], Math.round(0.01 * SR));
  return finish(out, 0.8);
}

/** A blade against stone: a hard chink and the skitter of the point. */
export function knifeThunkStone(): Float32Array {
  const out = silence(0.35);
  mixInto(out, applyAD(highpass1(noise(0.02, 961), 2500, SR), SR, 0.0002, 0.004), 0, 1);
  addModes(out, SR, [{ freq: 2450, amp: 0.35, tau: 0.05 }, { freq: 4100, amp: 0.2, tau: 0.03 }]);
  mixInto(out, applyAD(biquad(noise(0.1, 962), 'bandpass', 1600, 1, SR), SR, 0.002, 0.03), Math.round(0.01 * SR), 0.4);
  return finish(out, 0.75);
}
