// The duel at the ranch, in the film's flamenco spirit: a church bell and a guitar tremolo for the
// standoff, a stab of F over E (the Phrygian clash) when the target moves, then the E major it
// resolves to when El wins, or a dull fall F -> E when it goes wrong.
import { mixInto } from '../synth/buffer';
import { applyAD } from '../synth/envelope';
import { highpass1, lowpass1 } from '../synth/filters';
import { emptyPart, rasgueado, renderGuitar, strum } from '../synth/guitar';
import { addModes, type Mode } from '../synth/modal';
import { room } from '../synth/reverb';
import { finish, noise, silence, SR } from './common';

/** F major over an open low E: E C F A C F. */
const F_OVER_E = [0, 3, 3, 2, 1, 1];
const E_MAJOR = [0, 2, 2, 1, 0, 0];

/** A church bell's partials around `prime` (hum an octave down, a minor third, fifth, nominal), each with its own ring. */
function bell(prime: number, amp: number, ring: number): Mode[] {
  return [
    { freq: prime * 0.5, amp: amp * 0.5, tau: ring * 1.6 },
    { freq: prime, amp: amp * 0.8, tau: ring },
    { freq: prime * 1.19, amp: amp * 0.55, tau: ring * 0.8 },
    { freq: prime * 1.5, amp: amp * 0.35, tau: ring * 0.55 },
    { freq: prime * 2, amp: amp * 0.6, tau: ring * 0.6 },
    { freq: prime * 2.51, amp: amp * 0.25, tau: ring * 0.35 },
    { freq: prime * 3.01, amp: amp * 0.15, tau: ring * 0.25 },
  ];
}

function strike(out: Float32Array, at: number, prime: number, amp: number, ring: number, seed: number): void {
  const i = Math.round(at * SR);
  addModes(out, SR, bell(prime, amp, ring), i);
  mixInto(out, applyAD(highpass1(noise(0.01, seed), 2000, SR), SR, 0.0002, 0.002), i, amp * 0.3);
}

/** The standoff: a far bell tolls, a low E, and a tremolo on F creeping louder. */
export function duelStandoff(): Float32Array {
  const seconds = 2.4;
  const part = emptyPart();
  part.notes.push({ time: 0.05, string: 0, fret: 0, vel: 0.7, bright: 0.1 });
  for (let k = 0; k < 14; k++) part.notes.push({ time: 0.6 + k * 0.095, string: 1, fret: 8, vel: 0.2 + k * 0.02, bright: 0.35 });
  const out = renderGuitar(part, { sr: SR, seconds, seed: 2401, tone: -0.3 });
  const toll = silence(seconds);
  strike(toll, 0, 164.8, 0.5, 0.9, 2402);
  lowpass1(toll, 1800, SR); // far away, over the courtyard wall
  mixInto(out, toll, 0, 1);
  room(out, SR, { size: 0.8, damp: 0.45, wet: 0.35 });
  return finish(out, 0.75, 0.3);
}

/** The target goes for his gun: a hard rasgueado stab on F over E with a bright bell strike. */
export function duelCue(): Float32Array {
  const part = emptyPart();
  rasgueado(part, 0.004, F_OVER_E, 1, 0.018);
  const out = renderGuitar(part, { sr: SR, seconds: 1, seed: 2411, tone: 0.4 });
  strike(out, 0.004, 659.3, 0.35, 0.3, 2412);
  room(out, SR, { size: 0.7, damp: 0.4, wet: 0.25 });
  return finish(out, 0.85, 0.15);
}

/** El is faster: the clash resolves, a rasgueado onto E major let ring, the bell answering. */
export function duelWin(): Float32Array {
  const part = emptyPart();
  rasgueado(part, 0.01, E_MAJOR, 0.9, 0.028);
  strum(part, 0.2, E_MAJOR, { dir: 1, spread: 0.03, vel: 1, bright: 0.6 });
  part.notes.push({ time: 0.5, string: 5, fret: 12, vel: 0.55, bright: 0.5 });
  const out = renderGuitar(part, { sr: SR, seconds: 2, seed: 2421 });
  strike(out, 0.2, 329.6, 0.25, 0.8, 2422);
  room(out, SR, { size: 0.78, damp: 0.35, wet: 0.35 });
  return finish(out, 0.8, 0.3);
}

/** Too early or too late: a choked chop on the clash, then the bass falls F -> E, dark, under a dull bell. */
export function duelFoul(): Float32Array {
  const part = emptyPart();
  strum(part, 0.01, F_OVER_E, { dir: 1, spread: 0.02, vel: 0.9, hold: 0.09, bright: 0.3 });
  part.notes.push({ time: 0.35, string: 0, fret: 1, vel: 0.85, bright: 0.05 });
  part.notes.push({ time: 0.95, string: 0, fret: 0, vel: 0.85, bright: 0.05 });
  const out = renderGuitar(part, { sr: SR, seconds: 1.9, seed: 2431, tone: -0.8 });
  const toll = silence(1.9);
  strike(toll, 0.35, 155.6, 0.4, 0.7, 2432); // a bell a half step flat of E: wrong
  lowpass1(toll, 1200, SR);
  mixInto(out, toll, 0, 1);
  room(out, SR, { size: 0.8, damp: 0.5, wet: 0.4 });
  return finish(out, 0.8, 0.3);
}
