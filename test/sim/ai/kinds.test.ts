// KINDS and kindOf: the archetype and brain updateAi runs for an actor, looked up once a tick.
import { describe, expect, it } from 'vitest';
import { createAiState } from '../../../src/sim/ai/ai-state';
import { BRAINS, kindOf, KINDS } from '../../../src/sim/ai/brains';
import { ARCHETYPE_IDS, ARCHETYPES } from '../../../src/sim/archetypes';
import { makeActor } from '../../../src/sim/world';
import { makeRun } from './helpers';

describe('kinds', () => {
  it('pair every archetype with its own numbers and the brain it names', () => {
    for (const id of ARCHETYPE_IDS) {
      expect(KINDS[id].def, id).toBe(ARCHETYPES[id]);
      expect(KINDS[id].brain, id).toBe(BRAINS[ARCHETYPES[id].brain]);
    }
  });

  it('kindOf finds each actor\'s kind by its spawn, in a world and in a second level alike', () => {
    const a = makeRun(['#########', '#@.e.g.c#', '#.a.l.b.#', '#########']).world;
    const b = makeRun(['#######', '#@.n.q#', '#.v.B.#', '#######']).world;
    let checked = 0;
    for (const world of [a, b, a]) {
      for (const actor of world.actors) {
        if (!actor.ai) continue;
        expect(kindOf(world, actor, actor.ai), actor.arch).toBe(KINDS[actor.arch]);
        checked++;
      }
    }
    expect(checked).toBe(2 * 6 + 4);
  });

  it('kindOf goes by the actor\'s own archetype when his spawn names another (an actor made by hand)', () => {
    const { world } = makeRun(['#######', '#@.e..#', '#######']);
    const spawn = world.level.actors[0]!;
    const odd = makeActor(world, 'civilian', 40, 24, 0, null, -1);
    odd.ai = createAiState(0, spawn);
    expect(spawn.archetype).toBe('henchman');
    expect(kindOf(world, odd, odd.ai)).toBe(KINDS.civilian);
  });
});
