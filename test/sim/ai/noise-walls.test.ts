// Hearing's wall count may stop early (noiseDistance's limit): it must decide exactly as a full count
// of every wall cell in between would, for every listener and loudness.
import { describe, expect, it } from 'vitest';
import { noiseDistance, WALL_DAMPING } from '../../../src/sim/ai/perception';
import { newTraceHit, traceSegment, TraceMode } from '../../../src/sim/trace';
import { makeRun, open, put, wall } from './helpers';

const W = 40;

/** A long room crossed by wall columns at uneven gaps, so lines to many listeners cross 0..6 walls. */
function walledRoom(): string[] {
  const rows = [wall(W), open(W), open(W), open(W), open(W), open(W), wall(W)];
  for (let y = 1; y <= 5; y++) for (const x of [6, 9, 10, 17, 23, 24, 31]) rows[y] = put(rows[y]!, { [x]: '#' });
  rows[3] = put(rows[3]!, { 2: '@' });
  return rows;
}

describe('noise through walls', () => {
  it('the early-stopping count agrees with the full count on which side of the loudness a noise falls', () => {
    const world = makeRun(walledRoom()).world;
    const hit = newTraceHit();
    const sx = 2.5 * 16;
    const sy = 3.5 * 16;
    let checked = 0;
    let muffled = 0;
    for (let tx = 3; tx < W - 1; tx++) {
      for (let ty = 1; ty <= 5; ty++) {
        const lx = (tx + 0.3) * 16;
        const ly = (ty + 0.6) * 16;
        const d = Math.sqrt((lx - sx) ** 2 + (ly - sy) ** 2);
        // The full count: walk on through every wall (a budget no line can reach).
        traceSegment(world, sx, sy, lx, ly, TraceMode.Sight, sx, sy, hit, 1_000_000);
        const full = d + hit.walls * WALL_DAMPING;
        for (const loudness of [60, 200, 320, 450, 600, 900]) {
          if (d > loudness) continue;
          const fast = noiseDistance(world, sx, sy, lx, ly, loudness);
          expect(fast > loudness).toBe(full > loudness);
          // Below the limit the figure is exact.
          if (full <= loudness) expect(fast).toBe(full);
          checked++;
          if (full > loudness && hit.walls > 1) muffled++;
        }
      }
    }
    // The room really exercises both outcomes through several walls.
    expect(checked).toBeGreaterThan(300);
    expect(muffled).toBeGreaterThan(50);
  });

  it('a trace with no wall budget still stops at the first wall and counts it', () => {
    const world = makeRun(walledRoom()).world;
    const hit = newTraceHit();
    traceSegment(world, 2.5 * 16, 3.5 * 16, 35.5 * 16, 3.5 * 16, TraceMode.Sight, 0, 0, hit);
    expect(hit.walls).toBe(1);
    expect(hit.tx).toBe(6);
    expect(hit.t).toBeLessThan(1);
  });
});
