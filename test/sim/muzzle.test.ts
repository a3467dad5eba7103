// A clear line from El to what the crosshair is on never sparks on the door frame or wall corner
// beside him: a muzzle in or behind a wall starts the round from the body's centre instead.
import { describe, expect, it } from 'vitest';
import { fireBullet } from '../../src/sim/combat';
import { cellAt, TILE } from '../../src/sim/grid';
import { AIM_DIST_STEP, Button } from '../../src/sim/input';
import { Cell } from '../../src/sim/level-data';
import { angleOf, cosA, sinA } from '../../src/sim/math';
import { HAND_OFFSET, MUZZLE_AHEAD } from '../../src/sim/muzzle';
import { step } from '../../src/sim/step';
import { newTraceHit, traceSegment, TraceMode } from '../../src/sim/trace';
import { SLEEVE_DRAW_TICKS, STEADY_TICKS } from '../../src/sim/weapons';
import type { Actor, World } from '../../src/sim/world';
import { others, playerOf, targetWorld } from './arsenal-helpers';
import { input, run } from './helpers';

// A wall with a one-tile doorway (El stands in it), and a wall ending in a corner (El beside it).
const DOORWAY = [
  '####################',
  '#.........#.......e#',
  '#.........#........#',
  '#.........#........#',
  '#.........#........#',
  '#.........#........#',
  '#.........#........#',
  '#.........@........#',
  '#.........#........#',
  '#.........#........#',
  '#.........#........#',
  '#.........#........#',
  '#.........#........#',
  '#.........#........#',
  '####################',
];
const CORNER = [
  '####################',
  '#..................#',
  '#..................#',
  '#..................#',
  '#.......#########..#',
  '#.......#########..#',
  '#.................e#',
  '#..................#',
  '#..................#',
  '#..................#',
  '####################',
];

const scratch = newTraceHit();
const clear = (w: World, x0: number, y0: number, x1: number, y1: number) => traceSegment(w, x0, y0, x1, y1, TraceMode.Bullet, x0, y0, scratch).t >= 1;

/** Clear for the centre line and for lines 1.5 px either side of it (no grazing a corner). */
function wideClear(w: World, x0: number, y0: number, x1: number, y1: number): boolean {
  const len = Math.hypot(x1 - x0, y1 - y0);
  const nx = (-(y1 - y0) / len) * 1.5;
  const ny = ((x1 - x0) / len) * 1.5;
  return [0, 1, -1].every((s) => clear(w, x0 + nx * s, y0 + ny * s, x1 + nx * s, y1 + ny * s));
}

/** Whether the hand's muzzle as placed before this fix (ahead and beside, no check) is in a wall. */
function oldMuzzleInWall(w: World, el: Actor, aim: number, side: number): boolean {
  const x = el.x + cosA(aim) * MUZZLE_AHEAD - sinA(aim) * HAND_OFFSET * side;
  const y = el.y + sinA(aim) * MUZZLE_AHEAD + cosA(aim) * HAND_OFFSET * side;
  return cellAt(w, Math.floor(x / TILE), Math.floor(y / TILE)) !== Cell.Floor;
}

interface Tally {
  shots: number;
  hits: number;
  impacts: number;
  inWall: number;
}

