// The bar's furniture answering back: a window pane shattering, a table kicked over and the
// table stopping against a body, a door kicked in, a body knocked to the floor.
import { mixInto } from '../synth/buffer';
import { applyAD } from '../synth/envelope';
import { biquad, highpass1, lowpass1 } from '../synth/filters';
import { addModes, type Mode } from '../synth/modal';
import { dust } from '../synth/noise';
import { createRng, type Rng } from '../synth/prng';
import { room } from '../synth/reverb';
import { voice } from '../synth/voice';
import { finish, noise, silence, SR } from './common';
import { knock, metalClick, scrape, thud } from './parts';

const shard = (f: number, amp: number, tau: number): Mode[] => [
  { freq: f, amp, tau },
  { freq: f * 1.59, amp: amp * 0.6, tau: tau * 0.8 },
  { freq: f * 2.43, amp: amp * 0.35, tau: tau * 0.6 },
];

/** Shards of glass ringing: `count` of them between `from` and `to` seconds, levels from `g0` falling to `g1`. */
function shards(out: Float32Array, rng: Rng, count: number, from: number, to: number, g0: number, g1: number, seed: number): void {
  for (let k = 0; k < count; k++) {
    const u = Math.pow(rng(), 1.4);
    const at = from + u * (to - from);
    const g = (g0 + (g1 - g0) * u) * (0.4 + rng() * 0.6);
    const i = Math.round(at * SR);
    addModes(out, SR, shard(2500 + rng() * 5500, g, 0.01 + rng() * 0.04), i);
    mixInto(out, applyAD(highpass1(noise(0.006, seed + k), 4000, SR), SR, 0.0002, 0.001), i, g * 0.9);
  }
}

/** A window pane giving way: the sheet's flex and crack, a bright crash, a spray of shards, pieces landing after. */
export function glassShatter(): Float32Array {
  const out = silence(1.4);
  const rng = createRng(1701);
  mixInto(out, applyAD(highpass1(noise(0.05, 1702), 1500, SR), SR, 0.0003, 0.02), 0, 1.2);
  addModes(out, SR, [{ freq: 420, amp: 0.35, tau: 0.04 }, { freq: 980, amp: 0.3, tau: 0.035 }, { freq: 1710, amp: 0.25, tau: 0.03 }]);
  mixInto(out, applyAD(highpass1(noise(0.5, 1703), 2500, SR), SR, 0.002, 0.08), 0, 0.8);
  mixInto(out, applyAD(biquad(noise(0.3, 1705), 'bandpass', 1300, 0.8, SR), SR, 0.001, 0.05), 0, 0.9);
  shards(out, rng, 45, 0.003, 0.35, 0.5, 0.25, 1710);
  shards(out, rng, 30, 0.25, 1.2, 0.3, 0.05, 1760);
  mixInto(out, applyAD(highpass1(noise(1, 1704), 5000, SR), SR, 0.01, 0.25), 0, 0.3);
  room(out, SR, { size: 0.6, damp: 0.4, wet: 0.25 });
  lowpass1(out, 10000, SR);
  return finish(out, 0.9, 0.05);
}

/** Wood on wood, rough: a board dragged across floorboards. */
function drag(out: Float32Array, at: number, seconds: number, f: number, gain: number, seed: number): void {
  const n = Math.round(seconds * SR);
  const grain = dust(n, SR, 1800, createRng(seed));
  mixInto(grain, noise(seconds, seed + 1), 0, 0.3);
  biquad(grain, 'bandpass', f, 1.2, SR);
  for (let k = 0; k < n; k++) grain[k]! *= Math.sin((Math.PI * k) / n) * (1 - k / n);
  mixInto(out, grain, Math.round(at * SR), gain);
}

