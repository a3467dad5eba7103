// Tick inputs as compact text: runs of identical inputs, each as varints (zigzag for the signed
// move axes), in base64url. This is the input section of replay files and of ?inputs= links.
import { sanitiseInput, type TickInput } from '../sim/input';

export class InputCodecError extends Error {}

function pushVarint(out: number[], n: number): void {
  let v = n >>> 0;
  while (v >= 0x80) {
    out.push((v & 0x7f) | 0x80);
    v >>>= 7;
  }
  out.push(v);
}

const zigzag = (n: number) => ((n << 1) ^ (n >> 31)) >>> 0;
const unzigzag = (n: number) => (n >>> 1) ^ -(n & 1);

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

const same = (a: TickInput, b: TickInput) => a.moveX === b.moveX && a.moveY === b.moveY && a.aim === b.aim && a.buttons === b.buttons;

export function encodeInputs(inputs: readonly TickInput[]): string {
  const bytes: number[] = [];
  for (let i = 0; i < inputs.length; ) {
    const cur = sanitiseInput(inputs[i]!);
    let run = 1;
    while (i + run < inputs.length && same(sanitiseInput(inputs[i + run]!), cur)) run++;
    pushVarint(bytes, run);
    pushVarint(bytes, zigzag(cur.moveX));
    pushVarint(bytes, zigzag(cur.moveY));
    pushVarint(bytes, cur.aim);
    pushVarint(bytes, cur.buttons);
    i += run;
  }
  return toBase64url(bytes);
}

/** Decodes, refusing anything malformed or longer than `maxTicks` (a bound on memory). */
export function decodeInputs(text: string, maxTicks = 60 * 60 * 60): TickInput[] {
  const bytes = fromBase64url(text);
  let pos = 0;
  const read = (): number => {
    let v = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      if (pos >= bytes.length) throw new InputCodecError('inputs: ends in the middle of a run');
      const b = bytes[pos++]!;
      v += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return v;
    }
    throw new InputCodecError('inputs: a number is too long');
  };
  const out: TickInput[] = [];
  while (pos < bytes.length) {
    const run = read();
    const input = { moveX: unzigzag(read()), moveY: unzigzag(read()), aim: read(), buttons: read() };
    if (run < 1 || out.length + run > maxTicks) throw new InputCodecError(`inputs: more than ${maxTicks} ticks`);
    if (sanitiseInput(input) !== input) throw new InputCodecError(`inputs: tick ${out.length} is out of range`);
    for (let k = 0; k < run; k++) out.push(input);
  }
  return out;
}
