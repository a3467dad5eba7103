// The ranch's standoff for a human: El waits, eyes on Bucho, and draws when he sees him move (the
// `duelCue` event is what the screen shows), one simple reaction time later. The window is 12 ticks
// (200 ms) after the cue, so only a faster-than-average reaction wins it: see human-limits.ts.
import type { World } from '../../../sim';
import type { BotRng } from './bot-rng';
import { DUEL_REACTION_MAX, DUEL_REACTION_MEAN, DUEL_REACTION_MIN, DUEL_REACTION_SD } from './human-limits';

export class DuelDraw {
  /** World tick the cue was seen on (-1: not yet). */
  private cueSeen = -1;
  /** Ticks from the cue to the press this time. */
  readonly reaction: number;

  constructor(rng: BotRng) {
    const r = Math.round(DUEL_REACTION_MEAN + rng.gauss() * DUEL_REACTION_SD);
    this.reaction = Math.min(DUEL_REACTION_MAX, Math.max(DUEL_REACTION_MIN, r));
  }

  /** Whether to press Fire with the input given now (it acts on the next tick). */
  pull(world: World): boolean {
    if (this.cueSeen < 0 && world.events.some((e) => e.type === 'duelCue')) this.cueSeen = world.tick;
    // The cue acted on tick c; a press given at world tick t acts on t + 1: reaction = t + 1 - c.
    return this.cueSeen >= 0 && world.tick + 1 - this.cueSeen === this.reaction;
  }
}
