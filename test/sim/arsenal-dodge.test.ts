import { describe, expect, it } from 'vitest';
import { DODGE_NOTICE_TICKS } from '../../src/sim/ai/dodge';
import { GRENADE_FUSE } from '../../src/sim/grenades';
import { TILE } from '../../src/sim/grid';
import { createWorld, type World } from '../../src/sim/world';
import { asciiLevel } from './ascii-level';
import { run } from './helpers';

function dropGrenade(w: World, x: number, y: number, fuse: number): void {
  w.grenades.push({ id: 900, owner: w.playerId, x, y, vx: 0, vy: 0, fuse, alive: true });
}

describe('dodging grenades', () => {
  it('a henchman who sees a grenade near him runs from it before it goes off', () => {
    const w = createWorld(asciiLevel(['##############', '#@...........#', '#.......e....#', '##############']), 1);
    const e = w.actors[1]!;
    const gx = e.x - 20;
    dropGrenade(w, gx, e.y, GRENADE_FUSE - DODGE_NOTICE_TICKS);
    run(w, 20);
    expect(e.x - gx).toBeGreaterThan(40);
  });

  it('nobody reacts to a grenade just thrown, or to one behind a wall: they move as without it', () => {
    const OPEN = ['##############', '#@...........#', '#.......e....#', '##############'];
    const WALLED = ['##############', '#@.....#.....#', '#......#.e...#', '##############'];
    const cases: [string[], (w: World) => void][] = [
      [OPEN, (w) => dropGrenade(w, w.actors[1]!.x - 20, w.actors[1]!.y, GRENADE_FUSE)],
      [WALLED, (w) => dropGrenade(w, 6.5 * TILE, w.actors[1]!.y, 30)],
    ];
    for (const [rows, drop] of cases) {
      const control = createWorld(asciiLevel(rows), 1);
      const w = createWorld(asciiLevel(rows), 1);
      drop(w);
      run(control, 1);
      run(w, 1);
      expect([w.actors[1]!.x, w.actors[1]!.y]).toEqual([control.actors[1]!.x, control.actors[1]!.y]);
    }
    // ...while the same grenade, seen and about to blow, moves him.
    const seen = createWorld(asciiLevel(OPEN), 1);
    const control = createWorld(asciiLevel(OPEN), 1);
    dropGrenade(seen, seen.actors[1]!.x - 20, seen.actors[1]!.y, 30);
    run(seen, 1);
    run(control, 1);
    expect(seen.actors[1]!.x).not.toBe(control.actors[1]!.x);
  });
});
