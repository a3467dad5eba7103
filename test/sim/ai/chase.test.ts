// Losing sight: chase to the last known position, search around it, then go back to the post.
import { describe, expect, it } from 'vitest';
import { AiMode } from '../../../src/sim/ai/ai-state';
import { enemy, eventTicks, makeRun, open, player, put, runUntil, tick, wall } from './helpers';

const W = 30;

function rooms(): string[] {
  const rows = [wall(W), open(W), open(W), open(W), open(W), open(W), wall(W)];
  for (let y = 1; y <= 5; y++) rows[y] = put(rows[y]!, { 16: '#' });
  rows[3] = put(rows[3]!, { 3: '@', 12: 'e' });
  return rows;
}

describe('losing the target', () => {
  it('chases to the last known position, searches, then returns to the post', () => {
    for (const seed of [1, 2, 3]) {
      const run = makeRun(rooms(), {}, seed);
      const e = enemy(run);
      const p = player(run);
      const postX = e.x;
      const postY = e.y;
      expect(runUntil(run, 200, () => eventTicks(run, 'shot', e.id).length > 0)).toBeGreaterThan(0);
      expect(e.ai!.mode === AiMode.Engage || e.ai!.mode === AiMode.Cover).toBe(true);
      // El vanishes into the sealed room on the right.
      const lastX = p.x;
      const lastY = p.y;
      p.x = p.px = 22 * 16 + 8;
      p.y = p.py = 3 * 16 + 8;
      const modes: AiMode[] = [e.ai!.mode];
      let closest = Infinity;
      let searchedAt = -1;
      for (let t = 0; t < 3000; t++) {
        tick(run);
        const m = e.ai!.mode;
        if (m !== modes[modes.length - 1]) modes.push(m);
        if (m === AiMode.Chase) closest = Math.min(closest, Math.hypot(e.x - lastX, e.y - lastY));
        if (m === AiMode.Search && searchedAt < 0) searchedAt = t;
        if (m === AiMode.Post && modes.includes(AiMode.Search)) break;
      }
      expect(modes).toContain(AiMode.Chase);
      expect(modes.indexOf(AiMode.Search)).toBeGreaterThan(modes.indexOf(AiMode.Chase));
      expect(modes.indexOf(AiMode.Return)).toBeGreaterThan(modes.indexOf(AiMode.Search));
      expect(modes[modes.length - 1]).toBe(AiMode.Post);
      // It went all the way to where El was last seen, and searched for a while (several seconds).
      expect(closest).toBeLessThan(10);
      expect(searchedAt).toBeGreaterThan(0);
      // Back home, facing the way it was posted, no longer alert.
      runUntil(run, 120, () => false);
      expect(Math.hypot(e.x - postX, e.y - postY)).toBeLessThanOrEqual(4);
      expect(e.ai!.aware).toBe(false);
      expect(e.ai!.mode).toBe(AiMode.Post);
      expect(e.aim).toBe(e.ai!.postFacing);
    }
  });

  it('an enemy that spots El again while searching engages again', () => {
    const run = makeRun(rooms(), {}, 9);
    const e = enemy(run);
    const p = player(run);
    runUntil(run, 200, () => eventTicks(run, 'shot', e.id).length > 0);
    const x0 = p.x;
    p.x = p.px = 22 * 16 + 8;
    expect(runUntil(run, 1000, () => e.ai!.mode === AiMode.Search)).toBeGreaterThan(0);
    p.x = p.px = x0;
    const shotsBefore = eventTicks(run, 'shot', e.id).length;
    expect(runUntil(run, 300, () => eventTicks(run, 'shot', e.id).length > shotsBefore)).toBeGreaterThan(0);
  });
});
