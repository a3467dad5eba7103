// Bucho's lieutenant's car: an engine loop (pitched by the runtime with the car's speed) and the
// crunch of it ramming someone. The wreck is the explosion with this crunch and a window over it
// (event-sounds.ts), so it costs no extra render.
import { mixInto, normalize } from '../synth/buffer';
import { applyAD } from '../synth/envelope';
import { Biquad, biquad, highpass1, lowpass1 } from '../synth/filters';
import { addModes } from '../synth/modal';
import { dust, whiteNoise } from '../synth/noise';
import { createRng } from '../synth/prng';
import { finish, noise, silence, SR } from './common';
import { thud } from './parts';

/** Firings per second at playback rate 1: a big old V8 loping along (the runtime speeds it up). */
const FIRING_HZ = 55;
/** Eight firings make one turn of the crank pattern; the loop is this many patterns long. */
const PATTERNS = 8;
/** Samples in one firing's pressure pulse (~3 ms). */
const PUFF = 66;

/**
 * A V8's burble as a seamless loop: eight firings per pattern with uneven spacing and strength
 * (the cross-plane lope), each a short puff through the exhaust's resonances, plus intake hiss
 * breathing with them. The input repeats exactly, so after a warm-up pass the output does too:
 * the middle pass is the loop.
 */
export function engineLoop(): Float32Array {
  const pattern = Math.round((SR * 8) / FIRING_HZ);
  const loop = pattern * PATTERNS;
  const rng = createRng(2201);
  const offsets = Array.from({ length: 8 }, () => (rng() - 0.5) * 0.25);
  const strength = Array.from({ length: 8 }, () => 0.6 + rng() * 0.6);
  // A firing: a pressure bump (what rings the exhaust's low resonances) with a little grit on it.
  const grit = whiteNoise(PUFF, createRng(2202));
  const puff = Float32Array.from(grit, (x, j) => (0.5 - 0.5 * Math.cos((2 * Math.PI * j) / PUFF)) * (1 + 0.3 * x));
  const pulses = new Float32Array(loop);
  for (let p = 0; p < PATTERNS; p++) {
    for (let k = 0; k < 8; k++) {
      const g = strength[k]! * (0.85 + rng() * 0.3); // no two turns of the crank quite alike
      const at = p * pattern + Math.round(((k + offsets[k]!) * pattern) / 8);
      for (let j = 0; j < PUFF; j++) pulses[(at + j + loop) % loop]! += puff[j]! * g;
    }
  }
  const passes = 3;
  const input = new Float32Array(loop * passes);
  const hiss = new Float32Array(loop * passes);
  const hissLap = noise(loop / SR, 2203);
  for (let p = 0; p < passes; p++) {
    input.set(pulses, p * loop);
    hiss.set(hissLap, p * loop);
  }
  const exhaust = new Float32Array(input.length);
  for (const [f, q, g] of [[120, 3, 1], [310, 4, 0.6], [800, 2, 0.25]] as const) new Biquad().set('bandpass', f, q, SR).processAdd(input, exhaust, g);
  lowpass1(exhaust, 2500, SR);
  // Intake and valvetrain: hiss whose level follows the firings.
  biquad(hiss, 'bandpass', 1500, 0.7, SR);
  let env = 0;
  for (let i = 0; i < input.length; i++) {
    env = Math.max(Math.abs(input[i]!), env * 0.995);
    exhaust[i]! += hiss[i]! * env * 0.08;
  }
  highpass1(exhaust, 40, SR);
  // The middle lap: every filter has settled into the repeating input by then.
  // No fade: the loop's end runs straight into its start.
  return normalize(exhaust.slice(loop, 2 * loop), 0.7);
}

/** The car hitting a body: a heavy thump, sheet metal crumpling (creases crackling), a headlamp's glass. */
export function carRam(): Float32Array {
  const out = silence(0.8);
  thud(out, 0, 90, 0.7, 2301, 0.09);
  thud(out, 0.015, 130, 0.5, 2302, 0.05);
  mixInto(out, applyAD(biquad(noise(0.25, 2303), 'bandpass', 1300, 0.9, SR), SR, 0.001, 0.05), 0, 1.1);
  const creases = biquad(dust(Math.round(0.3 * SR), SR, 1200, createRng(2304)), 'bandpass', 2200, 1, SR);
  mixInto(out, applyAD(creases, SR, 0.002, 0.07), Math.round(0.005 * SR), 1.4);
  addModes(out, SR, [
    { freq: 410, amp: 0.3, tau: 0.12 }, { freq: 1130, amp: 0.25, tau: 0.09 },
    { freq: 1870, amp: 0.18, tau: 0.07 }, { freq: 2950, amp: 0.12, tau: 0.05 },
  ]);
  const rng = createRng(2305);
  for (let k = 0; k < 10; k++) {
    const at = 0.02 + rng() * 0.35;
    addModes(out, SR, [{ freq: 3000 + rng() * 4000, amp: 0.06 * (1 - at), tau: 0.02 + rng() * 0.02 }], Math.round(at * SR));
  }
  highpass1(out, 35, SR);
  return finish(out, 0.9, 0.03);
}
