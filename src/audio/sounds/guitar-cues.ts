// Short guitar pieces used as effects: UI plucks and the two stings.
import { emptyPart, rasgueado, renderGuitar, strum } from '../synth/guitar';
import { finish, SR } from './common';

/** Menu cursor: one muted high pluck. */
export function uiMove(): Float32Array {
  const part = emptyPart();
  part.notes.push({ time: 0.002, string: 5, fret: 12, vel: 0.6, bright: 0.5, hold: 0.07 });
  return finish(renderGuitar(part, { sr: SR, seconds: 0.2, seed: 901 }), 0.7);
}

/** Menu confirm: a quick rising fifth, let ring. */
export function uiSelect(): Float32Array {
  const part = emptyPart();
  part.notes.push({ time: 0.002, string: 4, fret: 10, vel: 0.7, bright: 0.5, hold: 0.35 });
  part.notes.push({ time: 0.07, string: 5, fret: 12, vel: 0.8, bright: 0.55, hold: 0.3 });
  return finish(renderGuitar(part, { sr: SR, seconds: 0.45, seed: 902 }), 0.7);
}

/** Menu back: a falling pair, muted. */
export function uiBack(): Float32Array {
  const part = emptyPart();
  part.notes.push({ time: 0.002, string: 5, fret: 7, vel: 0.65, bright: 0.4, hold: 0.12 });
  part.notes.push({ time: 0.075, string: 4, fret: 5, vel: 0.6, bright: 0.35, hold: 0.15 });
  return finish(renderGuitar(part, { sr: SR, seconds: 0.35, seed: 903 }), 0.7);
}

const E_MAJOR = [0, 2, 2, 1, 0, 0];

/** Level cleared: a picado run down the Phrygian scale (C B A G F E) into a rasgueado on E major, let ring. */
export function clearSting(): Float32Array {
  const part = emptyPart();
  const run: readonly (readonly [number, number])[] = [[4, 1], [4, 0], [3, 2], [3, 0], [2, 3], [2, 2]];
  run.forEach(([string, fret], k) => part.notes.push({ time: 0.01 + k * 0.065, string, fret, vel: 0.75, bright: 0.6 }));
  rasgueado(part, 0.42, E_MAJOR, 0.85, 0.03);
  strum(part, 0.62, E_MAJOR, { dir: 1, spread: 0.03, vel: 1, bright: 0.6 });
  part.notes.push({ time: 0.9, string: 5, fret: 12, vel: 0.6, bright: 0.45 });
  return finish(renderGuitar(part, { sr: SR, seconds: 3.2, seed: 911, room: { size: 0.78, damp: 0.35, wet: 0.35 } }), 0.8, 0.4);
}

/** Death: one slow, dark down-strum of E minor low on the neck, then the bass falls F -> E (the Phrygian half step). */
export function deathSting(): Float32Array {
  const part = emptyPart();
  strum(part, 0.01, [0, 2, 2, 0, -1, -1], { dir: 1, spread: 0.32, vel: 0.8, bright: 0.08 });
  part.notes.push({ time: 1.1, string: 0, fret: 1, vel: 0.8, bright: 0.05 });
  part.notes.push({ time: 1.7, string: 0, fret: 0, vel: 0.85, bright: 0.05 });
  return finish(renderGuitar(part, { sr: SR, seconds: 3.6, seed: 921, tone: -0.8, room: { size: 0.8, damp: 0.5, wet: 0.4 } }), 0.8, 0.5);
}
