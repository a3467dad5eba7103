import { describe, expect, it } from 'vitest';
import { anyOverlap } from '../../src/sim/overlap-sweep';
import { nextU32 } from '../../src/sim/rng';
import { separateActors } from '../../src/sim/separate';
import { cloneWorld } from '../../src/sim/clone';
import { moveActor } from '../../src/sim/movement';
import { createWorld, type Actor, type World } from '../../src/sim/world';
import { asciiLevel } from './ascii-level';

/** The pair loop's own test over every pair (i < j), as separateActors had it before the sweep. */
function anyOverlapPlain(xs: Float64Array, ys: Float64Array, rs: Float64Array, n: number): boolean {
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const dx = xs[j]! - xs[i]!;
      const dy = ys[j]! - ys[i]!;
      const min = rs[i]! + rs[j]!;
      if (!(dx * dx + dy * dy >= min * min)) return true;
    }
  }
  return false;
}

describe('the sweep that finds touching bodies', () => {
  it('answers as the every-pair test on many random crowds, touching or not', () => {
    const h = { rng: 12345 };
    const xs = new Float64Array(40);
    const ys = new Float64Array(40);
    const rs = new Float64Array(40);
    let yes = 0;
    for (let crowd = 0; crowd < 4000; crowd++) {
      const n = nextU32(h) % 40;
      // From a tight room (many touch) to a big map (few do); radii as the archetypes' and a car's.
      const span = 20 + (nextU32(h) % 800);
      for (let i = 0; i < n; i++) {
        xs[i] = (nextU32(h) % (span * 64)) / 64;
        ys[i] = (nextU32(h) % (span * 64)) / 64;
        rs[i] = [5, 6, 7, 14][nextU32(h) % 4]!;
      }
      // Some exactly touching pairs: d = r1 + r2 is not an overlap.
      if (n >= 2 && crowd % 5 === 0) {
        xs[1] = xs[0]! + rs[0]! + rs[1]!;
        ys[1] = ys[0]!;
      }
      const want = anyOverlapPlain(xs, ys, rs, n);
      if (want) yes++;
      expect(anyOverlap(xs, ys, rs, n)).toBe(want);
    }
    // The crowds cover both answers well.
    expect(yes).toBeGreaterThan(800);
    expect(yes).toBeLessThan(3200);
  });
});

/** separateActors as it was: every pair of the living in list order, no broad phase. */
function separatePlain(world: World): void {
  const list = world.actors.filter((a) => a.alive);
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const a = list[i]!;
      const b = list[j]!;
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      const min = a.radius + b.radius;
      if (dx * dx + dy * dy >= min * min) continue;
      pushApartPlain(world, a, b);
    }
  }
}

/** The push of separate.ts, restated (no vehicles in these crowds). */
function pushApartPlain(world: World, a: Actor, b: Actor): void {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const d2 = dx * dx + dy * dy;
  let nx = 1;
  let ny = 0;
  let d = 0;
  if (d2 > 1e-9) {
    d = Math.sqrt(d2);
    nx = dx / d;
    ny = dy / d;
  } else if ((a.id & 1) === 0) {
    nx = -1;
  }
  const gap = a.radius + b.radius - d;
  const push = gap * 0.5;
  if (push > 0) moveActor(world, a, -nx * push, -ny * push);
  if (gap - push > 0) moveActor(world, b, nx * (gap - push), ny * (gap - push));
}

describe('separating bodies', () => {
  it('leaves every body where the plain pair loop does, on many random crowds in a walled room', () => {
    const level = asciiLevel([
      '####################',
      '#@.....e....e......#',
      '#..e.....c.....e...#',
      '#......e...g.......#',
      '#..g.......#...e...#',
      '#....e.........c...#',
      '####################',
    ]);
    const h = { rng: 99 };
    let pushedCrowds = 0;
    for (let crowd = 0; crowd < 300; crowd++) {
      const world = createWorld(level, crowd);
      // Scatter everyone in a corner of the room, some dead, so crowds press together.
      const spread = 10 + (nextU32(h) % 270);
      const deadOneIn = 2 + (nextU32(h) % 4);
      for (const a of world.actors) {
        a.x = 20 + (nextU32(h) % (spread * 16)) / 16;
        a.y = 20 + (nextU32(h) % (70 * 16)) / 16;
        if (a.id !== world.playerId && nextU32(h) % deadOneIn === 0) a.alive = false;
      }
      const plain = cloneWorld(world);
      const before = world.actors.map((a) => a.x + ',' + a.y).join(' ');
      separateActors(world, world.actors);
      separatePlain(plain);
      const after = world.actors.map((a) => a.x + ',' + a.y).join(' ');
      expect(after).toBe(plain.actors.map((a) => a.x + ',' + a.y).join(' '));
      if (after !== before) pushedCrowds++;
    }
    // Most crowds had someone to push; some had nobody.
    expect(pushedCrowds).toBeGreaterThan(100);
    expect(pushedCrowds).toBeLessThan(290);
  });
});
