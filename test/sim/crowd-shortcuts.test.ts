// The per-tick shortcuts of step.ts and rules.ts answer as the plain loops they replace: spent
// bullets and taken pickups still leave their lists on the tick they go, and the eliminate rule
// (which goes on from where it stopped) completes on exactly the tick a look at every enemy says.
import { describe, expect, it } from 'vitest';
import { ARCHETYPES } from '../../src/sim/archetypes';
import { cloneWorld } from '../../src/sim/clone';
import { damage } from '../../src/sim/combat';
import { stateHash } from '../../src/sim/hash';
import type { Objective } from '../../src/sim/level-data';
import { Button } from '../../src/sim/input';
import { nextU32 } from '../../src/sim/rng';
import { step } from '../../src/sim/step';
import { createWorld, type World } from '../../src/sim/world';
import { asciiLevel } from './ascii-level';
import { input } from './helpers';
import { ARENA, inputStream } from './scripted-run';

describe('the lists compacted at the end of a tick', () => {
  it('hold no spent bullet and no taken pickup after any tick of busy fights', () => {
    let stopped = 0;
    for (let seed = 1; seed <= 6; seed++) {
      const world = createWorld(ARENA, seed);
      const next = inputStream(seed * 7919 + 1);
      for (let i = 0; i < 3000 && world.outcome === null; i++) {
        const bullets = world.bullets.length + world.pendingBullets.length;
        step(world, next());
        // The lists as the plain compaction (every entry, every tick) leaves them.
        expect(world.bullets.every((b) => b.alive)).toBe(true);
        expect(world.pickups.every((p) => p.alive)).toBe(true);
        if (world.bullets.length < bullets) stopped++;
      }
    }
    // The runs did stop bullets, so that compaction ran.
    expect(stopped).toBeGreaterThan(50);
  });

  it('drops a taken pickup, and only it, on the tick it is taken', () => {
    // Guns along the hall, a revolver every 24 px; El walks along and presses use every 10 ticks.
    const pickups = Array.from({ length: 8 }, (_, k) => ({ weapon: 'revolver' as const, rounds: 6, x: 40 + k * 24, y: 24 }));
    const level = asciiLevel(['####################', '#@.................#', '####################'], { pickups });
    const world = createWorld(level, 1);
    let taken = 0;
    for (let t = 0; t < 200; t++) {
      const before = world.pickups.map((p) => p.id);
      step(world, input({ moveX: 60, buttons: t % 10 === 0 ? Button.Use : 0 }));
      const took = world.events.filter((e) => e.type === 'pickup').map((e) => e.pickup);
      taken += took.length;
      // Dropped guns join at the end: what was there before, less what was taken, comes first.
      expect(world.pickups.map((p) => p.id).slice(0, before.length - took.length)).toEqual(before.filter((id) => !took.includes(id)));
      expect(world.pickups.every((p) => p.alive)).toBe(true);
    }
    expect(taken).toBeGreaterThan(3);
  });
});

/** The eliminate rule as a look at every spawn and every enemy of the group. */
function groupDownPlain(world: World, group: string): boolean {
  const spawns = world.level.actors;
  for (let i = 0; i < spawns.length; i++) {
    const inGroup = group === '' || spawns[i]!.group === group;
    if (inGroup && ARCHETYPES[spawns[i]!.archetype].team === 'enemy' && !world.spawned[i]) return false;
  }
  return world.actors.every((a) => a.team !== 'enemy' || (group !== '' && a.group !== group) || !a.alive);
}

describe('the eliminate rule', () => {
  // Three groups: two on the floor from the start, one dormant until El reaches the trigger.
  const objectives: Objective[] = [
    { type: 'eliminate', group: 'a', text: 'A' },
    { type: 'eliminate', group: 'b', text: 'B' },
    { type: 'eliminate', group: '', text: 'All' },
  ];
  const level = asciiLevel(['######################', '#@...e....e....e...e.#', '#..e....e....e....e..#', '######################'], {
    actor: (s, i) => ({ ...s, group: ['a', 'b', 'c'][i % 3]!, dormant: i % 3 === 2 }),
    triggers: [{ name: 'late', area: { x: 0, y: 0, w: 352, h: 64 }, delay: 90, actions: [{ type: 'spawn', group: 'c' }] }],
    objectives,
  });

  it('completes each objective on exactly the tick every enemy of its group is spawned and dead', () => {
    for (let seed = 1; seed <= 8; seed++) {
      const world = createWorld(level, seed);
      for (const a of world.actors) a.ai = null;
      const h = { rng: seed };
      for (let t = 0; t < 1200 && world.outcome === null; t++) {
        // Now and then someone dies, in no order (whatever group the current objective names).
        if (nextU32(h) % 9 === 0) {
          const living = world.actors.filter((a) => a.team === 'enemy' && a.alive);
          const victim = living[nextU32(h) % Math.max(1, living.length)];
          if (victim !== undefined) damage(world, victim, 999, 0, victim.x, victim.y);
        }
        const before = world.objective;
        step(world, input());
        for (const a of world.actors) a.ai = null;
        // Every objective passed this tick was done; the one it stopped at is not.
        for (let k = before; k < world.objective; k++) {
          const o = objectives[k]!;
          if (o.type === 'eliminate') expect(groupDownPlain(world, o.group)).toBe(true);
        }
        const now = objectives[world.objective];
        if (now?.type === 'eliminate') expect(groupDownPlain(world, now.group)).toBe(false);
      }
      expect(world.outcome).toBe('cleared');
    }
  });

  it('gives a clone taken mid-run the same ending as the world it came from', () => {
    const world = createWorld(level, 3);
    for (const a of world.actors) a.ai = null;
    const enemies = world.actors.filter((a) => a.team === 'enemy');
    // Group a and half of b fall; then the clone and the world see the rest die alike.
    for (const a of enemies.slice(0, 5)) damage(world, a, 999, 0, a.x, a.y);
    for (let t = 0; t < 20; t++) step(world, input());
    const clone = cloneWorld(world);
    for (const w of [world, clone]) {
      for (let t = 0; t < 400 && w.outcome === null; t++) {
        for (const a of w.actors) {
          a.ai = null;
          if (a.team === 'enemy' && a.alive && (w.tick + a.id) % 37 === 0) damage(w, a, 999, 0, a.x, a.y);
        }
        step(w, input());
      }
    }
    expect(world.outcome).toBe('cleared');
    expect(stateHash(clone)).toBe(stateHash(world));
  });
});

describe('reach with companions', () => {
  it('waits for every actor of a companion\'s name, living, not only the first of them', () => {
    // El already in the exit; two men named "pal", one at his side and one far down the hall.
    const level = asciiLevel(['######################', '#@e.................e#', '######################'], {
      actor: (s) => ({ ...s, name: 'pal' }),
      exits: [{ name: 'out', area: { x: 16, y: 16, w: 16, h: 16 } }],
      objectives: [{ type: 'reach', exit: 'out', with: ['pal'], text: 'Together' }],
    });
    const world = createWorld(level, 1);
    for (const a of world.actors) a.ai = null;
    for (let t = 0; t < 30; t++) step(world, input());
    expect(world.outcome).toBeNull();
    // The far one falls: the dead are let go, and the one at his side is near enough.
    const far = world.actors[2]!;
    damage(world, far, 999, 0, far.x, far.y);
    step(world, input());
    expect(world.outcome).toBe('cleared');
  });
});
