// Level scripting and the win/lose rules: triggers, objectives in order, and the outcome.
import { raiseAlarm } from './ai/ai-hooks';
import { updateShout } from './ai/shout';
import { ARCHETYPES } from './archetypes';
import type { LevelData, Objective, Rect, TriggerAction } from './level-data';
import { throwCase } from './case-throw';
import { igniteArea } from './fire';
import { openDoor } from './movement';
import { failureReason } from './protect';
import { knifeKill } from './knife';
import { actorNamed, actorsNamed, enemyGroup } from './living';
import { emit, makeActor, playerOf, type World } from './world';

function inside(r: Rect, x: number, y: number): boolean {
  return x >= r.x && y >= r.y && x < r.x + r.w && y < r.y + r.h;
}

/** A companion this close to El (pixels) counts as with him at the exit. */
export const AT_HIS_SIDE = 48;

export function updateTriggers(world: World): void {
  // Not a trigger of the map's, but a level rule all the same: El gone quiet after a fight calls
  // the men still at their posts (src/sim/ai/shout.ts).
  updateShout(world);
  const player = playerOf(world);
  const triggers = world.level.triggers;
  for (let i = 0; i < triggers.length; i++) {
    const state = world.triggers[i]!;
    if (state === -2) continue;
    const trig = triggers[i]!;
    if (state === -1) {
      if (!player.alive || !inside(trig.area, player.x, player.y)) continue;
      if (trig.after !== undefined && world.objective < trig.after) continue;
      world.triggers[i] = trig.delay;
    } else {
      world.triggers[i] = state - 1;
    }
    if (world.triggers[i] === 0) {
      world.triggers[i] = -2;
      for (const action of trig.actions) runAction(world, action);
    }
  }
}

export function runAction(world: World, action: TriggerAction): void {
  switch (action.type) {
    case 'caption':
      emit(world, { type: 'caption', speaker: action.speaker, text: action.text });
      break;
    case 'alarm':
      soundAlarm(world);
      break;
    case 'spawn':
      spawnGroup(world, action.group);
      break;
    case 'openDoor': {
      const index = world.level.doors.findIndex((d) => d.name === action.door);
      const door = world.level.doors[index];
      // Opened by the level itself (id 0): it swings away from the player.
      if (door) openDoor(world, index, 0, playerOf(world).x, playerOf(world).y);
      break;
    }
    case 'ignite': {
      const zone = world.level.fires.find((f) => f.name === action.fire);
      if (zone) igniteArea(world, zone.area);
      break;
    }
    case 'kill':
      knifeKill(world, action.target);
      break;
    case 'throwCase':
      throwCase(world, action.x, action.y);
      break;
  }
}

export function soundAlarm(world: World): void {
  if (world.alarm) return;
  world.alarm = true;
  emit(world, { type: 'alarm' });
  raiseAlarm(world);
}

function spawnGroup(world: World, group: string): void {
  world.level.actors.forEach((spawn, i) => {
    if (spawn.group !== group || world.spawned[i]) return;
    world.spawned[i] = true;
    const actor = makeActor(world, spawn.archetype, spawn.x, spawn.y, spawn.facing, spawn, i);
    world.pendingActors.push(actor);
    emit(world, { type: 'spawn', actor: actor.id, group });
  });
}

// Per level (immutable data, so never stale): the indices of the enemy spawns of each group ("" =
// every enemy spawn), so the once-a-tick objective check does not look up every spawn's archetype.
const enemySpawnsByLevel = new WeakMap<LevelData, Map<string, number[]>>();

function enemySpawns(level: LevelData, group: string): number[] {
  let byGroup = enemySpawnsByLevel.get(level);
  if (byGroup === undefined) {
    byGroup = new Map();
    enemySpawnsByLevel.set(level, byGroup);
  }
  let list = byGroup.get(group);
  if (list === undefined) {
    list = [];
    for (let i = 0; i < level.actors.length; i++) {
      const s = level.actors[i]!;
      if ((group === '' || s.group === group) && ARCHETYPES[s.archetype].team === 'enemy') list.push(i);
    }
    byGroup.set(group, list);
  }
  return list;
}

