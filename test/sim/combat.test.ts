import { describe, expect, it } from 'vitest';
import { DIVE_INVULNERABLE_TICKS, fireBullet } from '../../src/sim/combat';
import { Button } from '../../src/sim/input';
import { cosA, sinA } from '../../src/sim/math';
import { step } from '../../src/sim/step';
import { traceSegment, TraceMode, newTraceHit } from '../../src/sim/trace';
import { createWorld, playerOf, type World } from '../../src/sim/world';
import { asciiLevel } from './ascii-level';
import { collect, FIRE, input, run } from './helpers';

/** A world whose other actors are dummies without a mind (the AI is not under test here). */
function dummies(rows: string[]): World {
  const world = createWorld(asciiLevel(rows), 1);
  for (const a of world.actors) a.ai = null;
  return world;
}

describe('bullets', () => {
  it('never pass through a one-cell wall, at any angle and length', () => {
    const w = createWorld(asciiLevel([
      '#########',
      '#.......#',
      '#.#####.#',
      '#.#...#.#',
      '#.#.@.#.#',
      '#.#...#.#',
      '#.#####.#',
      '#.......#',
      '#########',
    ]), 1);
    const hit = newTraceHit();
    const p = playerOf(w);
    for (let a = 0; a < 4096; a += 3) {
      for (const len of [20, 40, 100, 1000]) {
        const x1 = p.x + cosA(a) * len;
        const y1 = p.y + sinA(a) * len;
        traceSegment(w, p.x, p.y, x1, y1, TraceMode.Bullet, p.x, p.y, hit);
        const ex = p.x + (x1 - p.x) * hit.t;
        const ey = p.y + (y1 - p.y) * hit.t;
        // The stopping point is inside the inner box (cells 2..6) whatever the length.
        expect(ex).toBeGreaterThanOrEqual(2 * 16 - 1e-9);
        expect(ex).toBeLessThanOrEqual(7 * 16 + 1e-9);
        expect(ey).toBeGreaterThanOrEqual(2 * 16 - 1e-9);
        expect(ey).toBeLessThanOrEqual(7 * 16 + 1e-9);
      }
    }
  });

  it('fired in a sealed room hit nobody outside it', () => {
    const w = dummies([
      '#########',
      '#e..e..e#',
      '#.#####.#',
      '#e#...#e#',
      '#.#.@.#.#',
      '#e#...#e#',
      '#.#####.#',
      '#e..e..e#',
      '#########',
    ]);
    const p = playerOf(w);
    const hits = [];
    for (let a = 0; a < 4096; a += 64) {
      fireBullet(w, p, 'sleevePistols', p.x, p.y, a, 0, 0);
      hits.push(...collect(w, 30, 'hit'));
    }
    expect(hits).toEqual([]);
    expect(w.actors.every((a) => a.hp === a.maxHp)).toBe(true);
  });

  it('hit the first body on their path and stop there', () => {
    const w = dummies(['##########', '#@..e..e.#', '##########']);
    const hits = collect(w, 90, 'hit', input({ buttons: FIRE }));
    const firstTarget = w.actors[1]!.id;
    expect(hits.length).toBeGreaterThan(0);
    expect(new Set(hits.slice(0, 1).map((h) => h.target))).toEqual(new Set([firstTarget]));
    expect(w.actors[1]!.alive).toBe(false);
  });

  it('are stopped by low cover far from the shooter but fly over it close by', () => {
    // Far: the table two cells in front of the enemy shields him.
    const far = dummies(['############', '#@......T.e#', '############']);
    const farHits = collect(far, 120, 'hit', input({ buttons: FIRE }));
    expect(farHits).toEqual([]);
    // Close: El stands right at the table and shoots over it.
    const near = dummies(['############', '#......@T.e#', '############']);
    const nearHits = collect(near, 120, 'hit', input({ buttons: FIRE }));
    expect(nearHits.length).toBeGreaterThan(0);
  });
});

describe('damage and death', () => {
  it('El survives a shot, and a dead henchman drops his gun with what was left in it', () => {
    const w = dummies(['##########', '#@...e...#', '##########']);
    const p = playerOf(w);
    const enemy = w.actors[1]!;
    fireBullet(w, enemy, 'pistol', enemy.x - 8, enemy.y, 2048, -20, 0);
    run(w, 10);
    expect(p.alive).toBe(true);
    expect(p.hp).toBe(p.maxHp - 2);
    enemy.rounds = 3;
    const deaths = collect(w, 60, 'death', input({ buttons: FIRE }));
    expect(deaths.map((d) => d.actor)).toEqual([enemy.id]);
    expect(w.pickups).toHaveLength(1);
    expect(w.pickups[0]).toMatchObject({ weapon: 'pistol', rounds: 3 });
    expect(w.stats.kills).toBe(1);
  });

  it('hit points never go below zero', () => {
    const w = dummies(['########', '#@..e..#', '########']);
    const enemy = w.actors[1]!;
    for (let i = 0; i < 5; i++) fireBullet(w, playerOf(w), 'deagle', enemy.x - 10, enemy.y, 0, -12, 0);
    run(w, 5);
    expect(enemy.hp).toBe(0);
    expect(enemy.alive).toBe(false);
  });
});

describe('the dive', () => {
  it('lets bullets through during its first half only', () => {
    const level = ['##################', '#.......@.......e#', '##################'];
    const dodge = dummies(level);
    const enemy = dodge.actors[1]!;
    step(dodge, input({ moveY: 0, buttons: Button.Dive, aim: 0 }));
    // A shot that arrives while El is still in the invulnerable half passes through him.
    fireBullet(dodge, enemy, 'deagle', playerOf(dodge).x + 14, playerOf(dodge).y, 2048, -12, 0);
    const hits = collect(dodge, 3, 'hit');
    expect(hits).toEqual([]);
    expect(playerOf(dodge).hp).toBe(playerOf(dodge).maxHp);

    const late = dummies(level);
    step(late, input({ buttons: Button.Dive, aim: 2048 }));
    run(late, DIVE_INVULNERABLE_TICKS);
    const e2 = late.actors[1]!;
    fireBullet(late, e2, 'deagle', playerOf(late).x + 14, playerOf(late).y, 2048, -12, 0);
    expect(collect(late, 3, 'hit').map((h) => h.target)).toEqual([playerOf(late).id]);
  });

  it('covers more ground than running, and can fire while airborne', () => {
    const level = asciiLevel(['##############################', '#@...........................#', '##############################']);
    const runW = createWorld(level, 1);
    run(runW, 30, input({ moveX: 127 }));
    const diveW = createWorld(level, 1);
    const shots = collect(diveW, 30, 'shot', (i) => input({ moveX: 127, buttons: i === 0 ? Button.Dive : Button.Fire }));
    expect(playerOf(diveW).x).toBeGreaterThan(playerOf(runW).x);
    expect(shots.length).toBeGreaterThan(0);
  });
});
