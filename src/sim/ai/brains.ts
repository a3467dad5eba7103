// Which behaviour runs for which brain (ArchetypeDef.brain): the one place the AI is chosen. An
// entry left out means that brain does nothing for that call (the car hears nothing, El has no AI).
import { ARCHETYPES, type ArchetypeDef, type ArchetypeId, type Brain } from '../archetypes';
import type { ActorSpawn } from '../level-data';
import type { Actor, World } from '../world';
import type { AiState } from './ai-state';
import { allyHears, allyHurt, updateAlly } from './ally';
import { carHurt, updateCar } from './car';
import { boyHears, civilianHears, civilianHurt, updateBoy, updateCivilian } from './civilian';
import { henchmanAlarm, henchmanHears, henchmanHurt, updateHenchman } from './henchman';
import { updateNavajas } from './navajas';

export interface BrainDef {
  /** Once a tick while he is up (not knocked down, spared or dodging a grenade); `def` is his archetype's. */
  readonly update?: (world: World, a: Actor, ai: AiState, def: ArchetypeDef) => void;
  /** A noise from (x, y) reached him; `source` made it. */
  readonly hear?: (world: World, a: Actor, ai: AiState, x: number, y: number, source: number) => void;
  /** Damaged by `by` and still alive. */
  readonly hurt?: (world: World, a: Actor, ai: AiState, by: number) => void;
  /** A level trigger sounded the alarm. */
  readonly alarm?: (world: World, a: Actor, ai: AiState) => void;
}

const bucho: BrainDef = { update: updateHenchman, hear: henchmanHears, hurt: henchmanHurt, alarm: henchmanAlarm };

export const BRAINS: Readonly<Record<Brain, BrainDef>> = {
  player: {},
  henchman: bucho,
  // Navajas is one of Bucho's men with a wind-up and a fan of knives on top.
  navajas: { ...bucho, update: updateNavajas },
  // The car hears nothing over its engine; the alarm reaches it through world.alarm (car.ts).
  car: { update: updateCar, hurt: carHurt },
  // Allies fight with the henchman's engage/cover code (ally.ts) but never hunt or answer the alarm.
  ally: { update: updateAlly, hear: allyHears, hurt: allyHurt },
  civilian: { update: updateCivilian, hear: civilianHears, hurt: civilianHurt },
  // The boy in the street: he wanders near his spot and drops where he stands when shooting starts.
  boy: { update: updateBoy, hear: boyHears, hurt: civilianHurt },
};

/** An archetype's numbers with the brain that runs them: what updateAi needs for an actor. */
export interface Kind {
  readonly def: ArchetypeDef;
  readonly brain: BrainDef;
}

/**
 * Each archetype's kind, by archetype id. Looking up a record by an actor's `arch` string costs
 * about as much as a dozen field reads, so the per-tick path pays it once (def and brain together)
 * and hands `def` down instead of looking the archetype up again in each brain.
 */
export const KINDS: Readonly<Record<ArchetypeId, Kind>> = Object.fromEntries(
  (Object.keys(ARCHETYPES) as ArchetypeId[]).map((id) => [id, { def: ARCHETYPES[id], brain: BRAINS[ARCHETYPES[id].brain] }]),
) as Record<ArchetypeId, Kind>;

// Each level's kinds by spawn index (AiState.spawn; every actor with a brain was made from its
// level's spawn of the same archetype), so the per-tick path reads an array, not a record by name.
// A cache keyed by the level's spawn list, the last one held for the common case of one level.
const bySpawns = new WeakMap<readonly ActorSpawn[], readonly Kind[]>();
let lastSpawns: readonly ActorSpawn[] | null = null;
let lastKinds: readonly Kind[] = [];

/** The kind of an actor with a brain: the same as KINDS[a.arch]. */
export function kindOf(world: World, a: Actor, ai: AiState): Kind {
  const spawns = world.level.actors;
  if (spawns !== lastSpawns) {
    let kinds = bySpawns.get(spawns);
    if (kinds === undefined) {
      kinds = spawns.map((s) => KINDS[s.archetype]);
      bySpawns.set(spawns, kinds);
    }
    lastSpawns = spawns;
    lastKinds = kinds;
  }
  const kind = lastKinds[ai.spawn];
  // The same id string as a rule, so the check is one comparison; anything else (a hand-made actor) asks by name.
  return kind !== undefined && kind.def.id === a.arch ? kind : KINDS[a.arch];
}
