// Steering's pick() takes its directions by score through moveHighestFirst and sortFrom: together
// they must give exactly a stable sort's order, ties and all.
import { describe, expect, it } from 'vitest';
import { moveHighestFirst, sortFrom } from '../../src/headless/bots/tactician/score-order';
import { stream } from '../sim/test-stream';

describe('score order', () => {
  it('the highest first, then the rest sorted, is a stable sort by score (highest first)', () => {
    const rnd = stream(5);
    for (let trial = 0; trial < 2000; trial++) {
      const count = 1 + Math.floor(rnd() * 17);
      // Entries k = -1..15 as steering lists them (some skipped), scores at k + 1, with many ties.
      const order = new Int32Array(17);
      const score = new Float64Array(17);
      let n = 0;
      for (let k = -1; n < count; k++) if (rnd() < 0.9 || 15 - k < count - n) order[n++] = k;
      for (let i = 0; i < 17; i++) score[i] = Math.floor(rnd() * 4) / 2 - (rnd() < 0.1 ? 1e-9 : 0);
      const want = Array.from(order.subarray(0, count)).sort((a, b) => score[b + 1]! - score[a + 1]!);
      moveHighestFirst(order, score, count);
      expect(order[0]).toBe(want[0]);
      sortFrom(order, score, 1, count);
      expect(Array.from(order.subarray(0, count))).toEqual(want);
    }
  });
});
