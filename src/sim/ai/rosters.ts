// Who each side may pick as a target: pickTarget's candidates without walking every actor (most
// of a level's actors are dead, on the same side or bystanders after the first fights).
// A cache, not world state (stateHash and cloneWorld never see it): keyed by the world's actors
// array, so a clone (its own array) builds its own on first use. Teams never change and the dead
// never rise, so a roster only drops the fallen, and it is rebuilt when actors join the array.
import type { Team } from '../archetypes';
import type { Actor, World } from '../world';

export interface Roster {
  /** The candidates, living when last looked at, in world.actors order (ascending id). */
  readonly actors: Actor[];
  /** Parallel to actors: whether the level names him as someone El must keep alive (level.protect). */
  readonly guarded: boolean[];
}

interface Rosters {
  /** world.actors.length when built: a longer array means actors joined. */
  count: number;
  /** For Bucho's men: El and his allies. */
  readonly ofEnemy: Roster;
  /** For El and his allies: Bucho's men. */
  readonly ofGood: Roster;
  /** For anyone else (bystanders fight nobody). */
  readonly none: Roster;
}

const byActors = new WeakMap<Actor[], Rosters>();
// The last world asked about, so the common case (one world stepping) skips the WeakMap lookup.
let lastActors: Actor[] | null = null;
let lastRosters: Rosters | null = null;

function newRoster(): Roster {
  return { actors: [], guarded: [] };
}

function fill(world: World, r: Rosters): void {
  const list = world.actors;
  const protect = world.level.protect;
  for (const roster of [r.ofEnemy, r.ofGood]) {
    roster.actors.length = 0;
    roster.guarded.length = 0;
  }
  for (let i = 0; i < list.length; i++) {
    const b = list[i]!;
    if (!b.alive) continue;
    const roster = b.team === 'enemy' ? r.ofGood : b.team === 'player' || b.team === 'ally' ? r.ofEnemy : null;
    if (roster === null) continue;
    roster.actors.push(b);
    roster.guarded.push(b.team === 'ally' && protect.length > 0 && protect.includes(b.name));
  }
  r.count = list.length;
}

/** The actors a fighter of `team` may target in this world (hostileTeams), living when last looked at. */
export function rosterFor(world: World, team: Team): Roster {
  const list = world.actors;
  let r = lastActors === list ? lastRosters : null;
  if (r === null) {
    r = byActors.get(list) ?? null;
    if (r === null) {
      r = { count: -1, ofEnemy: newRoster(), ofGood: newRoster(), none: newRoster() };
      byActors.set(list, r);
    }
    lastActors = list;
    lastRosters = r;
  }
  if (r.count !== list.length) fill(world, r);
  return team === 'enemy' ? r.ofEnemy : team === 'ally' || team === 'player' ? r.ofGood : r.none;
}

/** Bucho's men (team 'enemy'), living when last looked at, in id order: whom a man of his must not shoot. */
export function buchosMen(world: World): readonly Actor[] {
  return rosterFor(world, 'ally').actors;
}

/** Drops the dead from a roster, keeping the order (called by whoever walks it and found some). */
export function dropFallen(roster: Roster): void {
  const { actors, guarded } = roster;
  let j = 0;
  for (let i = 0; i < actors.length; i++) {
    if (!actors[i]!.alive) continue;
    actors[j] = actors[i]!;
    guarded[j] = guarded[i]!;
    j++;
  }
  actors.length = j;
  guarded.length = j;
}
