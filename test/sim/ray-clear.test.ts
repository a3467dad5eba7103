// rayClear (the yes/no line of sight) answers exactly as traceRay's t >= 1 for every ray: through
// walls, closed doors and smoke, off the map, and on rays that end exactly on a cell boundary.
import { describe, expect, it } from 'vitest';
import { Cell } from '../../src/sim/level-data';
import { newTraceHit, newTraceRay, rayClear, traceRay, TraceMode } from '../../src/sim/trace';
import { createWorld, type World } from '../../src/sim/world';
import { asciiLevel } from './ascii-level';
import { stream } from './test-stream';

const ROWS = [
  '####################',
  '#......#...........#',
  '#..T...#....D..t...#',
  '#......D....#......#',
  '#####..#....#..T...#',
  '#......######......#',
  '#..@...............#',
  '#..t......T.....t..#',
  '#....#.......#.....#',
  '####################',
];

function compare(world: World, seed: number, count: number): { clear: number; blocked: number } {
  const rnd = stream(seed);
  const ray = newTraceRay();
  const hit = newTraceHit();
  const w = world.level.width * 16;
  const h = world.level.height * 16;
  let clear = 0;
  let blocked = 0;
  for (let k = 0; k < count; k++) {
    // Every fourth ray starts or ends on a cell corner or edge, some rays leave the map.
    const snap = k % 4 === 0;
    const pick = (span: number) => (snap ? Math.floor(rnd() * (span / 16 + 2) - 1) * 16 : rnd() * (span + 64) - 32);
    ray.x0 = pick(w);
    ray.y0 = pick(h);
    ray.x1 = k % 7 === 0 ? ray.x0 : pick(w);
    ray.y1 = pick(h);
    // Bullets in flight keep the point they were fired from (the cover rule): every third ray.
    ray.fromX = k % 3 === 0 ? pick(w) : ray.x0;
    ray.fromY = k % 3 === 0 ? pick(h) : ray.y0;
    for (const mode of [TraceMode.Eyes, TraceMode.Sight, TraceMode.Bullet]) {
      const want = traceRay(world, ray, mode, hit).t >= 1;
      expect(rayClear(world, ray, mode), `ray ${k} ${JSON.stringify(ray)} mode ${mode}`).toBe(want);
      if (want) clear++;
      else blocked++;
    }
  }
  return { clear, blocked };
}

/** The level with its kickable tables tipped over, each toward a different side. */
function tippedWorld(): World {
  const world = createWorld(asciiLevel(ROWS), 1);
  world.tables.forEach((t, i) => {
    t.tipped = true;
    t.dir = i % 4;
  });
  return world;
}

describe('rayClear', () => {
  it('agrees with traceRay on thousands of rays without smoke', () => {
    const world = createWorld(asciiLevel(ROWS), 1);
    const { clear, blocked } = compare(world, 11, 4000);
    expect(clear).toBeGreaterThan(500);
    expect(blocked).toBeGreaterThan(1000);
  });

  it('agrees with traceRay on bullets meeting tipped tables from either side', () => {
    const world = tippedWorld();
    expect(world.tables.filter((t) => t.tipped).length).toBe(3);
    compare(world, 13, 4000);
  });

  it('agrees with traceRay through smoke (eyes stop in it, plain sight does not)', () => {
    const world = createWorld(asciiLevel(ROWS), 1);
    const rnd = stream(5);
    let smoky = 0;
    for (let i = 0; i < world.smoke.length; i++) {
      if (world.cells[i] !== Cell.Floor || rnd() < 0.5) continue;
      world.smoke[i] = Math.floor(rnd() * 256);
      smoky++;
    }
    world.smokyCells = smoky;
    compare(world, 12, 4000);
    // A ray through a wall of thick smoke is blocked for eyes only.
    const ray = newTraceRay();
    ray.x0 = 3 * 16 + 8;
    ray.y0 = 6 * 16 + 8;
    ray.x1 = 17 * 16 + 8;
    ray.y1 = 6 * 16 + 8;
    for (let tx = 8; tx <= 10; tx++) world.smoke[6 * world.level.width + tx] = 200;
    expect(rayClear(world, ray, TraceMode.Sight)).toBe(true);
    expect(rayClear(world, ray, TraceMode.Eyes)).toBe(false);
  });
});
