// Actors El must not shoot here (an actor's `spare` text in the level): Bucho in the street below
// the rooftops, in El's scope, whom the film's El chooses not to kill. A spared actor notices
// nothing (no sight, sound, alarm or wound wakes him, so he never fights), El's allies leave him
// be, and only El can harm him: El's first hit, bullet or blast, loses the run with the text as
// the failure (see damage in combat.ts and failureReason in protect.ts).
import type { Actor, World } from './world';

/** The failure text if `a` is spared in this level, else undefined. */
export function spareText(world: World, a: Actor): string | undefined {
  return a.ai ? world.level.actors[a.ai.spawn]?.spare : undefined;
}

export function isSpared(world: World, a: Actor): boolean {
  // A spared actor is calm for good (createAiState; alertActor never wakes him), so anyone not calm
  // is answered without reading the level's spawn (most calls, once a fight is on).
  if (a.ai === null || !a.ai.calm) return false;
  return spareText(world, a) !== undefined;
}
