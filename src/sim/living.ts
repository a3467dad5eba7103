// The living actors in world.actors order, so per-tick loops that skip the dead (street: 13 of 28)
// do not visit them. Kept beside the world, not in it (a WeakMap): stateHash and cloneWorld never
// see it, and a clone builds its own on first use, so none reads another world's list.
//
// The list may still hold actors that died since it was last pruned (only damage() kills, and
// nothing revives), so it is always a superset of the living, in order: every loop over it still
// checks `alive`. step() prunes it once at the start of each tick. Beside it, the named actors.
import type { Actor, World } from './world';

export interface Living {
  /** The world.actors array this follows (a different array: rebuilt from scratch). */
  source: Actor[];
  /** How many of source's entries have been looked at (actors only join at the end). */
  seen: number;
  /** Possibly living actors, in order, and each one's index in world.actors. */
  actors: Actor[];
  indices: number[];
  /** Every actor with a name (living or dead), in world.actors order: the few rules look for. */
  named: Actor[];
}

const byWorld = new WeakMap<World, Living>();

/** Actors alive when last pruned plus any that joined since, in world.actors order. */
export function livingActors(world: World): Actor[] {
  return livingOf(world).actors;
}

/**
 * Every actor with a non-empty name, dead or alive, in world.actors order: the same answers as
 * searching world.actors for a name that is not "" (names never change).
 */
export function namedActors(world: World): Actor[] {
  return livingOf(world).named;
}

/** Drops the dead from the list (keeping order, without allocating): once per tick, in step(). */
export function pruneLiving(world: World): Living {
  const living = livingOf(world);
  const actors = living.actors;
  const indices = living.indices;
  let w = 0;
  for (let r = 0; r < actors.length; r++) {
    const a = actors[r]!;
    if (!a.alive) continue;
    actors[w] = a;
    indices[w++] = indices[r]!;
  }
  if (w !== actors.length) {
    actors.length = w;
    indices.length = w;
  }
  return living;
}

function livingOf(world: World): Living {
  let living = byWorld.get(world);
  const source = world.actors;
  if (living === undefined || living.source !== source || living.seen > source.length) {
    living = { source, seen: 0, actors: [], indices: [], named: [] };
    byWorld.set(world, living);
  }
  // Newcomers (deferred spawns joined at the end of a tick) go on the end, as in world.actors.
  for (let i = living.seen; i < source.length; i++) {
    const a = source[i]!;
    if (a.name !== '') living.named.push(a);
    if (!a.alive) continue;
    living.actors.push(a);
    living.indices.push(i);
  }
  living.seen = source.length;
  return living;
}
