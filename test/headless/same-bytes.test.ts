// The byte-grid comparisons bots use to redo only what changed must find exactly the bytes a plain
// byte-by-byte look finds: any length, aligned or not, differences anywhere (a word's edge, the tail).
import { describe, expect, it } from 'vitest';
import { nextDifference, sameBytes } from '../../src/headless/bots/same-bytes';
import { stream } from './grid-helpers';

/** The differing indices, one byte at a time. */
function plainDifferences(a: Uint8Array, b: Uint8Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) out.push(i);
  return out;
}

describe('byte grids compared', () => {
  it('nextDifference walks every difference and sameBytes agrees, over random grids and changes', () => {
    const rnd = stream(7);
    let differing = 0;
    for (let round = 0; round < 400; round++) {
      const length = Math.floor(rnd() * 300);
      // Now and then a view that starts off a word boundary (the comparison goes byte by byte then).
      const offset = round % 5 === 0 ? 1 + Math.floor(rnd() * 3) : 0;
      const a = new Uint8Array(length + offset).subarray(offset);
      for (let i = 0; i < length; i++) a[i] = Math.floor(rnd() * 5);
      const b = new Uint8Array(a);
      const changes = round % 3 === 0 ? 0 : 1 + Math.floor(rnd() * 6);
      for (let k = 0; k < changes && length > 0; k++) {
        const at = rnd() < 0.3 ? length - 1 - Math.floor(rnd() * 4) : Math.floor(rnd() * length);
        if (at >= 0) b[at] = (b[at]! + 1 + Math.floor(rnd() * 200)) & 255;
      }
      const want = plainDifferences(a, b);
      const got: number[] = [];
      for (let i = nextDifference(a, b, 0); i >= 0; i = nextDifference(a, b, i + 1)) got.push(i);
      expect(got, `round ${round}`).toEqual(want);
      expect(sameBytes(a, b), `round ${round}`).toBe(want.length === 0);
      if (want.length > 0) differing++;
    }
    expect(differing).toBeGreaterThan(200);
  });
});
