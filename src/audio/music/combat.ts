// Combat loop: ~140 BPM rumba flamenca over the Andalusian cadence.
// Rasgueado rolls on the downbeats, down/up strums and muted chops in
// between, a plucked bass, cajón and palmas; a lead guitar comes in for
// the second pass and a picado run leads the last two bars back around.
import { mixInto, normalize } from '../synth/buffer';
import { highpass1, lowpass1 } from '../synth/filters';
import { emptyPart, rasgueado, renderGuitar, strum, type GuitarPart } from '../synth/guitar';
import { pluck } from '../synth/karplus';
import { limit } from '../synth/limiter';
import { createRng, type Rng } from '../synth/prng';
import { room } from '../synth/reverb';
import { limitLoop, wrapTail } from './loop';
import { makeKit, type Kit } from './percussion';
import { AM, E, F, G, midiToHz, place, type Chord } from './theory';

export const COMBAT_BPM = 140;
const BEAT = 60 / COMBAT_BPM;
const BAR = BEAT * 4;
const BARS: readonly Chord[] = [AM, G, F, E, AM, G, F, E, F, E];
/** Loop length: 10 bars of 4/4 ≈ 17.1 s. */
export const COMBAT_SECONDS = BARS.length * BAR;
/** Everything starts a hair after the loop point so the seam never lands on an attack. */
const PRE = 0.03;
const TAIL = 3;

/** Lead line for bars 4–9, as [bar, beat, MIDI note] (an eighth or longer each, 16ths in the run). */
const LEAD: readonly (readonly [number, number, number])[] = [
  [4, 0, 76], [4, 1, 72], [4, 1.5, 74], [4, 2, 76], [4, 3, 69], [4, 3.5, 72],
  [5, 0, 74], [5, 1.5, 72], [5, 2, 71], [5, 3, 67], [5, 3.5, 71],
  [6, 0, 72], [6, 1, 69], [6, 1.5, 72], [6, 2, 71], [6, 2.5, 69], [6, 3, 67], [6, 3.5, 65],
  [7, 0, 68], [7, 2, 65], [7, 2.5, 68], [7, 3, 71],
  [8, 0, 72], [8, 0.25, 71], [8, 0.5, 69], [8, 0.75, 67], [8, 1, 65], [8, 1.25, 64], [8, 1.5, 65], [8, 1.75, 67],
  [8, 2, 69], [8, 3, 72], [8, 3.5, 71],
  [9, 0, 68], [9, 1, 65], [9, 1.5, 64],
];

const at = (bar: number, beat: number): number => PRE + bar * BAR + beat * BEAT;

function rhythm(rng: Rng): GuitarPart {
  const part = emptyPart();
  const jitter = (): number => (rng() - 0.5) * 0.008;
  BARS.forEach((chord, bar) => {
    const s = chord.shape;
    const last = bar === BARS.length - 1;
    // A remate on the last bar: three rolls and a held chord pull into the loop point.
    if (last) {
      for (const beat of [0, 1, 2]) rasgueado(part, at(bar, beat) + jitter(), s, 0.95);
      strum(part, at(bar, 3), s, { dir: 1, spread: 0.02, vel: 1, bright: 0.6, hold: BEAT * 0.9 });
      return;
    }
    rasgueado(part, at(bar, 0) + jitter(), s, 0.9);
    for (const [beat, kind] of [[0.5, 'up'], [1, 'chop'], [1.5, 'up'], [2, 'down'], [2.5, 'up'], [3, 'chop'], [3.5, 'up']] as const) {
      const t = at(bar, beat) + jitter();
      if (kind === 'up') strum(part, t, s, { dir: -1, spread: 0.018, vel: 0.5 + rng() * 0.1, lo: 2, bright: 0.5 });
      else if (kind === 'down') strum(part, t, s, { dir: 1, spread: 0.022, vel: 0.75, bright: 0.45 });
      // Golpe/chop: strummed and instantly damped by the palm — a percussive "chk".
      else strum(part, t, s, { dir: 1, spread: 0.012, vel: 0.7, hold: 0.035, bright: 0.5 });
    }
  });
  return part;
}

function lead(rng: Rng): GuitarPart {
  const part = emptyPart();
  for (const [bar, beat, midi] of LEAD) {
    const { string, fret } = place(midi);
    part.notes.push({ time: at(bar, beat) + (rng() - 0.5) * 0.006, string, fret, vel: 0.75, bright: 0.6 });
  }
  return part;
}

function bass(out: Float32Array, sr: number, rng: Rng): void {
  BARS.forEach((chord, bar) => {
    const next = BARS[(bar + 1) % BARS.length]!;
    const [root, fifth] = chord.bass;
    // Root, a push on 2-and, the fifth, and a step toward the next chord.
    const line: readonly (readonly [number, number, number])[] = [
      [0, root, 1.2], [1.5, root, 0.8], [2, fifth, 0.9], [3, next.bass[0] + (next.bass[0] > root ? -1 : 1), 0.7],
    ];
    line.forEach(([beat, midi, len], k) => {
      const s = pluck({
        freq: midiToHz(midi), sr, seconds: len * BEAT + 0.1, t60: 2.2, brightness: 0.12, position: 0.2,
        seed: bar * 10 + k + 5000, amp: 0.9, muteAt: len * BEAT,
      });
      mixInto(out, s, Math.round((at(bar, beat) + (rng() - 0.5) * 0.004) * sr));
    });
  });
}

function percussion(out: Float32Array, sr: number, kit: Kit, rng: Rng): void {
  const take = (list: Float32Array[]): Float32Array => list[Math.floor(rng() * list.length)]!;
  const hit = (list: Float32Array[], t: number, gain: number): void => {
    mixInto(out, take(list), Math.round((t + (rng() - 0.5) * 0.004) * sr), gain * (0.9 + rng() * 0.2));
  };
  for (let bar = 0; bar < BARS.length; bar++) {
    for (const b of [0, 1.5, 2]) hit(kit.bass, at(bar, b), 0.9);
    for (const b of [1, 3]) hit(kit.slap, at(bar, b), 0.8);
    for (const b of [0.75, 2.75, 3.75]) hit(kit.slap, at(bar, b), 0.22); // ghost notes
    for (const b of [1, 3]) hit(kit.clara, at(bar, b), 0.55);
    for (const b of [0.5, 1.5, 2.5, 3.5]) hit(kit.sorda, at(bar, b), 0.4);
  }
}

/** Renders the combat loop: exactly COMBAT_SECONDS long, mono, peak ≤ 0.9. */
export function renderCombat(sr: number): Float32Array {
  const rng = createRng(1400);
  const length = Math.round(COMBAT_SECONDS * sr);
  const seconds = COMBAT_SECONDS + PRE + TAIL;
  const mix = renderGuitar([rhythm(rng), lead(rng)], { sr, seconds, seed: 1401 });
  const low = new Float32Array(mix.length);
  bass(low, sr, rng);
  lowpass1(low, 900, sr);
  mixInto(mix, low, 0, 0.7);
  const drums = new Float32Array(mix.length);
  percussion(drums, sr, makeKit(sr, 1410), rng);
  mixInto(mix, drums, 0, 0.5);
  room(mix, sr, { size: 0.7, damp: 0.4, wet: 0.25 });
  highpass1(mix, 35, sr);
  // Normalise a little hot and let the limiter shave the few loudest rolls.
  return limitLoop(normalize(wrapTail(mix, length), 1.1), sr, 0.9, limit);
}
