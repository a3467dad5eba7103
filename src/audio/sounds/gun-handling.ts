// Working the arsenal's guns: the sawed-off broken open and shut, the Wildey's scope raised.
import { mixInto } from '../synth/buffer';
import { applyAD } from '../synth/envelope';
import { highpass1 } from '../synth/filters';
import { addModes } from '../synth/modal';
import { finish, noise, silence, SR } from './common';
import { knock, metalClick, scrape, thud } from './parts';

/** A spent hull bouncing on the floor: a hollow plastic tok with the brass base's ping. */
function hullBounce(out: Float32Array, at: number, gain: number, seed: number): void {
  knock(out, at, 800, 0.35 * gain, seed, 0.012);
  addModes(out, SR, [{ freq: 3000, amp: 0.08 * gain, tau: 0.02 }, { freq: 4650, amp: 0.05 * gain, tau: 0.015 }], Math.round(at * SR));
}

/** Break-open: the lever, the barrels dropping on the hinge, two hulls popped out and falling, two shells pushed in. */
export function shotgunOpen(): Float32Array {
  const out = silence(1.0);
  metalClick(out, 0.002, 1600, 0.8, 2101);
  scrape(out, 0.01, 0.05, 1400, 2400, 1.5, 0.25, 2102);
  thud(out, 0.05, 180, 0.3, 2103, 0.03);
  metalClick(out, 0.05, 1100, 1, 2104);
  addModes(out, SR, [{ freq: 900, amp: 0.1, tau: 0.04 }, { freq: 1530, amp: 0.07, tau: 0.03 }], Math.round(0.05 * SR));
  knock(out, 0.18, 600, 0.5, 2105, 0.015);
  knock(out, 0.2, 650, 0.45, 2106, 0.015);
  for (const [at, g] of [[0.42, 1], [0.5, 0.8], [0.53, 0.45], [0.58, 0.3]] as const) hullBounce(out, at, g, 2110 + Math.round(at * 100));
  for (const at of [0.62, 0.82]) {
    scrape(out, at, 0.05, 900, 1600, 1.2, 0.2, 2120 + Math.round(at * 100));
    knock(out, at + 0.045, 350, 0.6, 2130 + Math.round(at * 100), 0.02);
  }
  return finish(out, 0.75, 0.02);
}

/** Snapped shut: one heavy clack of the action locking, the barrels ringing briefly. */
export function shotgunClose(): Float32Array {
  const out = silence(0.3);
  metalClick(out, 0.002, 1300, 1, 2141);
  thud(out, 0.002, 160, 0.4, 2142, 0.03);
  addModes(out, SR, [{ freq: 700, amp: 0.12, tau: 0.05 }, { freq: 1900, amp: 0.08, tau: 0.04 }], Math.round(0.003 * SR));
  mixInto(out, applyAD(highpass1(noise(0.01, 2143), 2500, SR), SR, 0.0002, 0.002), 0, 0.4);
  return finish(out, 0.8, 0.02);
}

/** The scope raised to the eye: a brush of cloth, a crisp double click of the mount, a glint of the lens. */
export function scopeIn(): Float32Array {
  const out = silence(0.3);
  scrape(out, 0, 0.06, 2000, 4500, 2, 0.3, 2151);
  metalClick(out, 0.06, 3400, 1, 2152);
  metalClick(out, 0.085, 2600, 0.6, 2153);
  addModes(out, SR, [{ freq: 5200, amp: 0.05, tau: 0.03 }, { freq: 8300, amp: 0.03, tau: 0.02 }], Math.round(0.09 * SR));
  return finish(out, 0.7, 0.02);
}
