import { describe, expect, it } from 'vitest';
import { cloneWorld } from '../../src/sim/clone';
import { damage } from '../../src/sim/combat';
import { stateHash } from '../../src/sim/hash';
import { addKnock } from '../../src/sim/knockback';
import { livingActors, livingOf } from '../../src/sim/living';
import { step } from '../../src/sim/step';
import { createWorld, type World } from '../../src/sim/world';
import { asciiLevel } from './ascii-level';
import { input, run } from './helpers';
import { ARENA, inputStream } from './scripted-run';

/** Steps once and checks what the plain loops guaranteed: every body's px/py is where it began. */
function stepChecked(world: World, cmd = input()): void {
  const before = world.actors.map((a) => [a.x, a.y]);
  step(world, cmd);
  world.actors.forEach((a, i) => {
    if (i >= before.length) return;
    expect([a.px, a.py]).toEqual(before[i]);
  });
  // The living list holds every living actor, in world.actors order.
  expect(livingActors(world).filter((a) => a.alive)).toEqual(world.actors.filter((a) => a.alive));
}

describe('the living list and bodies at rest', () => {
  it('keeps px/py and the living exactly as a visit of every actor would, through a busy fight', () => {
    const world = createWorld(ARENA, 5);
    const next = inputStream(5 * 7919 + 1);
    for (let i = 0; i < 3000 && world.outcome === null; i++) stepChecked(world, next());
    // The run had deaths, so the lists were pruned on the way.
    expect(world.actors.some((a) => !a.alive)).toBe(true);
  });

  it('lets a body killed mid-shove slide to rest, its px/py following, and a clone slides the same', () => {
    const level = asciiLevel(['##################', '#@.......e.......#', '##################']);
    const world = createWorld(level, 1);
    run(world, 2);
    const body = world.actors[1]!;
    addKnock(body, 5, 0);
    damage(world, body, 999, 0, body.x, body.y);
    expect(body.alive).toBe(false);
    const from = body.x;
    stepChecked(world);
    stepChecked(world);
    const clone = cloneWorld(world);
    for (let i = 0; i < 40; i++) {
      stepChecked(world);
      stepChecked(clone);
    }
    // Slid well along the floor and came to rest, shove spent; the clone did the same.
    expect(body.x - from).toBeGreaterThan(10);
    expect(body.knockVx).toBe(0);
    expect([body.px, body.py]).toEqual([body.x, body.y]);
    expect(stateHash(clone)).toBe(stateHash(world));
  });

  it('a clone taken while a body slides carries on as the original', () => {
    const level = asciiLevel(['##################', '#@.......e.......#', '##################']);
    const world = createWorld(level, 1);
    run(world, 2);
    const body = world.actors[1]!;
    addKnock(body, 6, 0);
    damage(world, body, 999, 0, body.x, body.y);
    stepChecked(world);
    // A fresh world's lists start from nothing: the sliding body must still move and settle.
    const clone = cloneWorld(world);
    for (let i = 0; i < 40; i++) {
      stepChecked(world);
      stepChecked(clone);
      expect(stateHash(clone)).toBe(stateHash(world));
    }
  });

  it('keeps each world to its own lists when two worlds are stepped in turn (the last-world memo)', () => {
    // Alone, then interleaved tick by tick with a second world of the same level and another seed:
    // a memo answering for the wrong world would mix their lists and change both runs.
    const alone = scriptedWorlds(1);
    const [a, b] = scriptedWorlds(2);
    // Each world keeps the lists it was given (a wrong answer would be caught and rebuilt, slowly).
    const listsA = livingOf(a!);
    expect(livingOf(b!)).not.toBe(listsA);
    expect(livingOf(a!)).toBe(listsA);
    expect(stateHash(a!)).toBe(stateHash(alone[0]!));
    expect(stateHash(b!)).toBe(stateHash(scriptedWorlds(1, 8)[0]!));
    expect(stateHash(a!)).not.toBe(stateHash(b!));
  });
});

/** Steps `count` arena worlds (seeds `seed`, `seed + 1`, ...) tick by tick in turn through a fight. */
function scriptedWorlds(count: number, seed = 7): World[] {
  const worlds = Array.from({ length: count }, (_, i) => createWorld(ARENA, seed + i));
  const streams = worlds.map((_, i) => inputStream((seed + i) * 7919 + 1));
  for (let t = 0; t < 1500; t++) worlds.forEach((w, i) => step(w, streams[i]!()));
  return worlds;
}
