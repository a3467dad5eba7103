import { describe, expect, it } from 'vitest';
import { ARCHETYPES } from '../../src/sim/archetypes';
import { damage } from '../../src/sim/combat';
import { Button, withSlot } from '../../src/sim/input';
import { TILE } from '../../src/sim/grid';
import { KNOCK_DECAY } from '../../src/sim/knockback';
import { angleDiff, angleOf } from '../../src/sim/math';
import { WEAPONS } from '../../src/sim/weapons';
import { others, playerOf, targetWorld } from './arsenal-helpers';
import { createWorld } from '../../src/sim/world';
import { asciiLevel } from './ascii-level';
import { collect, FIRE, input, run } from './helpers';
import { elView } from './el-view';

const RANGE = ['############################', '#@.........................#', '############################'];

function pelletAngles(seed: number): number[] {
  const w = targetWorld(RANGE, { sawedOff: 2 }, {}, seed);
  run(w, 1, input({ buttons: withSlot(0, 2) }));
  run(w, 8);
  run(w, 1, input({ buttons: FIRE }));
  return w.bullets.map((b) => angleOf(b.vx, b.vy));
}

describe('the sawed-off', () => {
  it('fires one barrel as a fan of seven pellets within the spread, the same for the same seed', () => {
    const a = pelletAngles(7);
    expect(a).toHaveLength(WEAPONS.sawedOff.pellets!);
    for (const x of a) expect(Math.abs(angleDiff(0, x))).toBeLessThanOrEqual(WEAPONS.sawedOff.spread + 1);
    expect(new Set(a).size).toBeGreaterThan(3);
    expect(pelletAngles(7)).toEqual(a);
    expect(pelletAngles(8)).not.toEqual(a);
  });

  it('one pull is one shot event, and very loud', () => {
    const w = targetWorld(RANGE, { sawedOff: 2 });
    run(w, 1, input({ buttons: withSlot(0, 2) }));
    run(w, 8);
    expect(collect(w, 1, 'shot', input({ buttons: FIRE }))).toHaveLength(1);
    expect(WEAPONS.sawedOff.loudness).toBeGreaterThan(WEAPONS.sleevePistols.loudness);
    expect(w.stats.shotsFired).toBe(7);
  });

  it('knocks a body back, and a wall stops it', () => {
    // The henchman stands two tiles from El with the end wall a tile behind him.
    const w = targetWorld(['######', '#@.e.#', '######'], { sawedOff: 2 });
    const e = others(w)[0]!;
    e.hp = 99;
    const x0 = e.x;
    run(w, 1, input({ buttons: withSlot(0, 2) }));
    run(w, 8);
    run(w, 5, (i) => input({ buttons: i === 0 ? FIRE : 0 }));
    expect(e.x).toBeGreaterThan(x0 + 2);
    run(w, 60);
    const wallLeft = 5 * TILE;
    expect(e.x).toBeLessThanOrEqual(wallLeft - e.radius + 1e-6);
    expect(e.x).toBeGreaterThan(wallLeft - e.radius - 3);
    expect([e.knockVx, e.knockVy]).toEqual([0, 0]);
  });

  it('a thinking henchman is shoved all the same: the AI does not cancel it', () => {
    const w = createWorld(asciiLevel(['############', '#@...e.....#', '############']), 1);
    const e = w.actors[1]!;
    expect(e.ai).not.toBeNull();
    const x0 = e.x;
    e.knockVx = 4;
    run(w, 1);
    expect(e.x - x0).toBeGreaterThan(4 - ARCHETYPES.henchman!.speed - 1e-9);
  });

  it('the shove decays on its own in open floor', () => {
    const w = targetWorld(RANGE);
    const e = elView(w);
    e.knockVx = 2;
    run(w, 1);
    expect(e.knockVx).toBeCloseTo(2 * KNOCK_DECAY, 9);
  });
});

