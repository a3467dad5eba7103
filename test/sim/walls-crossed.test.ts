// wallsCrossed (how many walls a noise passes through) counts exactly what traceRay's Sight walk
// counts with the same cap: thick and thin walls, closed doors, rays leaving the map, rays ending
// on cell boundaries, and every cap a noise can ask for.
import { describe, expect, it } from 'vitest';
import { newTraceHit, newTraceRay, traceRay, TraceMode, wallsCrossed } from '../../src/sim/trace';
import { createWorld } from '../../src/sim/world';
import { asciiLevel } from './ascii-level';
import { stream } from './test-stream';

const ROWS = [
  '####################',
  '#..#...#...#.......#',
  '#..#...#....D..#...#',
  '#..D...D....#..#...#',
  '#####..######..#...#',
  '#......######..D...#',
  '#..@...........#...#',
  '#####..#########...#',
  '#....#.......#.....#',
  '####################',
];

describe('wallsCrossed', () => {
  it('agrees with traceRay walls on thousands of rays for caps 1 to 6', () => {
    const world = createWorld(asciiLevel(ROWS), 1);
    const rnd = stream(21);
    const ray = newTraceRay();
    const hit = newTraceHit();
    const w = world.level.width * 16;
    const h = world.level.height * 16;
    const seen = new Set<number>();
    for (let k = 0; k < 3000; k++) {
      const snap = k % 4 === 0;
      const pick = (span: number) => (snap ? Math.floor(rnd() * (span / 16 + 2) - 1) * 16 : rnd() * (span + 64) - 32);
      ray.x0 = pick(w);
      ray.y0 = pick(h);
      ray.x1 = k % 9 === 0 ? ray.x0 : pick(w);
      ray.y1 = pick(h);
      ray.fromX = ray.x0;
      ray.fromY = ray.y0;
      for (let cap = 1; cap <= 6; cap++) {
        const want = traceRay(world, ray, TraceMode.Sight, hit, cap).walls;
        expect(wallsCrossed(world, ray, cap), `ray ${k} ${JSON.stringify(ray)} cap ${cap}`).toBe(want);
        seen.add(want);
      }
    }
    // The rays met every count from none to the cap.
    for (let n = 0; n <= 6; n++) expect(seen.has(n), `a ray crossing ${n} walls`).toBe(true);
  });

  it('stops counting at the cap', () => {
    const world = createWorld(asciiLevel(ROWS), 1);
    const ray = newTraceRay();
    // Down column 4 from row 1 to row 8: walls at rows 4 and 7 only.
    ray.x0 = ray.fromX = 4 * 16 + 8;
    ray.y0 = ray.fromY = 1 * 16 + 8;
    ray.x1 = 4 * 16 + 8;
    ray.y1 = 8 * 16 + 8;
    expect(wallsCrossed(world, ray, 5)).toBe(2);
    expect(wallsCrossed(world, ray, 1)).toBe(1);
  });
});
