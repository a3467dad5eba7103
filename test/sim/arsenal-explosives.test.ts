import { describe, expect, it } from 'vitest';
import { explode } from '../../src/sim/explosion';
import { distSq } from '../../src/sim/math';
import { createWorld } from '../../src/sim/world';
import { asciiLevel } from './ascii-level';
import { GRENADE_FUSE } from '../../src/sim/grenades';
import { TILE } from '../../src/sim/grid';
import { Button } from '../../src/sim/input';
import { WEAPONS } from '../../src/sim/weapons';
import { others, playerOf, targetWorld } from './arsenal-helpers';
import { collect, input, run } from './helpers';
import { elView } from './el-view';

const THROW = Button.Throw;
const ROOM = ['##############', '#@...........#', '#............#', '##############'];

describe('grenades', () => {
  it('are thrown with Throw, one per press, only while El has some', () => {
    const w = targetWorld(ROOM, { grenades: 2 });
    const p = elView(w);
    const throws = collect(w, 60, 'throw', (i) => input({ buttons: i % 30 === 0 ? THROW : 0 }));
    expect(throws).toHaveLength(2);
    expect(p.grenades).toBe(0);
    expect(w.grenades).toHaveLength(2);
    expect(collect(w, 2, 'throw', (i) => input({ buttons: i === 1 ? THROW : 0 }))).toHaveLength(0);
  });

  it('explode exactly when the fuse burns down', () => {
    const w = targetWorld(ROOM, { grenades: 1 });
    run(w, 1, input({ buttons: THROW }));
    const thrownAt = w.tick;
    let boomAt = -1;
    for (let i = 0; i < GRENADE_FUSE + 10 && boomAt < 0; i++) {
      run(w, 1);
      if (w.events.some((e) => e.type === 'explosion')) boomAt = w.tick;
    }
    expect(boomAt).toBe(thrownAt + GRENADE_FUSE);
    expect(w.grenades).toHaveLength(0);
  });

  it('slide to a stop with friction, a few tiles away', () => {
    const w = targetWorld(['##############################', '#@...........................#', '##############################'], { grenades: 1 });
    run(w, 1, input({ buttons: THROW }));
    run(w, GRENADE_FUSE - 2);
    const g = w.grenades[0]!;
    expect(Math.abs(g.vx)).toBeLessThan(0.1);
    expect(g.x - playerOf(w).x).toBeGreaterThan(4 * TILE);
    expect(g.x - playerOf(w).x).toBeLessThan(8 * TILE);
  });

  it('bounce off a wall and stay on the thrower side', () => {
    const w = targetWorld(['#######', '#@....#', '#######'], { grenades: 1 });
    const bounces = collect(w, 40, 'bounce', (i) => input({ buttons: i === 0 ? THROW : 0 }));
    expect(bounces.length).toBeGreaterThanOrEqual(1);
    const g = w.grenades[0]!;
    expect(g.x).toBeLessThan(6 * TILE);
    expect(g.vx).toBeLessThanOrEqual(0);
  });

  it('bounce off a closed door but fly over low cover', () => {
    const door = targetWorld(['#######', '#@..D.#', '#######'], { grenades: 1 });
    run(door, 40, (i) => input({ buttons: i === 0 ? THROW : 0 }));
    expect(door.grenades[0]!.x).toBeLessThan(4 * TILE);
    const table = targetWorld(['##########', '#@..T....#', '##########'], { grenades: 1 });
    run(table, 40, (i) => input({ buttons: i === 0 ? THROW : 0 }));
    expect(table.grenades[0]!.x).toBeGreaterThan(5 * TILE);
  });
});

describe('explode()', () => {
  // Henchmen at equal distance (three tiles) from the blast: one behind a wall, one behind a table.
  const YARD = [
    '###########',
    '#.........#',
    '#.e#...T.e#',
    '#.........#',
    '#....@....#',
    '###########',
  ];

  it('is stopped by a wall but not by low cover', () => {
    const w = targetWorld(YARD);
    const [behindWall, behindTable] = others(w);
    for (const a of others(w)) a.hp = 99;
    const x = 5.5 * TILE;
    const y = 2.5 * TILE;
    explode(w, x, y, 80, 8, 0, 'grenade');
    expect(behindWall!.hp).toBe(99);
    expect(behindTable!.hp).toBeLessThan(99);
    expect(w.events.filter((e) => e.type === 'explosion')).toHaveLength(1);
  });

  it('hurts less with distance and shoves bodies outward', () => {
    const w = targetWorld(['############', '#@.........#', '#...e..e..e#', '############']);
    const [near, far, beyond] = others(w);
    for (const a of others(w)) a.hp = 99;
    explode(w, 3.5 * TILE, 2.5 * TILE, 96, 10, 0, 'grenade');
    expect(99 - near!.hp).toBeGreaterThan(99 - far!.hp);
    expect(far!.hp).toBeLessThan(99);
    expect(near!.knockVx).toBeGreaterThan(0);
    expect(near!.knockVx).toBeGreaterThan(far!.knockVx);
    expect([beyond!.hp, beyond!.knockVx]).toEqual([99, 0]);
  });

  it('does not spare El his own grenade', () => {
    const w = targetWorld(ROOM, { grenades: 1 });
    const p = elView(w);
    run(w, 1, input({ buttons: THROW, aim: 2048 })); // into the wall behind him: it drops at his feet
    run(w, GRENADE_FUSE);
    expect(p.hp).toBeLessThan(6);
    expect(WEAPONS.grenade.blastRadius).toBeGreaterThan(0);
  });

  it('is heard far beyond the reach of a gunshot', () => {
    const w = createWorld(asciiLevel(['################################', '#@.............................#', '#.............................e#', '################################']), 1);
    const e = w.actors[1]!;
    run(w, 5);
    expect(e.ai!.alerted).toBe(false);
    const d = Math.sqrt(distSq(e.x, e.y, 3 * TILE, 1.5 * TILE));
    expect(d).toBeGreaterThan(WEAPONS.sleevePistols.loudness);
    explode(w, 3 * TILE, 1.5 * TILE, 32, 4, w.playerId, 'grenade');
    expect(e.ai!.alerted).toBe(true);
  });
});