describe('the Wildey', () => {
  it('pierces the first body and stops in the second: exactly two hit', () => {
    const w = targetWorld(['##########', '#@.e.e.e.#', '##########'], { wildey: 6 });
    for (const a of others(w)) a.hp = 99;
    run(w, 1, input({ buttons: withSlot(0, 3) }));
    run(w, 8);
    const hits = collect(w, 30, 'hit', (i) => input({ buttons: i === 0 ? FIRE : 0 }));
    const [a, b] = others(w);
    expect(hits.map((h) => h.target)).toEqual([a!.id, b!.id]);
    expect(hits.every((h) => h.damage === WEAPONS.wildey.damage)).toBe(true);
  });

  it('outranges the pistols and fires slower', () => {
    expect(WEAPONS.wildey.range).toBeGreaterThan(WEAPONS.sleevePistols.range);
    expect(WEAPONS.wildey.cooldown).toBeGreaterThan(WEAPONS.sleevePistols.cooldown * 3);
  });
});

describe('cases off the floor', () => {
  it("Campa's case fires in turn from two barrels until empty, then clicks", () => {
    const w = targetWorld(RANGE, {}, { pickups: [{ weapon: 'campaCase', rounds: 5, x: 30, y: 24 }] });
    run(w, 1, input({ buttons: Button.Use }));
    expect(playerOf(w).weapon).toBe('campaCase');
    const shots = collect(w, 60, 'shot', input({ buttons: FIRE }));
    expect(shots.map((s) => s.hand)).toEqual([0, 1, 0, 1, 0]);
    run(w, 1);
    expect(collect(w, 1, 'dryFire', input({ buttons: FIRE }))).toHaveLength(1);
  });

  it("Quino's rocket flies slowly and explodes on the wall it hits", () => {
    const w = targetWorld(['##########', '#@.......#', '##########'], {}, { pickups: [{ weapon: 'quinoCase', rounds: 1, x: 30, y: 24 }] });
    run(w, 1, input({ buttons: Button.Use }));
    run(w, 8);
    const booms = collect(w, 40, 'explosion', (i) => input({ buttons: i === 0 ? FIRE : 0 }));
    expect(booms).toHaveLength(1);
    expect(booms[0]!.x).toBeGreaterThan(9 * TILE - 4);
    expect(booms[0]!.x).toBeLessThan(9 * TILE);
    expect(booms[0]!.radius).toBe(WEAPONS.quinoCase.blastRadius);
  });

  it('a rocket that meets a body explodes there and hurts whoever stands near', () => {
    const w = targetWorld(['############', '#@....e.e..#', '############'], {}, { pickups: [{ weapon: 'quinoCase', rounds: 1, x: 30, y: 24 }] });
    for (const a of others(w)) a.hp = 99;
    run(w, 1, input({ buttons: Button.Use }));
    run(w, 8);
    const booms = collect(w, 40, 'explosion', (i) => input({ buttons: i === 0 ? FIRE : 0 }));
    expect(booms).toHaveLength(1);
    const [near, far] = others(w);
    expect(booms[0]!.x).toBeLessThan(near!.x);
    expect(near!.hp).toBeLessThan(99 - 5);
    expect(far!.hp).toBeLessThan(99);
    expect(99 - near!.hp).toBeGreaterThan(99 - far!.hp);
  });
});

describe("a fallen ally's case", () => {
  it('drops where Campa falls, and El picks it up into slot 4 and fires it', () => {
    const w = targetWorld(['#########', '#@c.....#', '#########'], {}, { actor: (s) => ({ ...s, archetype: 'campa', name: 'campa' }) });
    const campa = others(w)[0]!;
    expect(campa.weapon).toBe('campaCase');
    damage(w, campa, 99, 0, campa.x, campa.y);
    run(w, 1);
    expect(w.pickups.map((p) => p.weapon)).toEqual(['campaCase']);
    run(w, 1, input({ buttons: Button.Use }));
    const p = elView(w);
    expect([p.carried, p.slot, p.carriedRounds]).toEqual(['campaCase', 3, WEAPONS.campaCase.magazine]);
    run(w, 10);
    expect(collect(w, 20, 'shot', input({ buttons: FIRE })).every((s) => s.weapon === 'campaCase')).toBe(true);
    expect(p.carriedRounds).toBeLessThan(WEAPONS.campaCase.magazine);
  });
});
