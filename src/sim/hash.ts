// stateHash: a 64-bit digest of everything in the world that affects the future. It walks the
// world generically (keys in creation order), so a new field is hashed without anyone remembering.
import { settleFuel } from './burning-cells';
import type { World } from './world';

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

interface Lanes {
  a: number;
  b: number;
}

function mixWord(h: Lanes, w: number): void {
  h.a = Math.imul(h.a ^ w, 0x01000193);
  h.b = Math.imul((h.b ^ w) + 0x9e3779b9, 0x85ebca6b);
  h.b ^= h.b >>> 15;
}

function mixNumber(h: Lanes, n: number): void {
  f64[0] = n;
  mixWord(h, u32[0]!);
  mixWord(h, u32[1]!);
}

function mixString(h: Lanes, s: string): void {
  mixWord(h, s.length);
  for (let i = 0; i < s.length; i++) mixWord(h, s.charCodeAt(i));
}

function mixValue(h: Lanes, v: unknown): void {
  if (typeof v === 'number') {
    mixWord(h, 1);
    mixNumber(h, v);
  } else if (typeof v === 'string') {
    mixWord(h, 2);
    mixString(h, v);
  } else if (typeof v === 'boolean') {
    mixWord(h, v ? 3 : 4);
  } else if (v === null || v === undefined) {
    mixWord(h, 5);
  } else if (Array.isArray(v)) {
    mixWord(h, 6);
    mixWord(h, v.length);
    for (const item of v) mixValue(h, item);
  } else if (ArrayBuffer.isView(v)) {
    const bytes = v as unknown as ArrayLike<number>;
    mixWord(h, 7);
    mixWord(h, bytes.length);
    for (let i = 0; i < bytes.length; i++) mixWord(h, bytes[i]!);
  } else if (typeof v === 'object') {
    mixWord(h, 8);
    for (const key of Object.keys(v)) {
      mixString(h, key);
      mixValue(h, (v as Record<string, unknown>)[key]);
    }
  }
}

function hex(n: number): string {
  return (n >>> 0).toString(16).padStart(8, '0');
}

/** 16 hex digits; equal hashes mean equal futures for equal inputs. */
export function stateHash(world: World): string {
  // The fire writes burning cells' fuel lazily: make it exact before reading it.
  settleFuel(world);
  const h: Lanes = { a: 0x811c9dc5, b: 0x2545f491 };
  mixString(h, world.level.id);
  for (const key of Object.keys(world)) {
    // The level is immutable (its id is mixed above); events are output, never read back.
    if (key === 'level' || key === 'events') continue;
    mixString(h, key);
    mixValue(h, (world as unknown as Record<string, unknown>)[key]);
  }
  return hex(h.a) + hex(h.b);
}
