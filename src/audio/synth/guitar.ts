// A nylon-string guitar: six Karplus–Strong strings, a little fingertip/nail
// noise at each pluck, nail "brushes" for strums, and a body: resonant peaks
// around 100/200/400 Hz and a soft top end. The body and the dark, soft
// excitation are what make it a guitar rather than a harpsichord.
import { mixInto, scale } from './buffer';
import { applyAD } from './envelope';
import { Biquad, biquad, highpass1, lowpass1, sweep } from './filters';
import { pluck } from './karplus';
import { whiteNoise } from './noise';
import { between, createRng, type Rng } from './prng';
import { room, type RoomOptions } from './reverb';

/** Open strings, low E to high e (Hz). */
export const OPEN_STRINGS: readonly number[] = [82.41, 110, 146.83, 196, 246.94, 329.63];

export function fretFreq(string: number, fret: number): number {
  return OPEN_STRINGS[string]! * Math.pow(2, fret / 12);
}

export interface GuitarNote {
  readonly time: number;
  /** 0 = low E … 5 = high e. A new note on a string chokes the one before, as on a real guitar. */
  readonly string: number;
  readonly fret: number;
  /** 0..1 */
  readonly vel: number;
  /** 0..1; default follows velocity (harder = brighter). */
  readonly bright?: number;
  /** Choke after this many seconds (staccato, chops, muted UI plucks). */
  readonly hold?: number;
}

/** A nail sweeping across the strings: the "chk" that makes strum direction audible. */
export interface Brush {
  readonly time: number;
  readonly dur: number;
  /** 1 = down (bass strings first, rising hiss), -1 = up. */
  readonly dir: 1 | -1;
  readonly vel: number;
}

export interface GuitarPart {
  readonly notes: GuitarNote[];
  readonly brushes: Brush[];
}

export interface GuitarOptions {
  readonly sr: number;
  readonly seconds: number;
  readonly seed: number;
  readonly room?: RoomOptions;
  /** Extra body/pluck brightness, -1..1. */
  readonly tone?: number;
}

/**
 * Renders guitar parts to mono PCM (not normalised). Each part is its own
 * set of six strings (a rhythm and a lead guitar don't choke each other);
 * all share one body and room.
 */
export function renderGuitar(parts: GuitarPart | readonly GuitarPart[], o: GuitarOptions): Float32Array {
  const { sr } = o;
  const out = new Float32Array(Math.round(o.seconds * sr));
  const rng = createRng(o.seed);
  for (const part of Array.isArray(parts) ? parts : [parts]) renderStrings(out, part, o, rng);
  body(out, sr, o.tone ?? 0);
  if (o.room) room(out, sr, o.room);
  return out;
}

function renderStrings(out: Float32Array, part: GuitarPart, o: GuitarOptions, rng: Rng): void {
  const { sr } = o;
  const notes = [...part.notes].sort((p, q) => p.time - q.time || p.string - q.string);
  const nextOnString = new Map<GuitarNote, number>();
  const last = new Map<number, GuitarNote>();
  for (const note of notes) {
    const prev = last.get(note.string);
    if (prev) nextOnString.set(prev, note.time);
    last.set(note.string, note);
  }
  for (const note of notes) {
    const freq = fretFreq(note.string, note.fret);
    const t60 = Math.min(4.5, Math.max(0.9, 3.2 * Math.sqrt(110 / freq)));
    const next = nextOnString.get(note);
    const choke = Math.min(note.hold ?? Infinity, next === undefined ? Infinity : next - note.time + 0.004);
    const seconds = Math.min(o.seconds - note.time, choke + 0.12, t60 * 0.9);
    if (seconds <= 0) continue;
    const bright = Math.min(1, Math.max(0, (note.bright ?? 0.15 + note.vel * 0.35) + (o.tone ?? 0) * 0.2));
    const s = pluck({
      freq, sr, seconds, t60, brightness: bright,
      position: between(rng, 0.11, 0.19),
      seed: Math.floor(rng() * 0x7fffffff),
      amp: note.vel * 0.5,
      muteAt: Number.isFinite(choke) ? choke : undefined,
      muteT60: 0.06,
    });
    mixInto(out, s, Math.round(note.time * sr));
    mixInto(out, fingerNoise(sr, note.vel, bright, Math.floor(rng() * 0x7fffffff)), Math.round(note.time * sr));
  }
  for (const b of part.brushes) mixInto(out, brushNoise(sr, b, Math.floor(rng() * 0x7fffffff)), Math.round(b.time * sr));
}

