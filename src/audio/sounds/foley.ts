// Handling, movement and doors.
import { mixInto } from '../synth/buffer';
import { applyAD } from '../synth/envelope';
import { biquad, highpass1, lowpass1 } from '../synth/filters';
import { addModes } from '../synth/modal';
import { dust } from '../synth/noise';
import { createRng } from '../synth/prng';
import { finish, noise, silence, SR } from './common';
import { knock, metalClick, scrape, thud } from './parts';

/** Magazine release click, then the empty magazine sliding out. */
export function reloadStart(): Float32Array {
  const out = silence(0.3);
  metalClick(out, 0.004, 2600, 1, 601);
  scrape(out, 0.04, 0.16, 2400, 1500, 2, 0.35, 602);
  metalClick(out, 0.19, 1700, 0.45, 603);
  return finish(out, 0.7);
}

/** Magazine slapped home (thump + click), then the slide racked: "chk-chak". */
export function reloadDone(): Float32Array {
  const out = silence(0.45);
  thud(out, 0.002, 220, 0.35, 611, 0.025);
  metalClick(out, 0.006, 2100, 1, 612);
  scrape(out, 0.13, 0.07, 1800, 3200, 1.5, 0.4, 613);
  metalClick(out, 0.2, 2500, 0.9, 614);
  scrape(out, 0.21, 0.06, 3200, 1900, 1.5, 0.35, 615);
  metalClick(out, 0.27, 3000, 1, 616);
  return finish(out, 0.75);
}

/** A pistol sliding out of a sleeve on its rail: a rising "shhk" and a catch. */
export function sleeveDraw(): Float32Array {
  const out = silence(0.24);
  scrape(out, 0, 0.13, 1200, 5200, 1.4, 0.8, 621);
  scrape(out, 0.02, 0.1, 700, 1600, 1, 0.3, 622); // cloth of the sleeve
  metalClick(out, 0.125, 3300, 0.8, 623);
  return finish(out, 0.7);
}

/** A body flung through the air: a cloth whoosh that swells and falls in pitch and level. */
export function dive(): Float32Array {
  const out = silence(0.42);
  scrape(out, 0, 0.4, 350, 1300, 0.9, 1, 631);
  scrape(out, 0.05, 0.3, 1600, 700, 1.2, 0.4, 632);
  return finish(out, 0.7, 0.03);
}

/** Hitting the floor after a dive: body thump plus a short skid of cloth. */
export function land(): Float32Array {
  const out = silence(0.4);
  thud(out, 0, 95, 1, 641, 0.07);
  thud(out, 0.045, 140, 0.35, 642, 0.03); // elbows and the guitar case
  scrape(out, 0.02, 0.22, 900, 500, 1, 0.25, 643);
  return finish(out, 0.8);
}

/** Boots on floorboards: a hollow knock with a heel-toe double hit. */
export function footWood(step: number): Float32Array {
  const out = silence(0.16);
  const p = step === 0 ? 170 : 190;
  knock(out, 0, p, 1, 651 + step, 0.035);
  knock(out, 0.028, p * 1.25, 0.45, 653 + step, 0.025);
  lowpass1(out, 2600, SR);
  return finish(out, 0.8);
}

/** Boots on sand: a short crunch of many tiny grains. */
export function footSand(step: number): Float32Array {
  const n = Math.round(0.17 * SR);
  const grains = dust(n, SR, 3500, createRng(661 + step));
  const hiss = noise(0.17, 663 + step);
  mixInto(grains, hiss, 0, 0.25);
  biquad(grains, 'bandpass', step === 0 ? 2600 : 3100, 0.7, SR);
  applyAD(grains, SR, 0.012, 0.035);
  const out = silence(0.17);
  mixInto(out, grains);
  thud(out, 0, 120, 0.12, 665 + step, 0.02);
  return finish(out, 0.8);
}

