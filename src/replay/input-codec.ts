// Tick inputs as compact text, for replay files and ?inputs= links. Columns, not rows: each field
// of TickInput is its own stream, because they change at very different rates —
//   moveX, moveY, buttons: runs of (length, value) — keys change a few times a second;
//   aim: the change from the previous tick, with runs of "no change" collapsed — the mouse moves
//        most ticks, but by little, so most ticks cost one byte.
//   aimDist (the crosshair's distance): coded as aim, after it; left out when no tick has one, so
//        files from before it existed are still read (every tick then has the default distance).
// All numbers are varints (zigzag for signed ones); the bytes are base64url.
import { AIM_DIST_DEFAULT, ANGLE_MASK, HALF_TURN, sanitiseInput, type TickInput } from '../sim';

export class InputCodecError extends Error {}

const zigzag = (n: number) => ((n << 1) ^ (n >> 31)) >>> 0;
const unzigzag = (n: number) => (n >>> 1) ^ -(n & 1);

function pushVarint(out: number[], n: number): void {
  let v = n >>> 0;
  while (v >= 0x80) {
    out.push((v & 0x7f) | 0x80);
    v >>>= 7;
  }
  out.push(v);
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const LOOKUP = new Map([...ALPHABET].map((c, i) => [c, i]));

function toBase64url(bytes: readonly number[]): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2;
    for (let k = 0; k < chars; k++) s += ALPHABET[(n >> (18 - 6 * k)) & 63];
  }
  return s;
}

function fromBase64url(text: string): number[] {
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
  return out;
}

/** Runs of equal values: (length, value) pairs. */
function pushRuns(out: number[], values: readonly number[]): void {
  for (let i = 0; i < values.length; ) {
    let run = 1;
    while (i + run < values.length && values[i + run] === values[i]) run++;
    pushVarint(out, run);
    pushVarint(out, values[i]!);
    i += run;
  }
}

export function encodeInputs(inputs: readonly TickInput[]): string {
  const clean = inputs.map(sanitiseInput);
  const out: number[] = [];
  pushVarint(out, clean.length);
  pushRuns(out, clean.map((i) => zigzag(i.moveX)));
  pushRuns(out, clean.map((i) => zigzag(i.moveY)));
  pushRuns(out, clean.map((i) => i.buttons));
  // Aim: signed shortest change per tick (wrapping around the turn).
  pushDeltas(out, clean.map((i) => i.aim), (d) => ((d + HALF_TURN) & ANGLE_MASK) - HALF_TURN);
  if (clean.some((i) => i.aimDist !== undefined)) pushDeltas(out, clean.map((i) => i.aimDist ?? AIM_DIST_DEFAULT), (d) => d);
  return toBase64url(out);
}

/** Changes from the previous value (0 before the first); a 0 is followed by how many ticks it stays unchanged. */
function pushDeltas(out: number[], values: readonly number[], shortest: (delta: number) => number): void {
  let prev = 0;
  for (let i = 0; i < values.length; ) {
    const delta = shortest(values[i]! - prev);
    if (delta === 0) {
      let run = 1;
      while (i + run < values.length && values[i + run] === prev) run++;
      pushVarint(out, 0);
      pushVarint(out, run);
      i += run;
    } else {
      pushVarint(out, zigzag(delta));
      prev = values[i]!;
      i++;
    }
  }
}

/** Decodes, refusing anything malformed or longer than `maxTicks` (a bound on memory). */
export function decodeInputs(text: string, maxTicks = 60 * 60 * 60): TickInput[] {
  const bytes = fromBase64url(text);
  let pos = 0;
  const read = (): number => {
    let v = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      if (pos >= bytes.length) throw new InputCodecError('inputs: ends in the middle of the data');
      const b = bytes[pos++]!;
      v += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return v;
    }
    throw new InputCodecError('inputs: a number is too long');
  };
  if (bytes.length === 0) return [];
  const n = read();
  if (n > maxTicks) throw new InputCodecError(`inputs: more than ${maxTicks} ticks`);
  const column = (name: string, decode: (v: number) => number): number[] => {
    const values: number[] = [];
    while (values.length < n) {
      const run = read();
      const value = decode(read());
      if (run < 1 || values.length + run > n) throw new InputCodecError(`inputs: ${name} runs do not add up to ${n} ticks`);
      for (let k = 0; k < run; k++) values.push(value);
    }
    return values;
  };
  const moveX = column('moveX', unzigzag);
  const moveY = column('moveY', unzigzag);
  const buttons = column('buttons', (v) => v);
  const deltas = (name: string, wrap: (v: number) => number): number[] => {
    const values: number[] = [];
    let prev = 0;
    while (values.length < n) {
      const token = read();
      if (token === 0) {
        const run = read();
        if (run < 1 || values.length + run > n) throw new InputCodecError(`inputs: ${name} runs do not add up to ${n} ticks`);
        for (let k = 0; k < run; k++) values.push(prev);
      } else {
        prev = wrap(prev + unzigzag(token));
        values.push(prev);
      }
    }
    return values;
  };
  const aim = deltas('aim', (v) => v & ANGLE_MASK);
  // Older files end here: no aim distances, every tick aims at the default distance.
  const aimDist = pos < bytes.length ? deltas('aimDist', (v) => v) : null;
  if (pos !== bytes.length) throw new InputCodecError(`inputs: ${bytes.length - pos} bytes left over after ${n} ticks`);
  const out: TickInput[] = [];
  for (let i = 0; i < n; i++) {
    const base = { moveX: moveX[i]!, moveY: moveY[i]!, aim: aim[i]!, buttons: buttons[i]! };
    const input: TickInput = aimDist ? { ...base, aimDist: aimDist[i]! } : base;
    if (sanitiseInput(input) !== input) throw new InputCodecError(`inputs: tick ${i} is out of range`);
    out.push(input);
  }
  return out;
}
