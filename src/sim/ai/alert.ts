// Becoming alert: never calm again, and one `alert` event each time an actor rises from unaware.
// A spared actor (src/sim/spare.ts) never becomes alert.
import { isSpared } from '../spare';
import { emit, type Actor, type World } from '../world';
import type { AiState } from './ai-state';

export type AlertCause = 'sight' | 'sound' | 'alarm' | 'hurt';

/** Marks the actor alert because of something at (x, y); emits `alert` if it was not already. */
export function alertActor(world: World, a: Actor, ai: AiState, cause: AlertCause, x: number, y: number): void {
  if (isSpared(world, a)) return;
  ai.calm = false;
  ai.alerted = true;
  if (ai.aware) return;
  ai.aware = true;
  emit(world, { type: 'alert', actor: a.id, x, y, cause });
}
