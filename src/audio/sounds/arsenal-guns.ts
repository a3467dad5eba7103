// The guitar cases' guns: the sawed-off's boom, the scoped Wildey's crack and roll, Campa's
// chattering machine guns and Quino's rocket. Built on the pistols' layers (guns.ts) plus what
// makes each one itself.
import { mixInto } from '../synth/buffer';
import { applyAD, applyCurve } from '../synth/envelope';
import { biquad, highpass1, lowpass1, sweep } from '../synth/filters';
import { softClip } from '../synth/limiter';
import { dust } from '../synth/noise';
import { sineGlide } from '../synth/oscillator';
import { createRng } from '../synth/prng';
import { room } from '../synth/reverb';
import { finish, noise, silence, SR } from './common';
import { gunLayers, gunSpace, type Gun } from './guns';
import { knock, metalClick, whoosh } from './parts';

/** Rolling low noise whose level wobbles slowly: a report bouncing off buildings down a street. */
function rumble(out: Float32Array, at: number, seconds: number, cutoff: number, tau: number, gain: number, seed: number): void {
  const r = lowpass1(lowpass1(noise(seconds, seed), cutoff, SR), cutoff, SR);
  const rng = createRng(seed + 1);
  const [f1, f2, p1, p2] = [2.2 + rng() * 1.5, 4.5 + rng() * 2, rng() * 6.28, rng() * 6.28];
  for (let i = 0; i < r.length; i++) {
    const t = i / SR;
    r[i]! *= 1 + 0.45 * Math.sin(2 * Math.PI * f1 * t + p1) + 0.25 * Math.sin(2 * Math.PI * f2 * t + p2);
  }
  mixInto(out, applyAD(r, SR, 0.04, tau), Math.round(at * SR), gain);
}

/** One barrel of the sawed-off (take 0 left, 1 right): a low, wide boom of gas, a short crack, a long room. */
export function sawedOff(barrel: number): Float32Array {
  const g: Gun = {
    seconds: 1.3, seed: 1100 + barrel * 13,
    crackTau: 0.009, crackHp: 600,
    blastTau: 0.1, blastLp: [4500 - barrel * 400, 260],
    thump: [78 + barrel * 6, 30], thumpTau: 0.09, thumpAmp: 1.5,
    tailTau: 0.3, tailAmp: 0.35, roomSize: 0.8,
    echoes: [[0.12, 0.25], [0.29, 0.15]], drive: 2.6, level: 0.97,
  };
  const out = gunLayers(g);
  // The charge of gas from a short, wide barrel: a dark whump under the blast.
  mixInto(out, applyAD(lowpass1(lowpass1(noise(0.7, g.seed + 5), 220, SR), 220, SR), SR, 0.002, 0.07), 0, 9);
  rumble(out, 0.03, 1.2, 320, 0.3, 2.5, g.seed + 7);
  return gunSpace(out, g);
}

/** The scoped Wildey: a sharp supersonic crack, a heavy punch, and a tail that rolls on down the street. */
export function wildey(take: number): Float32Array {
  const g: Gun = {
    seconds: 1.9, seed: 1200 + take * 29,
    crackTau: 0.005, crackHp: 1400,
    blastTau: 0.075, blastLp: [6500, 420],
    thump: [90 - take * 5, 34], thumpTau: 0.09, thumpAmp: 1.2,
    tailTau: 0.75, tailAmp: 0.3, roomSize: 0.86,
    ring: [{ freq: 1380 + take * 40, amp: 0.4, tau: 0.05 }, { freq: 2210, amp: 0.3, tau: 0.04 }, { freq: 3650, amp: 0.15, tau: 0.025 }],
    echoes: [[0.17, 0.3], [0.38, 0.2], [0.7, 0.12]], drive: 2.8, level: 0.97,
  };
  const out = gunLayers(g);
  // The supersonic snap of a heavy round, brighter than any pistol's.
  mixInto(out, applyAD(highpass1(noise(0.02, g.seed + 6), 2500, SR), SR, 0.0002, 0.004), 0, 1.4);
  rumble(out, 0.05, 1.8, 380, 0.6, 0.9, g.seed + 7);
  return gunSpace(out, g);
}

/**
 * One round from Campa's case: short and tight (fifteen a second overlap), the bolt's clack and the
 * wooden case knocking after it: the "chatter". Takes differ in tuning so a burst never machine-guns.
 */
export function campaShot(take: number): Float32Array {
  const g: Gun = {
    seconds: 0.3, seed: 1300 + take * 31,
    crackTau: 0.003, crackHp: 1800 + take * 120,
    blastTau: 0.02, blastLp: [6500 - take * 300, 1200],
    thump: [200 + take * 10, 90], thumpTau: 0.028, thumpAmp: 0.5,
    tailTau: 0.05, tailAmp: 0.1, roomSize: 0.5, drive: 2.4, level: 0.9,
  };
  const out = gunLayers(g);
  metalClick(out, 0.011 + take * 0.002, 1700 + take * 230, 0.7, g.seed + 5);
  knock(out, 0.004, 180 + take * 15, 0.35, g.seed + 6, 0.025);
  return gunSpace(out, g);
}

/** Quino's rocket: the ignition's pop and punch, then the motor's rushing roar receding down range. */
export function rocketLaunch(): Float32Array {
  const seconds = 1.6;
  const out = silence(seconds);
  mixInto(out, applyAD(highpass1(noise(0.03, 1401), 1500, SR), SR, 0.0003, 0.004), 0, 0.7);
  mixInto(out, applyAD(sweep(noise(0.3, 1402), 'lowpass', 3000, 400, 0.8, SR), SR, 0.001, 0.05), 0, 0.7);
  mixInto(out, applyAD(sineGlide(Math.round(0.5 * SR), SR, 110, 45, 0.08), SR, 0.002, 0.08), 0, 0.9);
  // The motor: a band of hiss flaring up, then falling a little in pitch as it flies off (Doppler).
  const level = [[0, 0], [0.09, 1], [0.3, 0.5], [0.9, 0.18], [1.55, 0]] as const;
  whoosh(out, 0.01, seconds - 0.01, [[0, 400], [0.12, 2600], [1.5, 900]], 0.9, level, 0.8, 1403);
  const roar = lowpass1(lowpass1(noise(seconds, 1404), 500, SR), 500, SR);
  const rng = createRng(1405);
  let flutter = 1;
  for (let i = 0; i < roar.length; i++) {
    if (i % 600 === 0) flutter = 0.6 + rng() * 0.8; // a motor burns unevenly (~37 Hz)
    roar[i]! *= flutter;
  }
  mixInto(out, applyCurve(roar, SR, level), Math.round(0.015 * SR), 2);
  const sparks = biquad(dust(Math.round(seconds * SR), SR, 400, createRng(1406)), 'bandpass', 3000, 1, SR);
  mixInto(out, applyCurve(sparks, SR, level), 0, 0.35);
  room(out, SR, { size: 0.7, damp: 0.5, wet: 0.25 });
  highpass1(out, 30, SR);
  softClip(finish(out, 1, 0.05), 2);
  return finish(out, 0.95, 0.05);
}