/** Boot heels on tile and stone: a hard, bright click with a dry scuff of grit under the sole. */
export function footStone(step: number): Float32Array {
  const out = silence(0.13);
  const heel = applyAD(biquad(noise(0.03, 691 + step), 'bandpass', step === 0 ? 1900 : 2200, 1.6, SR), SR, 0.0003, 0.006);
  mixInto(out, heel, 0, 1);
  // The toe follows the heel a breath later, softer.
  const toe = applyAD(biquad(noise(0.02, 693 + step), 'bandpass', step === 0 ? 2600 : 2900, 1.8, SR), SR, 0.0003, 0.004);
  mixInto(out, toe, Math.round(0.035 * SR), 0.45);
  scrape(out, 0.01, 0.06, 3800, 2600, 1.2, 0.12, 695 + step);
  thud(out, 0, 150, 0.1, 697 + step, 0.015);
  return finish(out, 0.75);
}

/** Boots on a tin roof or a metal plate: a dull clank that rings a little under the foot. */
export function footMetal(step: number): Float32Array {
  const out = silence(0.3);
  const hit = applyAD(highpass1(noise(0.015, 701 + step), 900, SR), SR, 0.0003, 0.004);
  mixInto(out, hit, 0, 0.6);
  const base = step === 0 ? 410 : 455;
  addModes(out, SR, [
    { freq: base, amp: 0.5, tau: 0.09 },
    { freq: base * 2.37, amp: 0.3, tau: 0.06 },
    { freq: base * 4.1, amp: 0.15, tau: 0.035 },
  ]);
  thud(out, 0, 110, 0.25, 703 + step, 0.025);
  lowpass1(out, 4200, SR);
  return finish(out, 0.75);
}

/** A wooden saloon door: a hinge creak (stick-slip pulses through a resonant board), then a knock on the frame. */
export function door(): Float32Array {
  const out = silence(0.85);
  const rng = createRng(671);
  const creak = new Float32Array(Math.round(0.55 * SR));
  // Stick-slip: a pulse train whose rate wanders 45 -> 110 -> 70 Hz.
  let t = 0;
  while (t < 0.5) {
    const phase = t / 0.5;
    const rate = 45 + 65 * Math.sin(Math.PI * phase) + (rng() - 0.5) * 12;
    const i = Math.round(t * SR);
    if (i < creak.length) creak[i] = 1 + (rng() - 0.5) * 0.4;
    t += 1 / rate;
  }
  const body = new Float32Array(creak.length);
  for (const [f, q, g] of [[620, 12, 1], [1180, 10, 0.7], [2350, 8, 0.35]] as const) {
    mixInto(body, biquad(creak.slice(), 'bandpass', f, q, SR), 0, g);
  }
  for (let k = 0; k < body.length; k++) body[k]! *= Math.sin((Math.PI * k) / body.length);
  mixInto(out, body, Math.round(0.02 * SR), 1);
  knock(out, 0.6, 130, 0.9, 672, 0.05);
  thud(out, 0.6, 110, 0.25, 673, 0.05);
  highpass1(out, 60, SR);
  return finish(out, 0.8, 0.03);
}

/** Picking a gun up: a rattle of loose steel (slide, magazine, sling swivel). */
export function pickup(): Float32Array {
  const out = silence(0.32);
  const hits: readonly (readonly [number, number, number])[] = [[0.003, 2300, 0.8], [0.045, 3100, 0.6], [0.07, 1900, 0.9], [0.13, 2700, 0.5], [0.17, 3600, 0.35]];
  hits.forEach(([at, f, g], k) => metalClick(out, at, f, g, 681 + k));
  thud(out, 0.07, 200, 0.2, 689, 0.02);
  return finish(out, 0.65);
}

/** A brass case ejected, landing and bouncing: it starts a beat late on purpose (shot → tinkle). */
export function casing(): Float32Array {
  const out = silence(0.55);
  const bounces: readonly (readonly [number, number])[] = [[0.14, 1], [0.23, 0.55], [0.29, 0.3], [0.325, 0.18]];
  for (const [at, g] of bounces) {
    addModes(out, SR, [
      { freq: 3520, amp: g, tau: 0.05 },
      { freq: 5830, amp: g * 0.6, tau: 0.035 },
      { freq: 8270, amp: g * 0.35, tau: 0.02 },
      { freq: 2380, amp: g * 0.3, tau: 0.03 },
    ], Math.round(at * SR));
    mixInto(out, applyAD(highpass1(noise(0.01, 690 + Math.round(at * 1000)), 3000, SR), SR, 0.0002, 0.002), Math.round(at * SR), g * 0.4);
  }
  return finish(out, 0.55);
}
