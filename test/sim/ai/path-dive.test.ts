// The path search's dive (diveRoute in pathfind.ts) is a shortcut: when every step of the ideal
// route (diagonal first, then straight) is open, findPath answers without its queue. On random
// grids (open ones, so dives are common, and cluttered ones, so they often fail), with doors, hidden
// doors, gaps, tables, fire counted or not and starts on the map's border, it must give exactly the
// result and route of the full search.
import { describe, expect, it } from 'vitest';
import { BurnState } from '../../../src/sim/burn-state';
import { DoorPass, findPath } from '../../../src/sim/ai/pathfind';
import { createWorld, type World } from '../../../src/sim/world';
import { asciiLevel } from '../ascii-level';
import { stream } from '../test-stream';

/** A random grid with `clutter` percent of blocking or special cells, and El somewhere. */
function randomRows(rnd: () => number, w: number, h: number, clutter: number): string[] {
  const rows: string[] = [];
  for (let y = 0; y < h; y++) {
    let row = '';
    for (let x = 0; x < w; x++) {
      const r = rnd() * 100;
      if (r >= clutter) {
        row += '.';
        continue;
      }
      const kind = rnd();
      row += kind < 0.45 ? '#' : kind < 0.6 ? '~' : kind < 0.72 ? 'T' : kind < 0.9 ? 'D' : 'H';
    }
    rows.push(row);
  }
  const ex = Math.floor(rnd() * w);
  const ey = Math.floor(rnd() * h);
  rows[ey] = rows[ey]!.slice(0, ex) + '@' + rows[ey]!.slice(ex + 1);
  return rows;
}

/** Some cells burning; counted as fire.ts counts them, or left uncounted as only a test might. */
function setFire(world: World, rnd: () => number): void {
  world.burn.fill(BurnState.Unburnt);
  if (rnd() < 0.5) {
    world.burningCells = 0;
    return;
  }
  let count = 0;
  const cells = Math.floor(rnd() * (world.burn.length >> 3));
  for (let k = 0; k < cells; k++) {
    const i = Math.floor(rnd() * world.burn.length);
    if (world.burn[i] !== BurnState.Burning) count++;
    world.burn[i] = BurnState.Burning;
  }
  world.burningCells = rnd() < 0.8 ? count : 0;
}

/** The dive's route from (sx, sy) to (gx, gy): diagonal steps while both axes differ, then straight. */
function diveCells(sx: number, sy: number, gx: number, gy: number, w: number): number[] {
  const cells: number[] = [];
  let x = sx;
  let y = sy;
  while (x !== gx || y !== gy) {
    x += Math.sign(gx - x);
    y += Math.sign(gy - y);
    cells.push(y * w + x);
  }
  return cells;
}

describe('path search dive', () => {
  it('gives the full search’s result and route on random grids, open and cluttered', () => {
    const rnd = stream(31);
    const pick = (n: number) => Math.floor(rnd() * n);
    let dived = 0;
    let searched = 0;
    for (let g = 0; g < 80; g++) {
      const w = 4 + pick(30);
      const h = 4 + pick(22);
      const world = createWorld(asciiLevel(randomRows(rnd, w, h, [0, 4, 12, 30][g % 4]!)), g);
      for (let round = 0; round < 4; round++) {
        setFire(world, rnd);
        for (let q = 0; q < 40; q++) {
          // Starts and goals anywhere (the border, walls, gaps included), often near each other.
          const sx = pick(w);
          const sy = pick(h);
          const near = rnd() < 0.6;
          const gx = near ? Math.min(w - 1, Math.max(0, sx + pick(11) - 5)) : pick(w);
          const gy = near ? Math.min(h - 1, Math.max(0, sy + pick(11) - 5)) : pick(h);
          const doors = pick(3) as DoorPass;
          const quick: number[] = [7, 7, 7];
          const full: number[] = [];
          const a = findPath(world, sx, sy, gx, gy, doors, quick);
          const b = findPath(world, sx, sy, gx, gy, doors, full, true, false);
          expect(a).toBe(b);
          expect(quick).toEqual(full);
          if (a === 1 && full.length > 0 && full.join() === diveCells(sx, sy, gx, gy, w).join()) dived++;
          searched++;
        }
      }
    }
    // Both kinds are well represented: routes the dive answers and routes it leaves to the search.
    expect(dived).toBeGreaterThan(searched / 5);
    expect(dived).toBeLessThan((searched * 4) / 5);
  });
});
