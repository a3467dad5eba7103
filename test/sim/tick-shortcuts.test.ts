// The tick's shortcuts (living.ts: the last-world memo, an eliminate group's progress, "nobody
// shoved", "nothing in the air", no footfall entry in the air) against the plain tick: a world
// stepped as usual and one cloned before every step (a clone starts from fresh lists, which know
// nothing and so skip nothing) must agree tick by tick, with shoves and thrown cases added at
// random times in both.
import { describe, expect, it } from 'vitest';
import { cloneWorld } from '../../src/sim/clone';
import { stateHash } from '../../src/sim/hash';
import { addKnock } from '../../src/sim/knockback';
import { nextU32 } from '../../src/sim/rng';
import { step } from '../../src/sim/step';
import { createWorld, type World } from '../../src/sim/world';
import { ARENA, inputStream } from './scripted-run';

/** Random disturbances from their own stream, the same for both worlds given the same draws. */
function disturb(world: World, r: number, s: number): void {
  // Now and then a shove on some living actor (addKnock is the only way one starts).
  if (r % 9 === 0) {
    const a = world.actors[s % world.actors.length]!;
    if (a.alive) addKnock(a, ((s >>> 8) % 13) - 6, ((s >>> 16) % 13) - 6);
  }
  // Rarely a case thrown across the arena (a pickup in the air for a while), as throwCase makes one.
  if (r % 211 === 0) {
    const ticks = 12 + (s % 40);
    world.pendingPickups.push({
      id: world.nextId++, weapon: 'guitarCase', rounds: 0, x: 40 + (s % 300), y: 40 + ((s >>> 9) % 100), alive: true,
      flight: { fromX: 30, fromY: 30, total: ticks, left: ticks },
    });
  }
}

describe('the tick skips only what the plain tick would not change', () => {
  for (const seed of [3, 11, 12]) {
    it(`agrees with a tick on fresh lists every tick (seed ${seed})`, () => {
      const fast = createWorld(ARENA, seed);
      let plain = createWorld(ARENA, seed);
      // El hard to kill, so the run lasts: the same change in both.
      fast.actors[0]!.hp = 400;
      plain.actors[0]!.hp = 400;
      const next = inputStream(seed * 104729 + 7);
      const h = { rng: seed * 31 + 1 };
      let shovedTicks = 0;
      let flyingTicks = 0;
      let aloftTicks = 0;
      for (let t = 0; t < 3000 && fast.outcome === null; t++) {
        const r = nextU32(h);
        const s = nextU32(h);
        disturb(fast, r, s);
        disturb(plain, r, s);
        const cmd = next();
        step(fast, cmd);
        plain = cloneWorld(plain);
        step(plain, cmd);
        expect(fast.events).toEqual(plain.events);
        expect(stateHash(fast)).toBe(stateHash(plain));
        if (fast.actors.some((a) => a.knockVx !== 0 || a.knockVy !== 0)) shovedTicks++;
        if (fast.pickups.some((p) => p.flight !== undefined && p.flight.left > 0)) flyingTicks++;
        if (fast.footfalls.some((f) => f.airborne)) aloftTicks++;
      }
      // The run exercised both shortcuts' both answers.
      expect(shovedTicks).toBeGreaterThan(50);
      expect(flyingTicks).toBeGreaterThan(10);
      expect(aloftTicks).toBeGreaterThan(10);
      expect(fast.tick).toBeGreaterThan(1000);
    });
  }
});
