// Tick inputs as compact text, for replay files and ?inputs= links: bytes as base64url.
//
// Version 2 (written now) starts with the bytes 0, 2 (no version-1 text can: a version-1 stream
// that starts with a 0 holds no ticks and ends there) and range-codes the ticks (range-coder.ts),
// one after another. Per tick, each field says first whether it changed (a bit whose odds learn
// from whether it changed the tick before, and whether the move changed this tick: fingers, sticks
// and bots change several at once), then, if it did, how:
//   move:    the axis it leans on, the lesser axis' change and how far the leading axis is off
//            the full circle (see codeMove: sticks, keys and bots mostly push all the way);
//   buttons: which bits flipped, a learning bit per button and whether it was down;
//   aim:     the change, minus the change of the tick before when the aim moved then too (a
//            mouse or a bot sweeping at an even speed then costs almost nothing);
//   aimDist: its change, when the run has aim distances at all.
// A marker byte after the last tick catches a cut-off text.
//
// Version 1 (input-codec-v1.ts) is still read: replays and links made before it keep playing.
import { AIM_DIST_DEFAULT, ANGLE_MASK, BUTTON_BITS, HALF_TURN, MOVE_MAX, sanitiseInput, type TickInput } from '../sim';
import { decodeInputsV1 } from './input-codec-v1';
import { InputCodecError } from './input-codec-error';
import { IntModel, newProbs, RangeCoderError, RangeDecoder, RangeEncoder, UintModel } from './range-coder';

export { InputCodecError } from './input-codec-error';

/** The format this build writes. */
export const INPUT_CODEC_VERSION = 2;
const END_MARK = 0xa5;
/** The bit positions BUTTON_BITS allows. */
const BUTTON_POSITIONS = Array.from({ length: 31 }, (_, b) => b).filter((b) => (BUTTON_BITS >> b) & 1);

/** Shortest signed turn from one aim to another. */
const turn = (d: number) => ((d + HALF_TURN) & ANGLE_MASK) - HALF_TURN;

/** Every adaptive context of the format, fresh: the encoder and the decoder each build one. */
function newModels() {
  return {
    ticks: new UintModel(),
    hasAimDist: newProbs(1),
    /** Whether the move changed: [it changed the tick before * 2 + the tick before that]. */
    moveChanged: newProbs(4),
    /** Which axis the move leans on: [the previous move's]. */
    moveAxis: newProbs(2),
    /** The lesser axis: [its change, its change minus the last tick's (steering), its value (the axis swapped)]. */
    moveMinor: [new IntModel(), new IntModel(), new IntModel()],
    /** The leading axis' sign: [that axis' previous sign: -, 0, +]. */
    moveSign: newProbs(3),
    /** The leading axis' size minus the size that puts the move on the full circle. */
    moveMajor: new IntModel(),
    /** Whether the field changed: [it changed the tick before * 2 + the move changed this tick]. */
    buttonsChanged: newProbs(4),
    aimChanged: newProbs(4),
    aimDistChanged: newProbs(4),
    /** Whether a button flipped: [button * 2 + it was down]. */
    buttonFlips: newProbs(BUTTON_POSITIONS.length * 2),
    /** The aim's change: [minus the last tick's change, when the aim moved then too]. */
    aim: [new IntModel(), new IntModel()],
    aimDist: new IntModel(),
  };
}
type Models = ReturnType<typeof newModels>;

/** What both sides track between ticks. */
interface Track {
  prev: TickInput;
  /** Bit 0: the move changed last tick; bit 1: the tick before. */
  moveHistory: number;
  /** The lesser move axis' change last tick (0 unless the move changed then on the same axis). */
  minorDelta: number;
  buttonsChanged: number;
  aimChanged: number;
  /** The aim's change last tick. */
  aimDelta: number;
  aimDistChanged: number;
}

/**
 * The one description of the format, run by both sides: encoding, each call codes the value it is
 * given and returns it; decoding, the value given is ignored and the decoded one returned. So the
 * tick code below reads the input (null when decoding) only to say what to code, and builds the
 * tick from what was coded, and the two sides cannot drift apart.
 */
interface Coder {
  bit(probs: Uint16Array, context: number, value: () => number): number;
  int(model: IntModel, value: () => number): number;
}

function encoding(enc: RangeEncoder): Coder {
  return {
    bit: (probs, context, value) => {
      const v = value();
      enc.bit(probs, context, v);
      return v;
    },
    int: (model, value) => {
      const v = value();
      model.encode(enc, v);
      return v;
    },
  };
}