/** A table kicked over: the boot, a leg knocking as it tips, the top slamming down, what was on it rattling, a slide. */
export function tableCrash(): Float32Array {
  const out = silence(0.95);
  thud(out, 0, 150, 0.35, 1801, 0.04);
  knock(out, 0, 160, 0.6, 1802, 0.04);
  knock(out, 0.09, 300, 0.45, 1803, 0.025);
  // The top hits the floor flat: the loudest, lowest moment.
  knock(out, 0.2, 110, 1.4, 1804, 0.07);
  thud(out, 0.2, 110, 0.6, 1805, 0.07);
  mixInto(out, applyAD(highpass1(noise(0.03, 1806), 1500, SR), SR, 0.0002, 0.006), Math.round(0.2 * SR), 0.5);
  for (const [at, p, g] of [[0.24, 260, 0.35], [0.27, 340, 0.25], [0.31, 410, 0.18], [0.4, 300, 0.1]] as const) knock(out, at, p, g, 1810 + Math.round(at * 100), 0.02);
  addModes(out, SR, shard(3100, 0.08, 0.05), Math.round(0.23 * SR)); // a glass that was on it
  addModes(out, SR, shard(4300, 0.05, 0.04), Math.round(0.29 * SR));
  drag(out, 0.25, 0.6, 450, 0.5, 1820);
  room(out, SR, { size: 0.55, damp: 0.5, wet: 0.2 });
  highpass1(out, 40, SR);
  return finish(out, 0.85, 0.03);
}

/** A sliding table stopped by a body: a dull heavy thud, a short scrape and a knock of its legs. */
export function tableThud(): Float32Array {
  const out = silence(0.45);
  drag(out, 0, 0.09, 420, 0.4, 1831);
  thud(out, 0.02, 130, 0.6, 1832, 0.06);
  knock(out, 0.02, 140, 1, 1833, 0.05);
  knock(out, 0.075, 280, 0.2, 1834, 0.02);
  highpass1(out, 40, SR);
  return finish(out, 0.85, 0.03);
}

/** A door kicked in: the boot's bang, the frame splintering and the latch giving, the door slamming the wall. */
export function doorKick(): Float32Array {
  const out = silence(0.95);
  thud(out, 0, 140, 0.5, 1901, 0.05);
  knock(out, 0, 150, 1.1, 1902, 0.05);
  mixInto(out, applyAD(highpass1(noise(0.04, 1903), 1800, SR), SR, 0.0002, 0.008), 0, 1);
  const splinters = biquad(dust(Math.round(0.14 * SR), SR, 2500, createRng(1904)), 'bandpass', 3500, 0.9, SR);
  mixInto(out, applyAD(splinters, SR, 0.001, 0.03), Math.round(0.004 * SR), 1.2);
  metalClick(out, 0.012, 2100, 0.5, 1905);
  addModes(out, SR, [{ freq: 1450, amp: 0.05, tau: 0.06 }, { freq: 2630, amp: 0.04, tau: 0.04 }], Math.round(0.02 * SR));
  knock(out, 0.32, 120, 0.9, 1906, 0.06);
  thud(out, 0.32, 120, 0.35, 1907, 0.05);
  knock(out, 0.45, 150, 0.3, 1908, 0.03);
  room(out, SR, { size: 0.6, damp: 0.45, wet: 0.25 });
  highpass1(out, 40, SR);
  return finish(out, 0.85, 0.03);
}

/** A body knocked flat: the breath knocked out ("uh"), the thump, the shoulders, cloth and kit rattling. */
export function bodyThump(): Float32Array {
  const out = silence(0.55);
  const oof = voice({
    sr: SR, seconds: 0.14, seed: 1951, jitter: 0.08, q: 4,
    pitch: [[0, 140], [0.13, 105]],
    formants: [[0, 650, 1150, 2450], [0.13, 560, 1000, 2400]],
    amp: [[0, 0], [0.015, 1], [0.08, 0.6], [0.135, 0]],
    breath: [[0, 0.6], [0.13, 0.8]],
  });
  mixInto(out, oof, 0, 0.25);
  thud(out, 0.01, 100, 0.8, 1952, 0.08);
  thud(out, 0.07, 120, 0.45, 1953, 0.04);
  scrape(out, 0.03, 0.28, 900, 450, 1, 0.25, 1954);
  metalClick(out, 0.06, 1800, 0.15, 1955);
  highpass1(out, 40, SR);
  return finish(out, 0.85, 0.03);
}
