// Bullet time: a deep whoosh sucked inward as the world slows (a tone sagging like a tape winding
// down, landing on a sub-bass thump), and the snap back out. Played at their own speed: they are
// the slowing, not sounds inside it (see SoundRecipe.unslowed).
import { mixInto } from '../synth/buffer';
import { applyAD, applyCurve } from '../synth/envelope';
import { highpass1, lowpass1 } from '../synth/filters';
import { glideAt, sawFromFreqs, sineGlide } from '../synth/oscillator';
import { room } from '../synth/reverb';
import { finish, silence, SR } from './common';
import { whoosh } from './parts';

/** A saw whose pitch glides exponentially f0 -> f1 over `glide` s, darkened: harmonics so small speakers carry it. */
function sag(seconds: number, f0: number, f1: number, glide: number, cutoff: number): Float32Array {
  const freqs = new Float32Array(Math.round(seconds * SR));
  for (let i = 0; i < freqs.length; i++) freqs[i] = glideAt(f0, f1, glide, i / SR);
  return lowpass1(lowpass1(sawFromFreqs(freqs, SR), cutoff, SR), cutoff, SR);
}

export function focusIn(): Float32Array {
  const out = silence(1.4);
  // Swelling like a reversed cymbal, the band sinking, cut off as time lands.
  whoosh(out, 0, 1.0, [[0, 3000], [0.9, 250]], 0.9, [[0, 0], [0.5, 0.35], [0.85, 1], [0.98, 0]], 1.3, 2001);
  const tone = sag(1.3, 180, 45, 1, 900);
  mixInto(out, applyCurve(tone, SR, [[0, 0], [0.3, 0.35], [0.85, 0.8], [1.28, 0]]), 0, 0.5);
  mixInto(out, applyAD(sineGlide(Math.round(0.55 * SR), SR, 90, 32, 0.3), SR, 0.003, 0.22), Math.round(0.85 * SR), 1);
  room(out, SR, { size: 0.85, damp: 0.5, wet: 0.5 });
  highpass1(out, 25, SR);
  return finish(out, 0.85, 0.08);
}

export function focusOut(): Float32Array {
  const out = silence(0.8);
  whoosh(out, 0, 0.45, [[0, 300], [0.35, 3500]], 1, [[0, 0], [0.18, 1], [0.45, 0]], 1.3, 2011);
  const tone = sag(0.45, 50, 200, 0.3, 1200);
  mixInto(out, applyCurve(tone, SR, [[0, 0], [0.12, 0.7], [0.44, 0]]), 0, 0.45);
  room(out, SR, { size: 0.7, damp: 0.5, wet: 0.35 });
  highpass1(out, 30, SR);
  return finish(out, 0.8, 0.06);
}
