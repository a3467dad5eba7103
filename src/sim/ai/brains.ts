// Which behaviour runs for which brain (ArchetypeDef.brain): the one place the AI is chosen. An
// entry left out means that brain does nothing for that call (the car hears nothing, El has no AI).
import { ARCHETYPES, type ArchetypeDef, type ArchetypeId, type Brain } from '../archetypes';
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
