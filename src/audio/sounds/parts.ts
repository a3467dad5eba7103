// Building blocks several recipes share: metal clicks, body thuds, scrapes, knocks, whooshes.
import { mixInto } from '../synth/buffer';
import { applyAD, curveTrack, type Breakpoint } from '../synth/envelope';
import { Biquad, biquad, lowpass1, sweep } from '../synth/filters';
import { addModes } from '../synth/modal';
import { sineGlide } from '../synth/oscillator';
import { noise, SR } from './common';

/** A small steel part snapping into place: a tick of noise plus a short inharmonic ring. */
export function metalClick(out: Float32Array, at: number, freq: number, gain: number, seed: number): void {
  const i = Math.round(at * SR);
  const tick = biquad(applyAD(noise(0.015, seed), SR, 0.0002, 0.0018), 'bandpass', freq, 2.5, SR);
  mixInto(out, tick, i, gain);
  addModes(out, SR, [
    { freq: freq * 1.0, amp: 0.12 * gain, tau: 0.018 },
    { freq: freq * 1.71, amp: 0.08 * gain, tau: 0.012 },
    { freq: freq * 2.63, amp: 0.05 * gain, tau: 0.008 },
  ], i);
}

/** A soft heavy thing meeting the floor: a pitch-dropping low sine and a puff of dull noise. */
export function thud(out: Float32Array, at: number, f0: number, gain: number, seed: number, tau = 0.06): void {
  const i = Math.round(at * SR);
  const tone = applyAD(sineGlide(Math.round(tau * 6 * SR), SR, f0, f0 * 0.55, 0.08), SR, 0.002, tau);
  mixInto(out, tone, i, gain);
  const puff = applyAD(lowpass1(lowpass1(noise(tau * 4, seed), 500, SR), 500, SR), SR, 0.002, tau * 0.7);
  mixInto(out, puff, i, gain * 2.2);
}

/** Noise through a band-pass gliding f0 -> f1, swelling in and out: scrapes, whooshes, slides. */
export function scrape(out: Float32Array, at: number, seconds: number, f0: number, f1: number, q: number, gain: number, seed: number): void {
  const n = noise(seconds, seed);
  sweep(n, 'bandpass', f0, f1, q, SR);
  // Sine-shaped swell: no clicks at either end.
  for (let k = 0; k < n.length; k++) n[k]! *= Math.sin((Math.PI * k) / n.length);
  mixInto(out, n, Math.round(at * SR), gain);
}

/** Knuckle on a board: noise exciting a few wooden resonances, short. */
export function knock(out: Float32Array, at: number, pitch: number, gain: number, seed: number, tau = 0.03): void {
  const i = Math.round(at * SR);
  const ex = applyAD(noise(tau * 5, seed), SR, 0.0004, tau * 0.25);
  const sum = new Float32Array(ex.length);
  for (const [ratio, g, q] of [[1, 1, 8], [2.3, 0.6, 7], [4.1, 0.3, 6]] as const) {
    mixInto(sum, biquad(ex.slice(), 'bandpass', pitch * ratio, q, SR), 0, g);
  }
  mixInto(out, applyAD(sum, SR, 0.0003, tau), i, gain * 3);
}

/**
 * Noise through a band-pass whose centre follows `freq` (Hz over seconds) and whose level follows
 * `amp`: whooshes that swell and turn (a rocket leaving, time bending, an arm throwing).
 */
export function whoosh(out: Float32Array, at: number, seconds: number, freq: readonly Breakpoint[], q: number, amp: readonly Breakpoint[], gain: number, seed: number): void {
  const n = noise(seconds, seed);
  const f = curveTrack(freq, n.length, SR);
  const g = curveTrack(amp, n.length, SR);
  const bq = new Biquad();
  for (let k = 0; k < n.length; k++) {
    if ((k & 15) === 0) bq.set('bandpass', f[k]!, q, SR);
    n[k] = bq.tick(n[k]!) * g[k]!;
  }
  mixInto(out, n, Math.round(at * SR), gain);
}
