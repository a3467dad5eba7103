// Vocal bursts from the formant voice (no speech library): an enemy's
// shouted "¡Ey!", a death grunt, and El's hurt cue.
import { mixInto } from '../synth/buffer';
import { applyAD } from '../synth/envelope';
import { biquad, highpass1, lowpass1 } from '../synth/filters';
import { sineGlide } from '../synth/oscillator';
import { room } from '../synth/reverb';
import { voice } from '../synth/voice';
import { finish, noise, silence, SR } from './common';
import { scrape, thud } from './parts';

/** "¡Ey!": a high, strained "e" gliding to "i", across a room. */
export function alertShout(): Float32Array {
  const v = voice({
    sr: SR, seconds: 0.5, seed: 801, jitter: 0.03, q: 5,
    pitch: [[0, 185], [0.06, 265], [0.22, 285], [0.38, 225], [0.48, 185]],
    formants: [[0, 680, 1750, 2550], [0.18, 640, 1850, 2600], [0.31, 360, 2250, 2950], [0.48, 320, 2300, 3000]],
    amp: [[0, 0], [0.035, 1], [0.3, 0.95], [0.42, 0.45], [0.49, 0]],
    breath: [[0, 0.7], [0.05, 0.12], [0.38, 0.15], [0.48, 0.5]],
  });
  const out = silence(0.75);
  mixInto(out, v);
  lowpass1(out, 5000, SR);
  room(out, SR, { size: 0.72, damp: 0.4, wet: 0.45 });
  highpass1(out, 120, SR);
  return finish(out, 0.8, 0.05);
}

/** A dying grunt (rough, falling "uhh") and the body hitting the floor. */
export function death(): Float32Array {
  const v = voice({
    sr: SR, seconds: 0.36, seed: 811, jitter: 0.09, q: 4,
    pitch: [[0, 150], [0.08, 132], [0.33, 82]],
    formants: [[0, 720, 1220, 2500], [0.33, 600, 1000, 2400]],
    amp: [[0, 0], [0.02, 1], [0.2, 0.8], [0.34, 0]],
    breath: [[0, 0.3], [0.2, 0.35], [0.34, 0.7]],
  });
  const out = silence(0.95);
  mixInto(out, v, 0, 0.8);
  thud(out, 0.38, 90, 1, 812, 0.08);
  thud(out, 0.5, 135, 0.4, 813, 0.035);
  scrape(out, 0.36, 0.26, 800, 450, 1, 0.2, 814);
  highpass1(out, 40, SR);
  return finish(out, 0.85, 0.04);
}

/** El is hit: a thud and a short low tone (with harmonics so laptop speakers still carry it). */
export function hurt(): Float32Array {
  const out = silence(0.4);
  thud(out, 0, 140, 0.7, 821, 0.04);
  mixInto(out, applyAD(biquad(noise(0.06, 822), 'bandpass', 650, 1.2, SR), SR, 0.0005, 0.01), 0, 0.6);
  for (const [h, g] of [[1, 1], [2, 0.5], [3, 0.25]] as const) {
    const tone = applyAD(sineGlide(Math.round(0.38 * SR), SR, 104 * h, 92 * h, 0.2), SR, 0.006, 0.09);
    mixInto(out, tone, Math.round(0.01 * SR), g * 0.45);
  }
  return finish(out, 0.85);
}
