// Checks that tie the level together: unique names, dormant groups that some trigger spawns,
// and objectives whose groups, actors and exits exist.
import { ARCHETYPES, type ActorSpawn, type ExitZone, type Objective, type TriggerZone } from '../sim';
import { listOf, quote } from './error-text';
import { LevelError } from './level-error';
import type { MapObject, ObjectSet } from './map-objects';
import { parseObjectives } from './objectives-format';

/** Names of actors, doors, triggers and exits are unique across the map. */
export function checkUniqueNames(file: string, set: ObjectSet): void {
  const seen = new Map<string, MapObject>();
  for (const o of set.all) {
    if (o.kind === '' || o.kind === 'player' || o.name === '') continue;
    const first = seen.get(o.name);
    if (first) throw new LevelError(file, `${o.label}.name`, 'a name used by no other object', `${quote(o.name)}, already used by ${first.label}`);
    seen.set(o.name, o);
  }
}

/** Every dormant actor must be woken by some trigger, or it never enters the level. */
export function checkDormantSpawned(file: string, set: ObjectSet, actors: readonly ActorSpawn[], triggers: readonly TriggerZone[]): void {
  const spawned = new Set<string>();
  for (const t of triggers) for (const a of t.actions) if (a.type === 'spawn') spawned.add(a.group);
  const objects = set.of('actor');
  actors.forEach((a, i) => {
    if (a.dormant && !spawned.has(a.group)) {
      throw new LevelError(file, `${objects[i]!.label}.properties.group`, 'a group that a trigger spawns (a trigger with spawn = the group)', `${quote(a.group)}, which no trigger spawns`);
    }
  });
}

/** Parses the `objectives` map property and resolves its targets. */
export function readObjectives(
  file: string,
  field: string,
  value: string,
  actors: readonly ActorSpawn[],
  exits: readonly ExitZone[],
): Objective[] {
  const parsed = parseObjectives(value);
  if (!Array.isArray(parsed)) {
    const where = parsed.line > 0 ? `${field} line ${parsed.line}` : field;
    throw new LevelError(file, where, parsed.expected, parsed.got);
  }
  const enemyGroups = [...new Set(actors.filter((a) => a.group !== '' && ARCHETYPES[a.archetype]?.team === 'enemy').map((a) => a.group))];
  const actorNames = actors.map((a) => a.name).filter((n) => n !== '');
  const exitNames = exits.map((e) => e.name);
  const hasEnemy = actors.some((a) => ARCHETYPES[a.archetype]?.team === 'enemy');
  for (const { line, objective: o } of parsed) {
    const where = `${field} line ${line}`;
    if (o.type === 'eliminate' && o.group === '' && !hasEnemy) {
      throw new LevelError(file, where, 'at least one enemy actor for "eliminate *"', 'none');
    }
    if (o.type === 'eliminate' && o.group !== '' && !enemyGroups.includes(o.group)) {
      throw new LevelError(file, where, `a group with enemies (one of ${listOf(enemyGroups)})`, quote(o.group));
    }
    if ((o.type === 'defeat' || o.type === 'duel') && !actorNames.includes(o.target)) {
      throw new LevelError(file, where, `the name of an actor (one of ${listOf(actorNames)})`, quote(o.target));
    }
    if (o.type === 'reach' && !exitNames.includes(o.exit)) {
      throw new LevelError(file, where, `the name of an exit (one of ${listOf(exitNames)})`, quote(o.exit));
    }
    for (const name of o.type === 'reach' ? (o.with ?? []) : []) {
      if (!actorNames.includes(name)) throw new LevelError(file, where, `the name of an actor after "with" (one of ${listOf(actorNames)})`, quote(name));
    }
  }
  return parsed.map((p) => p.objective);
}
