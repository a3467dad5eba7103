// The path search's regions (path-regions.ts) only end floods early: on many random grids, with
// doors, gaps, fire and cells changed in place between searches (as doors, tables, glass and fire
// change them in play), findPath gives exactly the route of a search that floods to the end, and the
// bound never claims a reachable goal unreachable nor a closer cell than any reachable one.
import { describe, expect, it } from 'vitest';
import { BurnState } from '../../../src/sim/burn-state';
import { cloneWorld } from '../../../src/sim/clone';
import { Cell } from '../../../src/sim/level-data';
import { octile } from '../../../src/sim/ai/path-costs';
import { unreachableGoalBound } from '../../../src/sim/ai/path-regions';
import { DoorPass, findPath, passable } from '../../../src/sim/ai/pathfind';
import { createWorld, type World } from '../../../src/sim/world';
import { asciiLevel } from '../ascii-level';

/** A small seeded stream (tests only need repeatable variety). */
function stream(seed: number): (n: number) => number {
  let s = seed >>> 0;
  return (n) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % n;
  };
}

/** A random grid: mostly floor, with walls, gaps, tables, doors (some hidden) and an El to place. */
function randomRows(rnd: (n: number) => number, w: number, h: number): string[] {
  const rows: string[] = [];
  for (let y = 0; y < h; y++) {
    let row = '';
    for (let x = 0; x < w; x++) {
      const r = rnd(100);
      row += r < 22 ? '#' : r < 27 ? '~' : r < 30 ? 'T' : r < 36 ? 'D' : r < 38 ? 'H' : '.';
    }
    rows.push(row);
  }
  // El somewhere (the level needs one); his cell is floor.
  const ex = rnd(w);
  const ey = rnd(h);
  rows[ey] = rows[ey]!.slice(0, ex) + '@' + rows[ey]!.slice(ex + 1);
  return rows;
}

/** Changes a few cells the way play does: doors open, tables move, glass breaks, cover burns away. */
function mutate(world: World, rnd: (n: number) => number): void {
  const n = world.cells.length;
  for (let k = 0; k < 3; k++) {
    const i = rnd(n);
    const c = world.cells[i]!;
    if (c === Cell.DoorClosed || c === Cell.Cover) world.cells[i] = Cell.Floor;
    else if (c === Cell.Floor) world.cells[i] = [Cell.Cover, Cell.Void, Cell.Wall][rnd(3)]!;
    else world.cells[i] = Cell.Floor;
  }
}

/** Sets some cells burning (counted as fire.ts counts them, or, as only a test might, not). */
function setFire(world: World, rnd: (n: number) => number, counted: boolean): void {
  world.burn.fill(BurnState.Unburnt);
  let count = 0;
  const cells = rnd(4) === 0 ? 0 : rnd(1 + (world.burn.length >> 2));
  for (let k = 0; k < cells; k++) {
    const i = rnd(world.burn.length);
    if (world.burn[i] !== BurnState.Burning) count++;
    world.burn[i] = BurnState.Burning;
  }
  world.burningCells = counted ? count : 0;
}

/** Every cell a search from (sx, sy) can step to (the start included), by flood. */
function reachable(world: World, sx: number, sy: number, doors: DoorPass): Set<number> {
  const w = world.level.width;
  const seen = new Set([sy * w + sx]);
  const todo = [[sx, sy]];
  while (todo.length > 0) {
    const [x, y] = todo.pop()!;
    for (const [dx, dy] of [[1, 0], [-1, 0], [0, 1], [0, -1]]) {
      const nx = x! + dx!;
      const ny = y! + dy!;
      const i = ny * w + nx;
      if (!seen.has(i) && passable(world, nx, ny, doors)) {
        seen.add(i);
        todo.push([nx, ny]);
      }
    }
  }
  return seen;
}

