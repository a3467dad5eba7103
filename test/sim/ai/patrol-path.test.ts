// Home behaviour and getting around: patrols walk their loop, A* finds its way around walls and
// through doors, and alerted henchmen open the doors on their way.
import { describe, expect, it } from 'vitest';
import { AiMode } from '../../../src/sim/ai/ai-state';
import { DoorPass, findPath, PathResult } from '../../../src/sim/ai/pathfind';
import { Cell } from '../../../src/sim/level-data';
import { angleDiff } from '../../../src/sim/math';
import { soundAlarm } from '../../../src/sim/rules';
import { createWorld } from '../../../src/sim/world';
import { asciiLevel } from '../ascii-level';
import { enemy, makeRun, open, player, put, runUntil, tick, wall } from './helpers';

const c = (t: number) => t * 16 + 8;

describe('patrol', () => {
  it('walks its path points in a loop, facing the way it walks', () => {
    const W = 20;
    const rows = [wall(W), open(W), open(W), open(W), open(W), open(W), open(W), open(W), wall(W)];
    rows[4] = put(rows[4]!, { 8: '#', 9: '#', 10: '#' }); // a block in the middle of the loop
    rows[7] = put(rows[7]!, { 1: '@' });
    const path = [{ x: c(4), y: c(2) }, { x: c(15), y: c(2) }, { x: c(15), y: c(6) }, { x: c(4), y: c(6) }];
    rows[2] = put(rows[2]!, { 4: 'e' });
    // A calm patrol (so it does not care about El at the corner).
    const run = makeRun(rows, { actor: (s) => ({ ...s, behavior: 'patrol', path, calm: true }) }, 3);
    const e = enemy(run);
    const visits: number[] = [];
    let misfacing = 0;
    let moving = 0;
    for (let t = 0; t < 4000 && visits.length < 9; t++) {
      tick(run);
      path.forEach((pt, i) => {
        if (Math.hypot(e.x - pt.x, e.y - pt.y) < 3 && visits[visits.length - 1] !== i) visits.push(i);
      });
      const speed = Math.hypot(e.vx, e.vy);
      if (speed > 0) {
        moving++;
        // Walking pace, well below a run.
        expect(speed).toBeLessThan(0.8);
        const heading = Math.round((Math.atan2(e.vy, e.vx) / (2 * Math.PI)) * 4096) & 4095;
        if (Math.abs(angleDiff(e.aim, heading)) > 300) misfacing++;
      }
    }
    expect(visits).toEqual([0, 1, 2, 3, 0, 1, 2, 3, 0]);
    expect(e.ai!.mode).toBe(AiMode.Patrol);
    // Facing follows the direction of travel (a few ticks turning at each corner).
    expect(misfacing / moving).toBeLessThan(0.1);
  });

  it('a guard stays at its post and scans left and right', () => {
    const W = 12;
    const rows = [wall(W), open(W), put(open(W), { 5: 'e' }), put(open(W), { 1: '@' }), wall(W)];
    const run = makeRun(rows, { actor: (s) => ({ ...s, behavior: 'guard', facing: 1024, calm: true }) }, 8);
    const e = enemy(run);
    const facings = new Set<number>();
    for (let t = 0; t < 900; t++) {
      tick(run);
      facings.add(e.aim);
      expect(Math.abs(angleDiff(1024, e.aim))).toBeLessThanOrEqual(360);
    }
    expect(facings.size).toBeGreaterThan(10);
    expect(Math.hypot(e.x - c(5), e.y - c(2))).toBeLessThan(1);
  });
});

describe('pathfinding', () => {
  const rows = [
    '##########',
    '#........#',
    '#.######.#',
    '#.#....#.#',
    '#.#.##.#.#',
    '#...#..D.#',
    '##########',
  ];

  it('finds a route around walls, 8-neighbour without cutting corners', () => {
    const world = createWorld(asciiLevel(rows), 1);
    const route: number[] = [99, 98, 97, 96, 95, 94, 93, 92, 91, 90, 89, 88, 87, 86, 85, 84, 83, 82, 81, 80, 79, 78, 77, 76, 75];
    const w = world.level.width;
    // From inside the U (3,3) to the far corner (8,5), doors not allowed: all the way round.
    expect(findPath(world, 3, 3, 8, 5, DoorPass.None, route)).toBe(PathResult.Full);
    let px = 3;
    let py = 3;
    for (const cell of route) {
      const x = cell % w;
      const y = Math.floor(cell / w);
      expect(world.cells[cell]).toBe(Cell.Floor);
      expect(Math.max(Math.abs(x - px), Math.abs(y - py))).toBe(1);
      if (x !== px && y !== py) {
        // A diagonal step needs both orthogonal cells open.
        expect(world.cells[py * w + x]).toBe(Cell.Floor);
        expect(world.cells[y * w + px]).toBe(Cell.Floor);
      }
      px = x;
      py = y;
    }
    expect([px, py]).toEqual([8, 5]);
    // Round the top: down-left, out the bottom, up the left corridor, along the top, down the right.
    expect(route.length).toBeGreaterThan(14);

    // With the door allowed, the route is much shorter and goes through it.
    const viaDoor: number[] = [];
    expect(findPath(world, 3, 3, 8, 5, DoorPass.All, viaDoor)).toBe(PathResult.Full);
    expect(viaDoor).toContain(5 * w + 7);
    expect(viaDoor.length).toBeLessThan(route.length);
  });

  it('reports the closest reachable cell when the goal is sealed off', () => {
    const world = createWorld(asciiLevel(['#######', '#..#..#', '#..#..#', '#######']), 1);
    const route: number[] = [];
    expect(findPath(world, 1, 1, 5, 2, DoorPass.All, route)).toBe(PathResult.Partial);
    const last = route[route.length - 1]!;
    expect(last % 7).toBe(2);
  });

  it('an alerted henchman walks around walls and through a closed door, opening it', () => {
    const W = 24;
    const rows = [
      wall(W),
      put(open(W), { 12: '#' }),
      put(open(W), { 12: '#' }),
      put(open(W), { 12: 'D' }),
      put(open(W), { 12: '#' }),
      put(open(W), { 12: '#' }),
      wall(W),
    ];
    // An inner wall hooks round the henchman so he has to walk round it first.
    rows[2] = put(rows[2]!, { 4: '#', 5: '#', 6: '#', 7: '#', 8: '#' });
    rows[3] = put(rows[3]!, { 8: '#', 6: 'e' });
    rows[4] = put(rows[4]!, { 4: '#', 5: '#', 6: '#', 7: '#', 8: '#' });
    rows[3] = put(rows[3]!, { 20: '@' });
    const run = makeRun(rows, {}, 5);
    const e = enemy(run);
    const p = player(run);
    tick(run);
    soundAlarm(run.world);
    expect(e.ai!.mode).toBe(AiMode.Chase);
    let doorBy = -1;
    let maxStuck = 0;
    const reached = runUntil(run, 900, (w) => {
      for (const ev of w.events) if (ev.type === 'door') doorBy = ev.by;
      maxStuck = Math.max(maxStuck, e.ai!.stuckTicks);
      return e.x > 13 * 16;
    });
    expect(reached).toBeGreaterThan(0);
    expect(doorBy).toBe(e.id);
    expect(run.world.doors[0]!.open).toBe(true);
    // Never pinned against a corner for long on the way.
    expect(maxStuck).toBeLessThan(15);
    // And he comes for El.
    expect(runUntil(run, 300, () => e.ai!.mode === AiMode.Engage)).toBeGreaterThan(0);
    expect(p.alive).toBe(true);
  });
});