/** The fleshy tick of a finger leaving the string: a few ms of band-passed noise. */
function fingerNoise(sr: number, vel: number, bright: number, seed: number): Float32Array {
  const n = Math.round(sr * 0.012);
  const buf = whiteNoise(n, createRng(seed));
  biquad(buf, 'bandpass', 1800 + 2200 * bright, 1.2, sr);
  return applyAD(buf, sr, 0.0008, 0.003).map((x) => x * vel * 0.22);
}

function brushNoise(sr: number, b: Brush, seed: number): Float32Array {
  const n = Math.round(sr * (b.dur + 0.04));
  const buf = whiteNoise(n, createRng(seed));
  const [lo, hi] = b.dir === 1 ? [1300, 4200] : [4200, 1800];
  sweep(buf, 'bandpass', lo, hi, 1.1, sr);
  applyAD(buf, sr, b.dur * 0.5, 0.012 + b.dur * 0.3);
  return buf.map((x) => x * b.vel * 0.35);
}

/** The wooden box: air and top-plate resonances, a soft high end, no rumble. */
function body(buf: Float32Array, sr: number, tone: number): void {
  const modes = [
    [102, 5, 0.9],
    [205, 7, 0.55],
    [410, 4, 0.3],
    [1150, 3, 0.12],
  ] as const;
  const dry = buf.slice();
  scale(buf, 0.8);
  for (const [f, q, g] of modes) new Biquad().set('bandpass', f, q, sr).processAdd(dry, buf, g);
  lowpass1(buf, 4200 + 2500 * tone, sr);
  highpass1(buf, 45, sr);
}

/** Frets per string for a chord, low E first; -1 = not played. */
export type ChordShape = readonly number[];

export interface StrumOptions {
  /** 1 = down (low to high), -1 = up. */
  readonly dir: 1 | -1;
  /** Seconds from first to last string. */
  readonly spread: number;
  readonly vel: number;
  /** Only strings in [lo, hi] sound (up-strums catch the top strings). */
  readonly lo?: number;
  readonly hi?: number;
  /** Choke all strings after this many seconds (a percussive chop). */
  readonly hold?: number;
  readonly bright?: number;
}

/** Adds a strum of `shape` at `time` to `part`. */
export function strum(part: GuitarPart, time: number, shape: ChordShape, o: StrumOptions): GuitarPart {
  const strings: number[] = [];
  for (let s = o.lo ?? 0; s <= (o.hi ?? 5); s++) if ((shape[s] ?? -1) >= 0) strings.push(s);
  if (o.dir === -1) strings.reverse();
  const step = strings.length > 1 ? o.spread / (strings.length - 1) : 0;
  strings.forEach((s, i) => {
    // Strings struck later in a strum are struck a little softer.
    part.notes.push({ time: time + i * step, string: s, fret: shape[s]!, vel: o.vel * (1 - i * 0.04), bright: o.bright, hold: o.hold });
  });
  part.brushes.push({ time, dur: Math.max(0.008, o.spread), dir: o.dir, vel: o.vel });
  return part;
}

/** Flamenco rasgueado: four fingers flicked out one after another, each a fast down-strum. */
export function rasgueado(part: GuitarPart, time: number, shape: ChordShape, vel: number, gap = 0.032): GuitarPart {
  for (let f = 0; f < 4; f++) strum(part, time + f * gap, shape, { dir: 1, spread: 0.014, vel: vel * (0.75 + f * 0.08), bright: 0.55 });
  return part;
}

export function emptyPart(): GuitarPart {
  return { notes: [], brushes: [] };
}