function decoding(dec: RangeDecoder): Coder {
  return { bit: (probs, context) => dec.bit(probs, context), int: (model) => model.decode(dec) };
}

/** The size of the leading axis that puts a move with this lesser axis on the full circle. */
function circle(minor: number): number {
  const m = Math.min(Math.abs(minor), MOVE_MAX);
  // sqrt is exactly rounded on every platform, and never lands on .5 for an integer square.
  return Math.round(Math.sqrt(MOVE_MAX * MOVE_MAX - m * m));
}

const leansX = (i: TickInput) => (Math.abs(i.moveX) > Math.abs(i.moveY) ? 1 : 0);
const signOf = (v: number) => (v < 0 ? 0 : v === 0 ? 1 : 2);

/**
 * A changed move. Sticks, keys and bots mostly push all the way (keys' diagonals too), so it is
 * coded as the axis it leans on, the lesser axis (its change; while steering, the change of its
 * change; after the lean swapped axes, its value), the leading axis' sign and how far that axis is
 * off the full circle (almost always 0).
 */
function codeMove(c: Coder, m: Models, t: Track, input: TickInput | null): { moveX: number; moveY: number } {
  const p = t.prev;
  const wasX = leansX(p);
  const x = c.bit(m.moveAxis, wasX, () => leansX(input!));
  const minorOf = (i: TickInput) => (x ? i.moveY : i.moveX);
  const prevMinor = minorOf(p);
  let minor: number;
  if (x !== wasX) minor = c.int(m.moveMinor[2]!, () => minorOf(input!));
  else if (t.moveHistory & 1) minor = prevMinor + t.minorDelta + c.int(m.moveMinor[1]!, () => minorOf(input!) - prevMinor - t.minorDelta);
  else minor = prevMinor + c.int(m.moveMinor[0]!, () => minorOf(input!) - prevMinor);
  t.minorDelta = x === wasX ? minor - prevMinor : 0;
  const majorOf = (i: TickInput) => (x ? i.moveX : i.moveY);
  const negative = c.bit(m.moveSign, signOf(majorOf(p)), () => (majorOf(input!) < 0 ? 1 : 0));
  const size = circle(minor) + c.int(m.moveMajor, () => Math.abs(majorOf(input!)) - circle(minor));
  const major = negative ? -size : size;
  return x ? { moveX: major, moveY: minor } : { moveX: minor, moveY: major };
}

/** Codes one tick (input: the tick, encoding; null, decoding) and returns it as coded. */
function codeTick(c: Coder, m: Models, t: Track, input: TickInput | null, withDist: boolean): TickInput {
  const p = t.prev;
  let { moveX, moveY, buttons, aim } = p;
  const move = c.bit(m.moveChanged, t.moveHistory, () => (input!.moveX !== p.moveX || input!.moveY !== p.moveY ? 1 : 0));
  if (move) ({ moveX, moveY } = codeMove(c, m, t, input));
  else t.minorDelta = 0;
  t.moveHistory = ((t.moveHistory << 1) | move) & 3;

  const buttonsChanged = c.bit(m.buttonsChanged, t.buttonsChanged * 2 + move, () => (input!.buttons !== p.buttons ? 1 : 0));
  if (buttonsChanged) {
    BUTTON_POSITIONS.forEach((b, k) => {
      buttons ^= c.bit(m.buttonFlips, k * 2 + ((p.buttons >> b) & 1), () => ((input!.buttons ^ p.buttons) >> b) & 1) << b;
    });
  }
  t.buttonsChanged = buttonsChanged;

  const aimChanged = c.bit(m.aimChanged, t.aimChanged * 2 + move, () => (input!.aim !== p.aim ? 1 : 0));
  const aimDelta = aimChanged ? turn(t.aimDelta + c.int(m.aim[t.aimChanged]!, () => turn(turn(input!.aim - p.aim) - t.aimDelta))) : 0;
  aim = (aim + aimDelta) & ANGLE_MASK;
  t.aimChanged = aimChanged;
  t.aimDelta = aimDelta;

  let tick: TickInput = { moveX, moveY, aim, buttons };
  if (withDist) {
    const was = p.aimDist!;
    const changed = c.bit(m.aimDistChanged, t.aimDistChanged * 2 + move, () => ((input!.aimDist ?? AIM_DIST_DEFAULT) !== was ? 1 : 0));
    const aimDist = changed ? was + c.int(m.aimDist, () => (input!.aimDist ?? AIM_DIST_DEFAULT) - was) : was;
    t.aimDistChanged = changed;
    tick = { ...tick, aimDist };
  }
  t.prev = tick;
  return tick;
}