describe('path regions', () => {
  it('give the very routes of a search that floods to the end, on random grids changed in place', () => {
    const rnd = stream(7);
    let partial = 0;
    let searches = 0;
    for (let g = 0; g < 60; g++) {
      const w = 6 + rnd(30);
      const h = 5 + rnd(20);
      const world = createWorld(asciiLevel(randomRows(rnd, w, h)), g);
      const twin = cloneWorld(world);
      for (let round = 0; round < 12; round++) {
        // A clone takes turns with the original: each must be answered from its own cells.
        const at = round % 3 === 2 ? twin : world;
        if (round > 0) mutate(at, rnd);
        // Counted fire is the game's; uncounted (the search ignores it inside the map) a test's.
        if (rnd(2) === 0) setFire(at, rnd, rnd(2) === 0);
        for (let q = 0; q < 25; q++) {
          const sx = rnd(w);
          const sy = rnd(h);
          const gx = rnd(w);
          const gy = rnd(h);
          const doors = rnd(3) as DoorPass;
          const fast: number[] = [];
          const flood: number[] = [];
          const a = findPath(at, sx, sy, gx, gy, doors, fast);
          const b = findPath(at, sx, sy, gx, gy, doors, flood, false);
          expect(a).toBe(b);
          expect(fast).toEqual(flood);
          searches++;
          if (a !== 1) partial++;
        }
      }
    }
    // The grids are varied enough that many goals are sealed off.
    expect(partial).toBeGreaterThan(searches / 5);
    expect(partial).toBeLessThan(searches);
  });

  it('stay exact for every permission while doors open and close and tables move (regions kept or rebuilt)', () => {
    const rnd = stream(23);
    let sealed = 0;
    for (let g = 0; g < 40; g++) {
      const w = 6 + rnd(25);
      const h = 5 + rnd(18);
      const world = createWorld(asciiLevel(randomRows(rnd, w, h)), g);
      const doorCells = world.level.doors.map((d) => d.ty * w + d.tx);
      for (let round = 0; round < 16; round++) {
        // Doors swing (closed <-> floor): some permissions see no change at all, others a new grid;
        // now and then a table slides onto floor or off it too.
        for (const i of doorCells) if (rnd(3) === 0) world.cells[i] = world.cells[i] === Cell.DoorClosed ? Cell.Floor : Cell.DoorClosed;
        if (rnd(4) === 0) {
          const i = rnd(world.cells.length);
          if (world.cells[i] === Cell.Floor) world.cells[i] = Cell.Cover;
          else if (world.cells[i] === Cell.Cover) world.cells[i] = Cell.Floor;
        }
        for (let q = 0; q < 12; q++) {
          const sx = rnd(w);
          const sy = rnd(h);
          const gx = rnd(w);
          const gy = rnd(h);
          if (sx === gx && sy === gy) continue;
          // Every permission in turn against the same grid, so each one's regions are asked after each change.
          for (let doors = 0; doors < 3; doors++) {
            const bound = unreachableGoalBound(world, sx, sy, gy * w + gx, gx, gy, doors as DoorPass);
            const reach = reachable(world, sx, sy, doors as DoorPass);
            if (reach.has(gy * w + gx)) {
              expect(bound).toBe(-1);
              continue;
            }
            let closest = Infinity;
            for (const i of reach) closest = Math.min(closest, octile(i % w, Math.floor(i / w), gx, gy));
            expect(bound).toBe(closest);
            sealed++;
          }
        }
      }
    }
    expect(sealed).toBeGreaterThan(200);
  });

  it('never call a reachable goal unreachable, nor bound below a closer reachable cell', () => {
    const rnd = stream(11);
    let bounded = 0;
    for (let g = 0; g < 40; g++) {
      const w = 6 + rnd(25);
      const h = 5 + rnd(18);
      const world = createWorld(asciiLevel(randomRows(rnd, w, h)), g);
      for (let round = 0; round < 10; round++) {
        if (round > 0) mutate(world, rnd);
        const burning = rnd(2) === 0;
        if (burning) setFire(world, rnd, true);
        else setFire(world, () => 0, true);
        for (let q = 0; q < 20; q++) {
          const sx = rnd(w);
          const sy = rnd(h);
          const gx = rnd(w);
          const gy = rnd(h);
          const doors = rnd(3) as DoorPass;
          // findPath answers a search from the goal itself without asking.
          if (sx === gx && sy === gy) continue;
          const bound = unreachableGoalBound(world, sx, sy, gy * w + gx, gx, gy, doors);
          const reach = reachable(world, sx, sy, doors);
          if (reach.has(gy * w + gx)) {
            expect(bound).toBe(-1);
            continue;
          }
          // Sealed off: the bound is the closest reachable cell's heuristic; fire may cut a region,
          // so with fire it may be lower, or unknown (-1) when only flames seal the goal off.
          let closest = Infinity;
          for (const i of reach) closest = Math.min(closest, octile(i % w, Math.floor(i / w), gx, gy));
          if (world.burningCells === 0) expect(bound).toBe(closest);
          else expect(bound).toBeLessThanOrEqual(closest);
          if (bound >= 0) bounded++;
        }
      }
    }
    expect(bounded).toBeGreaterThan(100);
  });
});
