// The AI's modes as one state machine (after Celeste's StateMachine): every change of mode goes
// through setMode, which runs the old mode's `end`, resets what every mode starts from, then runs
// the new mode's `begin`. What a mode needs set up on entry lives here, once, so no transition can
// skip it. What differs by who enters (the tactic clock of a fresh engagement, a cover spot found)
// stays with the caller, after setMode.
import { ARCHETYPES } from '../archetypes';
import { nextInt } from '../rng';
import type { Actor, World } from '../world';
import { AiMode, Tactic, type AiState } from './ai-state';

export interface ModeDef {
  /** Entering the mode (after the generic reset). */
  readonly begin?: (world: World, a: Actor, ai: AiState) => void;
  /** Leaving the mode (before the next one begins). */
  readonly end?: (world: World, a: Actor, ai: AiState) => void;
}

/** Points a search visits, and ticks of looking around at each. */
export const SEARCH_POINTS_MIN = 2;
export const SEARCH_POINTS_MAX = 3;
export const LOOK_MIN = 40;
export const LOOK_MAX = 70;
/** Ticks a civilian runs before he cowers. */
export const FLEE_MIN = 120;
export const FLEE_MAX = 200;
/** Cowering, for an archetype without its own cowerTicks. */
const COWER_TICKS: readonly [number, number] = [240, 420];

/** How long `a` cowers (min, max ticks). */
export function cowerTicksOf(a: Actor): readonly [number, number] {
  return ARCHETYPES[a.arch].cowerTicks ?? COWER_TICKS;
}

export const MODES: Readonly<Record<AiMode, ModeDef>> = {
  [AiMode.Post]: {},
  [AiMode.Patrol]: {},
  [AiMode.Engage]: {
    // A fresh look at the fight: footwork is reconsidered from Hold, sight counts from now.
    begin: (_world, _a, ai) => {
      ai.lostTicks = 0;
      ai.tactic = Tactic.Hold;
    },
  },
  [AiMode.Cover]: {
    // Still on the way to the spot findCover chose (the hold starts on arrival).
    begin: (_world, _a, ai) => {
      ai.coverLeft = -1;
    },
  },
  [AiMode.Chase]: {},
  [AiMode.Search]: {
    // Look around here first, then visit a few points near the last known position.
    begin: (world, a, ai) => {
      ai.searchLeft = nextInt(world, SEARCH_POINTS_MIN, SEARCH_POINTS_MAX);
      ai.timer = nextInt(world, LOOK_MIN, LOOK_MAX);
      ai.faceAngle = a.aim;
      ai.searchX = a.x;
      ai.searchY = a.y;
    },
  },
  [AiMode.Flee]: {
    begin: (world, _a, ai) => {
      ai.fleeLeft = nextInt(world, FLEE_MIN, FLEE_MAX);
    },
  },
  [AiMode.Cower]: {
    begin: (world, a, ai) => {
      const [min, max] = cowerTicksOf(a);
      ai.timer = nextInt(world, min, max);
    },
  },
  [AiMode.Return]: {},
};

/** Leaves the current mode for `mode` (the same mode again starts it afresh). */
export function setMode(world: World, a: Actor, ai: AiState, mode: AiMode): void {
  MODES[ai.mode].end?.(world, a, ai);
  ai.mode = mode;
  ai.modeTicks = 0;
  ai.goalCell = -1;
  ai.stuckTicks = 0;
  MODES[mode].begin?.(world, a, ai);
}