function newTrack(withDist: boolean): Track {
  const start: TickInput = { moveX: 0, moveY: 0, aim: 0, buttons: 0 };
  return { prev: withDist ? { ...start, aimDist: AIM_DIST_DEFAULT } : start, moveHistory: 0, minorDelta: 0, buttonsChanged: 0, aimChanged: 0, aimDelta: 0, aimDistChanged: 0 };
}

const sameTick = (a: TickInput, b: TickInput) =>
  a.moveX === b.moveX && a.moveY === b.moveY && a.aim === b.aim && a.buttons === b.buttons && (a.aimDist ?? AIM_DIST_DEFAULT) === (b.aimDist ?? AIM_DIST_DEFAULT);

export function encodeInputs(inputs: readonly TickInput[]): string {
  const clean = inputs.map(sanitiseInput);
  const m = newModels();
  const enc = new RangeEncoder();
  m.ticks.encode(enc, clean.length);
  const withDist = clean.some((i) => i.aimDist !== undefined);
  enc.bit(m.hasAimDist, 0, withDist ? 1 : 0);
  const c = encoding(enc);
  const t = newTrack(withDist);
  clean.forEach((input, i) => {
    // What the decoder will rebuild: a slip in the format fails here, not in someone's replay.
    if (!sameTick(codeTick(c, m, t, input, withDist), input)) throw new Error(`input codec: tick ${i} does not code back to itself`);
  });
  enc.direct(END_MARK, 8);
  const body = enc.finish();
  const bytes = new Uint8Array(body.length + 2);
  bytes.set([0, INPUT_CODEC_VERSION]);
  bytes.set(body, 2);
  return toBase64url(bytes);
}

/** Decodes either version, refusing anything malformed or longer than `maxTicks` (a bound on memory). */
export function decodeInputs(text: string, maxTicks = 60 * 60 * 60): TickInput[] {
  const bytes = fromBase64url(text);
  const isV2 = bytes.length > 1 && bytes[0] === 0;
  if (isV2 && bytes[1] !== INPUT_CODEC_VERSION) throw new InputCodecError(`inputs: format ${bytes[1]} is newer than this game reads (${INPUT_CODEC_VERSION})`);
  const inputs = isV2 ? decodeV2(bytes.subarray(2), maxTicks) : decodeInputsV1(bytes, maxTicks);
  inputs.forEach((input, i) => {
    if (sanitiseInput(input) !== input) throw new InputCodecError(`inputs: tick ${i} is out of range`);
  });
  return inputs;
}

function decodeV2(bytes: Uint8Array, maxTicks: number): TickInput[] {
  try {
    const m = newModels();
    const dec = new RangeDecoder(bytes);
    const n = m.ticks.decode(dec);
    if (n > maxTicks) throw new InputCodecError(`inputs: more than ${maxTicks} ticks`);
    const withDist = dec.bit(m.hasAimDist, 0) === 1;
    const c = decoding(dec);
    const t = newTrack(withDist);
    const out: TickInput[] = [];
    for (let i = 0; i < n; i++) out.push(codeTick(c, m, t, null, withDist));
    if (dec.direct(8) !== END_MARK) throw new InputCodecError('inputs: the data is damaged or cut short');
    if (dec.left !== 0) throw new InputCodecError(`inputs: ${dec.left} bytes left over after ${n} ticks`);
    return out;
  } catch (err) {
    if (err instanceof RangeCoderError) throw new InputCodecError(`inputs: ${err.message}`);
    throw err;
  }
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const LOOKUP = new Map([...ALPHABET].map((c, i) => [c, i]));

function toBase64url(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2;
    for (let k = 0; k < chars; k++) s += ALPHABET[(n >> (18 - 6 * k)) & 63];
  }
  return s;
}

function fromBase64url(text: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < text.length; i += 4) {
    const chunk = text.slice(i, i + 4);
    if (chunk.length === 1) throw new InputCodecError('inputs: truncated base64url text');
    let n = 0;
    for (let k = 0; k < 4; k++) {
      const v = k < chunk.length ? LOOKUP.get(chunk[k]!) : 0;
      if (v === undefined) throw new InputCodecError(`inputs: "${chunk[k]}" at ${i + k} is not base64url`);
      n = (n << 6) | v;
    }
    out.push((n >> 16) & 255);
    if (chunk.length > 2) out.push((n >> 8) & 255);
    if (chunk.length > 3) out.push(n & 255);
  }
  return Uint8Array.from(out);
}
