// Menu loop: slow 3/4 (72 BPM) fingerpicking over the Andalusian cadence,
// thumb on the root, i-m-a-m-i arpeggios on the middle strings, and a
// sparse melody on the top string that falls home to E at the end.
import { normalize } from '../synth/buffer';
import { emptyPart, renderGuitar, type GuitarPart } from '../synth/guitar';
import { limit } from '../synth/limiter';
import { createRng, type Rng } from '../synth/prng';
import { limitLoop, wrapTail } from './loop';
import { ANDALUSIAN, place } from './theory';

export const MENU_BPM = 72;
const BEAT = 60 / MENU_BPM;
const BAR = BEAT * 3;
const BARS = [...ANDALUSIAN, ...ANDALUSIAN];
/** Loop length: 8 bars of 3/4 = 20 s. */
export const MENU_SECONDS = BARS.length * BAR;
const PRE = 0.03;
const TAIL = 4;

/** Melody as [bar, beat, MIDI note]: E5 C5 | D5 B4 | C5 A4 | B4 G#4 | A4 C5 E5 | D5 B4 | C5 B4 A4 | G#4 F4 E4. */
const MELODY: readonly (readonly [number, number, number])[] = [
  [0, 0, 76], [0, 2, 72],
  [1, 0, 74], [1, 1.5, 71],
  [2, 0, 72], [2, 2, 69],
  [3, 0, 71], [3, 1, 68],
  [4, 0, 69], [4, 1, 72], [4, 2, 76],
  [5, 0, 74], [5, 2, 71],
  [6, 0, 72], [6, 1, 71], [6, 2, 69],
  [7, 0, 68], [7, 1, 65], [7, 2, 64],
];

/** Strings picked on each eighth of a bar after the thumb: i m a m i. */
const PATTERN = [2, 3, 4, 3, 2];
const PATTERN_VEL = [0.4, 0.45, 0.5, 0.42, 0.36];

const at = (bar: number, beat: number): number => PRE + bar * BAR + beat * BEAT;

function arrangement(rng: Rng): GuitarPart {
  const part = emptyPart();
  // A touch of rubato: a few ms either way, so it breathes like a player.
  const jitter = (): number => (rng() - 0.5) * 0.012;
  BARS.forEach((chord, bar) => {
    part.notes.push({ time: at(bar, 0) + jitter(), string: chord.root, fret: chord.shape[chord.root]!, vel: 0.7, bright: 0.2 });
    PATTERN.forEach((string, k) => {
      part.notes.push({ time: at(bar, (k + 1) / 2) + jitter(), string, fret: chord.shape[string]!, vel: PATTERN_VEL[k]! + rng() * 0.06, bright: 0.22 });
    });
  });
  for (const [bar, beat, midi] of MELODY) {
    const { string, fret } = place(midi);
    part.notes.push({ time: at(bar, beat) + jitter(), string, fret, vel: 0.78, bright: 0.4 });
  }
  return part;
}

/** Renders the menu loop: exactly MENU_SECONDS long, mono, peak ≤ 0.9. */
export function renderMenu(sr: number): Float32Array {
  const rng = createRng(1300);
  const length = Math.round(MENU_SECONDS * sr);
  const mix = renderGuitar(arrangement(rng), {
    sr, seconds: MENU_SECONDS + PRE + TAIL, seed: 1301, room: { size: 0.8, damp: 0.45, wet: 0.32 },
  });
  return limitLoop(normalize(wrapTail(mix, length), 0.95), sr, 0.9, limit);
}
