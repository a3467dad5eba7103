import { describe, expect, it } from 'vitest';
import { canSee } from '../../src/sim/ai/perception';
import { igniteAt } from '../../src/sim/fire';
import { SMOKE_PERIOD } from '../../src/sim/smoke';
import { step } from '../../src/sim/step';
import { clearSight, newTraceHit } from '../../src/sim/trace';
import { createWorld, playerOf, type World } from '../../src/sim/world';
import { asciiLevel } from './ascii-level';
import { input, run } from './helpers';

// El and a henchman face each other down a stone corridor (the henchman looks west, at El).
const CORRIDOR = ['##############', '#@..........e#', '##############'];

function fillSmoke(w: World, tx0: number, tx1: number, ty: number, v: number): void {
  for (let tx = tx0; tx <= tx1; tx++) w.smoke[ty * w.level.width + tx] = v;
}

describe('smoke', () => {
  it('rises from a burning cell, drifts north, and clears after the fire', () => {
    const rows = ['#########', '#.......#', '#.......#', '#.......#', '#...,...#', '#.......#', '#.......#', '#......@#', '#########'];
    const w = createWorld(asciiLevel(rows), 1);
    igniteAt(w, 4 * 16 + 8, 4 * 16 + 8);
    run(w, SMOKE_PERIOD * 10);
    const at = (tx: number, ty: number): number => w.smoke[ty * 9 + tx]!;
    expect(at(4, 4)).toBeGreaterThan(100);
    expect(at(4, 3)).toBeGreaterThan(0);
    // Two cells north hold more than two cells south: the drift.
    expect(at(4, 2)).toBeGreaterThan(at(4, 6));
    // Sideways it spreads evenly.
    expect(at(3, 4)).toBe(at(5, 4));
    run(w, 2000);
    expect(w.burningCells).toBe(0);
    expect(w.smokyCells).toBe(0);
    expect(w.smoke.every((v) => v === 0)).toBe(true);
  });

  it('thick smoke blocks an AI line of sight, thin smoke does not', () => {
    const w = createWorld(asciiLevel(CORRIDOR), 1);
    const el = playerOf(w);
    const guard = w.actors[1]!;
    const hit = newTraceHit();
    expect(canSee(w, guard, el, 400, 800)).toBe(true);
    fillSmoke(w, 5, 6, 1, 100);
    expect(canSee(w, guard, el, 400, 800)).toBe(true);
    fillSmoke(w, 5, 6, 1, 200);
    expect(canSee(w, guard, el, 400, 800)).toBe(false);
    expect(clearSight(w, guard.x, guard.y, el.x, el.y, hit)).toBe(false);
  });

  it('a henchman does not spot El through a smoke bank', () => {
    const w = createWorld(asciiLevel(CORRIDOR), 1);
    for (let i = 0; i < 120; i++) {
      fillSmoke(w, 5, 7, 1, 255);
      step(w, input());
    }
    const guard = w.actors[1]!;
    expect(guard.ai!.aware).toBe(false);
    expect(playerOf(w).hp).toBe(playerOf(w).maxHp);
  });

  it('bullets fly through smoke', () => {
    const w = createWorld(asciiLevel(CORRIDOR), 1);
    const guard = w.actors[1]!;
    const hits: number[] = [];
    // The first pull slides the pistols out of the sleeves; the second fires.
    for (let i = 0; i < 60; i++) {
      fillSmoke(w, 3, 10, 1, 255);
      step(w, input({ aim: 0, buttons: i === 0 || i === 20 ? 1 : 0 }));
      for (const e of w.events) if (e.type === 'hit') hits.push(e.target);
    }
    expect(hits).toEqual([guard.id]);
  });
});