/** El at (ex, ey) fires one steady shot from each pistol at a target placed `dist` px away at `deg`. */
function shootPast(rows: string[], ex: number, ey: number, deg: number, dist: number, t: Tally): void {
  const w = targetWorld(rows);
  const el = playerOf(w);
  el.x = el.px = ex;
  el.y = el.py = ey;
  const target = others(w)[0]!;
  target.hp = 1e6;
  target.x = target.px = ex + dist * Math.cos((deg * Math.PI) / 180);
  target.y = target.py = ey + dist * Math.sin((deg * Math.PI) / 180);
  if (cellAt(w, Math.floor(target.x / TILE), Math.floor(target.y / TILE)) !== Cell.Floor) return;
  if (!wideClear(w, ex, ey, target.x, target.y)) return;
  const aim = { ...input(), aim: angleOf(target.x - ex, target.y - ey), aimDist: Math.round(dist / AIM_DIST_STEP) };
  step(w, { ...aim, buttons: Button.Fire });
  run(w, SLEEVE_DRAW_TICKS + STEADY_TICKS + 2, aim);
  for (const side of [-1, 1]) {
    if (oldMuzzleInWall(w, el, aim.aim, side)) t.inWall++;
    t.shots++;
    for (let i = 0; i < STEADY_TICKS + 20; i++) {
      step(w, i === 0 ? { ...aim, buttons: Button.Fire } : aim);
      for (const e of w.events) {
        if (e.type === 'hit' && e.target === target.id) t.hits++;
        if (e.type === 'impact') t.impacts++;
      }
    }
  }
}

describe('muzzles beside walls', () => {
  it('El in a doorway firing past the frame along a clear line hits the target, and nothing sparks', () => {
    const t: Tally = { shots: 0, hits: 0, impacts: 0, inWall: 0 };
    const ex = 10 * TILE + 8;
    const ey = 7 * TILE + 8;
    for (let deg = -75; deg <= 75; deg += 5) for (const dist of [60, 120]) shootPast(DOORWAY, ex, ey, deg, dist, t);
    for (let deg = 105; deg <= 255; deg += 5) for (const dist of [60, 120]) shootPast(DOORWAY, ex, ey, deg, dist, t);
    expect(t.shots).toBeGreaterThan(40);
    // The old muzzles sat inside the frame for many of these shots.
    expect(t.inWall).toBeGreaterThan(5);
    expect(t.impacts).toBe(0);
    expect(t.hits).toBe(t.shots);
  });

  it('El beside a wall corner firing past it hits the target, and nothing sparks', () => {
    const t: Tally = { shots: 0, hits: 0, impacts: 0, inWall: 0 };
    // Pressed against the block (El's radius from it): beside its east end, below its south face
    // near the corner, and beside its west end.
    const spots: [number, number][] = [[17 * TILE + 6, 5 * TILE + 2], [17 * TILE + 6, 4 * TILE + 4], [16 * TILE + 6, 6 * TILE + 6], [8 * TILE + 12, 6 * TILE + 6], [8 * TILE - 6, 5 * TILE + 4]];
    for (const [ex, ey] of spots) for (let deg = 0; deg < 360; deg += 3) for (const dist of [50, 110]) shootPast(CORNER, ex, ey, deg, dist, t);
    expect(t.shots).toBeGreaterThan(200);
    // Only a line grazing the corner puts a muzzle in it; there must be some.
    expect(t.inWall).toBeGreaterThan(2);
    expect(t.impacts).toBe(0);
    expect(t.hits).toBe(t.shots);
  });

  it('any shooter: a round whose muzzle is in a wall starts from the shooter\'s centre', () => {
    const w = targetWorld(CORNER);
    const man = others(w)[0]!;
    man.x = 12 * TILE;
    man.y = 6 * TILE + 7;
    // Aimed up and to the right: 9 px ahead is inside the block above him.
    const angle = 3072 + 300;
    const mx = man.x + cosA(angle) * MUZZLE_AHEAD;
    const my = man.y + sinA(angle) * MUZZLE_AHEAD;
    expect(cellAt(w, Math.floor(mx / TILE), Math.floor(my / TILE))).toBe(Cell.Wall);
    fireBullet(w, man, 'pistol', mx, my, angle, -20, 0);
    const b = w.pendingBullets[0]!;
    expect([b.x, b.y]).toEqual([man.x, man.y]);
    // A muzzle in the open is left where it is.
    fireBullet(w, man, 'pistol', man.x + 9, man.y, 0, -20, 0);
    expect([w.pendingBullets[1]!.x, w.pendingBullets[1]!.y]).toEqual([man.x + 9, man.y]);
  });
});