/**
 * Whether every enemy of the group (every enemy, for "") has been spawned and is dead. Each tick
 * goes on from where the last one stopped (living.ts EnemyGroup): what was spawned or dead stays
 * so, so the answer is the same as a look at all of them.
 */
function groupDown(world: World, name: string): boolean {
  const group = enemyGroup(world, name);
  // Kept on the group, so the per-level lookup is made once per world, not every tick.
  const spawns = group.spawns ?? (group.spawns = enemySpawns(world.level, name));
  let s = group.spawned;
  while (s < spawns.length && world.spawned[spawns[s]!]) s++;
  group.spawned = s;
  if (s < spawns.length) return false;
  const enemies = group.enemies;
  let d = group.dead;
  while (d < enemies.length && !enemies[d]!.alive) d++;
  group.dead = d;
  return d === enemies.length;
}

/** The exit of that name (a loop, not find(): this runs every tick and a closure would allocate). */
function exitNamed(level: LevelData, name: string): LevelData['exits'][number] | undefined {
  for (let i = 0; i < level.exits.length; i++) if (level.exits[i]!.name === name) return level.exits[i];
  return undefined;
}

function objectiveDone(world: World, o: Objective): boolean {
  switch (o.type) {
    case 'eliminate':
      return groupDown(world, o.group);
    case 'defeat': {
      // Done once the named actor is in the world and dead.
      const target = actorNamed(world, o.target);
      return target !== undefined && !target.alive;
    }
    case 'reach': {
      const p = playerOf(world);
      const exit = exitNamed(world.level, o.exit);
      if (!exit || !inside(exit.area, p.x, p.y)) return false;
      // "Both of you": each named companion still alive is inside too, or at El's side (a follower
      // stops a step short of him); the dead are let go.
      const companions = o.with;
      if (companions === undefined) return true;
      for (const name of companions) {
        // Those of that name, not every actor: the same ones in the same order.
        const named = actorsNamed(world, name);
        for (let i = 0; i < named.length; i++) {
          const a = named[i]!;
          if (!a.alive || inside(exit.area, a.x, a.y)) continue;
          const dx = a.x - p.x;
          const dy = a.y - p.y;
          if (dx * dx + dy * dy > AT_HIS_SIDE * AT_HIS_SIDE) return false;
        }
      }
      return true;
    }
    case 'survive':
      return world.objectiveTicks >= o.ticks;
    case 'duel': {
      // Won (El's shot), or after a draw too early, the target beaten in the fight (src/sim/duel.ts).
      const target = actorNamed(world, o.target);
      return target !== undefined && !target.alive;
    }
  }
}

/** Advances objectives and decides the outcome at the end of a tick. */
export function updateOutcome(world: World): void {
  const failure = failureReason(world);
  if (failure !== null) {
    // A mechanic that knows better (a fall, a fire) may have named the cause already this tick.
    world.failure ??= failure;
    emit(world, { type: 'failure', reason: world.failure });
    setOutcome(world, 'dead');
    return;
  }
  const objectives = world.level.objectives;
  world.objectiveTicks++;
  while (world.objective < objectives.length && objectiveDone(world, objectives[world.objective]!)) {
    world.objective++;
    world.objectiveTicks = 0;
    const next = objectives[world.objective];
    emit(world, { type: 'objective', index: world.objective, text: next ? next.text : '' });
  }
  if (world.objective >= objectives.length) {
    setOutcome(world, 'cleared');
  } else if (world.level.timeLimit > 0 && world.tick >= world.level.timeLimit) {
    setOutcome(world, 'timeout');
  }
}

function setOutcome(world: World, outcome: 'cleared' | 'dead' | 'timeout'): void {
  world.outcome = outcome;
  emit(world, { type: 'outcome', outcome });
}
