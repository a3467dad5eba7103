// Gunshots: a broadband crack (the supersonic snap), a blast of noise whose
// brightness falls fast (the muzzle gas), a low pitch-dropping thump (the
// chest punch), and a room tail. Each gun weighs those differently.
import { mixInto } from '../synth/buffer';
import { applyAD } from '../synth/envelope';
import { biquad, highpass1, lowpass1, sweep } from '../synth/filters';
import { softClip } from '../synth/limiter';
import { addModes, type Mode } from '../synth/modal';
import { sineGlide } from '../synth/oscillator';
import { room } from '../synth/reverb';
import { finish, noise, silence, SR } from './common';

export interface Gun {
  readonly seconds: number;
  readonly seed: number;
  /** Crack: decay (s) and highpass (Hz). */
  readonly crackTau: number;
  readonly crackHp: number;
  /** Blast: decay and lowpass sweep (Hz, start -> end). */
  readonly blastTau: number;
  readonly blastLp: readonly [number, number];
  /** Thump: pitch drop (Hz), decay, level. */
  readonly thump: readonly [number, number];
  readonly thumpTau: number;
  readonly thumpAmp: number;
  /** Room tail: decay, level, reverb size. */
  readonly tailTau: number;
  readonly tailAmp: number;
  readonly roomSize: number;
  /** Metal ringing of the frame (revolver cylinder, slide). */
  readonly ring?: readonly Mode[];
  /** Slap-back echoes off walls: [delay s, gain]. */
  readonly echoes?: readonly (readonly [number, number])[];
  readonly drive: number;
  readonly level: number;
}

/** The layers of a shot (crack, blast, thump, tail, the frame's ring), before any space around it. */
export function gunLayers(g: Gun): Float32Array {
  const out = silence(g.seconds);
  const crack = highpass1(noise(0.03, g.seed), g.crackHp, SR);
  mixInto(out, applyAD(crack, SR, 0.0003, g.crackTau), 0, 1.1);
  const blast = sweep(noise(g.blastTau * 6, g.seed + 1), 'lowpass', g.blastLp[0], g.blastLp[1], 0.8, SR);
  mixInto(out, applyAD(blast, SR, 0.0008, g.blastTau), 0, 0.9);
  const thump = sineGlide(Math.round(g.thumpTau * 6 * SR), SR, g.thump[0], g.thump[1], 0.07);
  mixInto(out, applyAD(thump, SR, 0.001, g.thumpTau), 0, g.thumpAmp);
  const tail = lowpass1(noise(g.seconds, g.seed + 2), 1800, SR);
  mixInto(out, applyAD(tail, SR, 0.012, g.tailTau), 0, g.tailAmp);
  if (g.ring) addModes(out, SR, g.ring, Math.round(0.001 * SR), 0.25);
  return out;
}

/** What every gun shares after its layers: slap-back echoes, the room, no rumble, saturation, level. */
export function gunSpace(out: Float32Array, g: Gun): Float32Array {
  for (const [delay, gain] of g.echoes ?? []) {
    const echo = lowpass1(out.slice(0, out.length - Math.round(delay * SR)), 2500, SR);
    mixInto(out, echo, Math.round(delay * SR), gain);
  }
  room(out, SR, { size: g.roomSize, damp: 0.45, wet: 0.35 });
  highpass1(out, 35, SR);
  softClip(finish(out, 1, 0.03), g.drive);
  return finish(out, g.level, 0.03);
}

function gunshot(g: Gun): Float32Array {
  return gunSpace(gunLayers(g), g);
}

/** El's sleeve pistols: sharp, dry, short. Variants differ in seed and a hair of tuning so rapid fire never machine-guns. */
export function sleevePistol(variant: number): Float32Array {
  const v = variant * 0.06;
  return gunshot({
    seconds: 0.32, seed: 100 + variant * 17,
    crackTau: 0.004 + v * 0.01, crackHp: 2000 - variant * 150,
    blastTau: 0.022, blastLp: [7000 - variant * 500, 1400],
    thump: [190 + variant * 12, 95], thumpTau: 0.03, thumpAmp: 0.45,
    tailTau: 0.06, tailAmp: 0.12, roomSize: 0.55, drive: 2.2, level: 0.93,
  });
}

/** An enemy .45: rounder and lower than the sleeve pistols, a bit of room. */
export function pistol(): Float32Array {
  return gunshot({
    seconds: 0.55, seed: 200,
    crackTau: 0.005, crackHp: 1300,
    blastTau: 0.04, blastLp: [5000, 900],
    thump: [150, 62], thumpTau: 0.055, thumpAmp: 0.7,
    tailTau: 0.13, tailAmp: 0.22, roomSize: 0.7, drive: 2.5, level: 0.93,
  });
}

/** Revolver: boomy, with the frame ringing and one slap-back. */
export function revolver(): Float32Array {
  return gunshot({
    seconds: 0.8, seed: 300,
    crackTau: 0.006, crackHp: 1000,
    blastTau: 0.05, blastLp: [4200, 700],
    thump: [125, 52], thumpTau: 0.075, thumpAmp: 0.8,
    tailTau: 0.2, tailAmp: 0.28, roomSize: 0.75,
    ring: [{ freq: 2150, amp: 0.5, tau: 0.06 }, { freq: 3420, amp: 0.35, tau: 0.045 }, { freq: 5230, amp: 0.2, tau: 0.03 }],
    echoes: [[0.085, 0.22]], drive: 2.8, level: 0.95,
  });
}

/** The magnum: a heavy crack, a deep punch and a long tail rolling off the walls. */
export function deagle(): Float32Array {
  return gunshot({
    seconds: 1.5, seed: 400,
    crackTau: 0.008, crackHp: 850,
    blastTau: 0.07, blastLp: [5200, 450],
    thump: [95, 38], thumpTau: 0.12, thumpAmp: 1.1,
    tailTau: 0.45, tailAmp: 0.4, roomSize: 0.82,
    echoes: [[0.14, 0.3], [0.31, 0.18]], drive: 3.2, level: 0.97,
  });
}

/** The hammer falling on nothing: two tiny metallic clicks. */
export function dryFire(): Float32Array {
  const out = silence(0.12);
  for (const [at, gain, f] of [[0.002, 1, 3200], [0.028, 0.55, 4100]] as const) {
    const click = biquad(applyAD(noise(0.02, 500 + f), SR, 0.0002, 0.0025), 'bandpass', f, 4, SR);
    mixInto(out, click, Math.round(at * SR), gain);
    addModes(out, SR, [{ freq: f * 1.3, amp: 0.08 * gain, tau: 0.01 }], Math.round(at * SR));
  }
  return finish(out, 0.8);
}
