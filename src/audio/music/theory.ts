// The harmony both pieces share: the Andalusian cadence Am–G–F–E (A minor
// falling to its Phrygian-dominant E), as open-position guitar shapes.
import type { ChordShape } from '../synth/guitar';

export interface Chord {
  readonly shape: ChordShape;
  /** Lowest sounding string of the shape (where the thumb plays the root). */
  readonly root: number;
  /** Root and fifth for a bass an octave below the guitar, as MIDI notes. */
  readonly bass: readonly [number, number];
}

export const AM: Chord = { shape: [-1, 0, 2, 2, 1, 0], root: 1, bass: [33, 40] };
export const G: Chord = { shape: [3, 2, 0, 0, 0, 3], root: 0, bass: [31, 38] };
export const F: Chord = { shape: [1, 3, 3, 2, 1, 1], root: 0, bass: [29, 36] };
export const E: Chord = { shape: [0, 2, 2, 1, 0, 0], root: 0, bass: [28, 35] };

export const ANDALUSIAN: readonly Chord[] = [AM, G, F, E];

/** MIDI note of each open string, low E first. */
const OPEN_MIDI = [40, 45, 50, 55, 59, 64];

export function midiToHz(midi: number): number {
  return 440 * Math.pow(2, (midi - 69) / 12);
}

/** Where a melody note sits on the neck: the highest string that reaches it within the first 12 frets. */
export function place(midi: number): { string: number; fret: number } {
  for (let s = 5; s >= 0; s--) {
    const fret = midi - OPEN_MIDI[s]!;
    if (fret >= 0 && fret <= 12) return { string: s, fret };
  }
  return { string: 0, fret: Math.max(0, midi - OPEN_MIDI[0]!) };
}
