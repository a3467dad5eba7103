// Which actors a tick has to visit. The living, in world.actors order, so loops that skip the dead
// (street: 13 of 28) do not walk past them; the dead still sliding from a shove; the actors the
// rules look up by name. Kept beside the world, not in it (a WeakMap): stateHash and cloneWorld never see
// it, and a clone builds its own on first use, so none reads another world's lists.
//
// Why the dead can be left out: only damage() kills and nothing revives; a body moves only through
// moveActor, and a dead one only by the shove it died with (addKnock is never given a corpse:
// blasts and rounds hit the living), which decays to zero and stays there.
import type { Actor, World } from './world';

export interface Living {
  /** The world.actors array this follows (a different array: rebuilt from scratch). */
  source: Actor[];
  /** How many of source's entries have been looked at (actors only join at the end). */
  seen: number;
  /**
   * Every living actor in order, with their indices in world.actors; may still hold some that
   * died since the start of the tick (loops over it check `alive`).
   */
  actors: Actor[];
  indices: number[];
  /**
   * The dead that may still move or that moved since their px/py were set: those that died
   * while shoved. Empty nearly always; any order.
   */
  settling: Actor[];
  /** By name, every actor of that name (living or dead), in world.actors order. */
  byName: Map<string, Actor[]>;
  /** The actors the level protects (their names in level.protect), in world.actors order. */
  guarded: Actor[];
  /** By group ("" = every group), its enemies and how far the eliminate rule has got on them. */
  groups: Map<string, EnemyGroup>;
  /**
   * Whether some body may still be shoved (knockback.ts): false only when the last knock-back
   * pass left every body still and no shove was added anywhere since (`knockStamp`). A fresh
   * list (a clone, a world already played) does not know, so it starts true.
   */
  shoved: boolean;
  /** addKnock's count of shoves (knockback.ts) when `shoved` was last worked out. */
  knockStamp: number;
  /**
   * Whether a pickup may be in the air (case-throw.ts): false once the flights were updated with
   * none left flying and no pickup has joined since; starts true for the same reason.
   */
  flying: boolean;
  /**
   * How many of world.footfalls say "in the air" (footsteps.ts keeps it as it stores the flag);
   * counted afresh for a fresh list.
   */
  aloft: number;
}

export interface EnemyGroup {
  /** The enemies in the group, dead or alive, in world.actors order. */
  enemies: Actor[];
  /**
   * How far the eliminate rule has got (rules.ts): the group's first `spawned` enemy spawns are
   * known spawned and its first `dead` enemies known dead. Both only grow: a spawn is never undone
   * and nothing revives.
   */
  spawned: number;
  dead: number;
  /** The level's enemy spawns of the group (indices into level.actors), filled by rules.ts on first use. */
  spawns: number[] | null;
}

const byWorld = new WeakMap<World, Living>();
// The last world asked about and its lists, looked at before the WeakMap: a tick asks several
// times for the same world, and a WeakMap lookup is a hash probe each time. Always the world's
// entry in byWorld (both are set together), so it never answers for another world; it keeps one
// world from being collected until another is asked about.
let lastWorld: World | null = null;
let lastLiving: Living | undefined;

/** The lists as they stand (actors that joined since the last call are added). */
export function livingOf(world: World): Living {
  let living = world === lastWorld ? lastLiving : byWorld.get(world);
  const source = world.actors;
  if (living === undefined || living.source !== source || living.seen > source.length) {
    living = {
      source, seen: 0, actors: [], indices: [], settling: [], byName: new Map(), guarded: [], groups: new Map(),
      shoved: true, knockStamp: 0, flying: true, aloft: countAloft(world),
    };
    byWorld.set(world, living);
  }
  lastWorld = world;
  lastLiving = living;
  // Newcomers (deferred spawns joined at the end of a tick) go on the end, as in world.actors.
  for (let i = living.seen; i < source.length; i++) {
    const a = source[i]!;
    const named = living.byName.get(a.name);
    if (named === undefined) living.byName.set(a.name, [a]);
    else named.push(a);
    if (a.name !== '' && world.level.protect.includes(a.name)) living.guarded.push(a);
    if (a.team === 'enemy') for (const [name, group] of living.groups) if (inGroup(a, name)) group.enemies.push(a);
    if (a.alive) {
      living.actors.push(a);
      living.indices.push(i);
    } else if (mayMove(a) || a.px !== a.x || a.py !== a.y) {
      // Met dead (a fresh list for a world already played): settling until known at rest.
      living.settling.push(a);
    }
  }
  living.seen = source.length;
  return living;
}

function countAloft(world: World): number {
  let n = 0;
  for (const f of world.footfalls) if (f.airborne) n++;
  return n;
}

/** Actors alive at the last start of a tick plus any that joined since, in world.actors order. */
export function livingActors(world: World): Actor[] {
  return livingOf(world).actors;
}

/** The first actor in world.actors with that name, or undefined (names never change). */
export function actorNamed(world: World, name: string): Actor | undefined {
  return livingOf(world).byName.get(name)?.[0];
}

/** Every actor with that name (living or dead), in world.actors order; do not change it. */
export function actorsNamed(world: World, name: string): readonly Actor[] {
  return livingOf(world).byName.get(name) ?? NOBODY;
}

const NOBODY: readonly Actor[] = [];

/** The actors whose names are in level.protect, in world.actors order. */
export function guardedActors(world: World): Actor[] {
  return livingOf(world).guarded;
}

/** A group's enemies ("" = every enemy) with the eliminate rule's progress on them. */
export function enemyGroup(world: World, name: string): EnemyGroup {
  const living = livingOf(world);
  let group = living.groups.get(name);
  if (group === undefined) {
    group = { enemies: [], spawned: 0, dead: 0, spawns: null };
    for (let i = 0; i < living.seen; i++) {
      const a = world.actors[i]!;
      if (a.team === 'enemy' && inGroup(a, name)) group.enemies.push(a);
    }
    living.groups.set(name, group);
  }
  return group;
}

function inGroup(a: Actor, group: string): boolean {
  return group === '' || a.group === group;
}

/**
 * The start of a tick: sets every body's px/py (where it starts the tick) to where it is — visiting
 * only those that can have moved since the last time, which gives the same result as setting all
 * — and drops the dead from the living list (those still shoved go on settling).
 */
export function startTick(world: World): Living {
  const living = livingOf(world);
  const settling = living.settling;
  if (settling.length > 0) {
    let w = 0;
    for (let r = 0; r < settling.length; r++) {
      const a = settling[r]!;
      a.px = a.x;
      a.py = a.y;
      // At rest: nothing will move it again, and px/py now match.
      if (mayMove(a)) settling[w++] = a;
    }
    settling.length = w;
  }
  const actors = living.actors;
  const indices = living.indices;
  let w = 0;
  for (let r = 0; r < actors.length; r++) {
    const a = actors[r]!;
    a.px = a.x;
    a.py = a.y;
    if (!a.alive) {
      if (mayMove(a)) settling.push(a);
      continue;
    }
    // Stores only behind a removal: an array store costs a write barrier, and nobody died most ticks.
    if (w !== r) {
      actors[w] = a;
      indices[w] = indices[r]!;
    }
    w++;
  }
  if (w !== actors.length) {
    actors.length = w;
    indices.length = w;
  }
  return living;
}

/** Whether a shove is still moving it (knockback.ts). */
function mayMove(a: Actor): boolean {
  return a.knockVx !== 0 || a.knockVy !== 0;
}
