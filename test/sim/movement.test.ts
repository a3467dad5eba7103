import { describe, expect, it } from 'vitest';
import { Cell } from '../../src/sim/level-data';
import { moveActor } from '../../src/sim/movement';
import { createWorld, playerOf } from '../../src/sim/world';
import { TILE, cellAt } from '../../src/sim/grid';
import { asciiLevel } from './ascii-level';
import { input, run } from './helpers';

const ROOM = [
  '############',
  '#@.........#',
  '#..........#',
  '#....#.....#',
  '#..........#',
  '############',
];

describe('moving through the grid', () => {
  it('never lets an actor through a wall, even when moved far in one call', () => {
    const w = createWorld(asciiLevel(ROOM), 1);
    const p = playerOf(w);
    moveActor(w, p, 500, 0);
    expect(p.x).toBeLessThanOrEqual(11 * TILE - p.radius + 1e-6);
    moveActor(w, p, -1000, -1000);
    expect(p.x).toBeGreaterThanOrEqual(TILE + p.radius - 1e-6);
    expect(p.y).toBeGreaterThanOrEqual(TILE + p.radius - 1e-6);
  });

  it('slides along a wall instead of sticking to it', () => {
    const w = createWorld(asciiLevel(ROOM), 1);
    const p = playerOf(w);
    run(w, 60, input({ moveX: 127, moveY: -127 }));
    expect(p.y).toBeCloseTo(TILE + p.radius, 3);
    expect(p.x).toBeGreaterThan(80);
  });

  it('walks 8-way at one speed: a diagonal is not faster', () => {
    const straight = createWorld(asciiLevel(ROOM), 1);
    const diag = createWorld(asciiLevel(ROOM), 1);
    run(straight, 20, input({ moveX: 127 }));
    run(diag, 20, input({ moveX: 127, moveY: 127 }));
    const s = playerOf(straight);
    const d = playerOf(diag);
    const ds = Math.hypot(s.x - 24, s.y - 24);
    const dd = Math.hypot(d.x - 24, d.y - 24);
    expect(dd).toBeCloseTo(ds, 6);
    const half = createWorld(asciiLevel(ROOM), 1);
    run(half, 20, input({ moveX: 64 }));
    expect(playerOf(half).x - 24).toBeCloseTo((s.x - 24) * (64 / 127), 6);
  });

  it('opens a door El walks into, but not a hidden one', () => {
    const level = asciiLevel([
      '#######',
      '#@.D..#',
      '#######',
    ]);
    const w = createWorld(level, 1);
    expect(cellAt(w, 3, 1)).toBe(Cell.DoorClosed);
    const events = [];
    for (let i = 0; i < 60; i++) {
      run(w, 1, input({ moveX: 127 }));
      events.push(...w.events.filter((e) => e.type === 'door'));
    }
    expect(events).toHaveLength(1);
    expect(w.doors[0]!.open).toBe(true);
    expect(cellAt(w, 3, 1)).toBe(Cell.Floor);
    expect(playerOf(w).x).toBeGreaterThan(4 * TILE);

    const hidden = createWorld(asciiLevel(['#######', '#@.H..#', '#######']), 1);
    run(hidden, 60, input({ moveX: 127 }));
    expect(hidden.doors[0]!.open).toBe(false);
    expect(playerOf(hidden).x).toBeLessThanOrEqual(3 * TILE - 6 + 1e-6);
  });

  it('keeps bodies apart', () => {
    const w = createWorld(asciiLevel(['########', '#@c....#', '########']), 1);
    run(w, 30, input({ moveX: 127 }));
    const [p, c] = w.actors;
    expect(Math.hypot(p!.x - c!.x, p!.y - c!.y)).toBeGreaterThanOrEqual(p!.radius + c!.radius - 1e-6);
  });
});
