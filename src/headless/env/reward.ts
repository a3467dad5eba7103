// Reward: a weighted sum of what changed in world.stats during a step, plus the outcome.
import type { RunStats, World } from '../../sim';

export interface RewardWeights {
  /** Per enemy El killed. */
  readonly kill: number;
  /** Per hit point El lost (a negative weight punishes). */
  readonly damageTaken: number;
  /** Per tick played. */
  readonly perTick: number;
  /** Once, when the level is cleared. */
  readonly clear: number;
  /** Once, when El dies. */
  readonly death: number;
  /** Per bullet of El's that hit a civilian. */
  readonly civilianHit: number;
}

export const DEFAULT_REWARD: RewardWeights = { kill: 1, damageTaken: -0.5, perTick: -0.001, clear: 10, death: -10, civilianHit: -5 };

export const REWARD_KEYS = Object.keys(DEFAULT_REWARD) as (keyof RewardWeights)[];

/** The counters a reward is computed from, taken before a step. */
export interface RewardMark {
  readonly tick: number;
  readonly kills: number;
  readonly damageTaken: number;
  readonly civiliansHit: number;
}

export function markOf(world: World): RewardMark {
  const s: RunStats = world.stats;
  return { tick: world.tick, kills: s.kills, damageTaken: s.damageTaken, civiliansHit: s.civiliansHit };
}

/** Reward for everything between `before` and now. A timeout (the level's own limit) earns nothing extra. */
export function rewardSince(before: RewardMark, world: World, w: RewardWeights): number {
  const s = world.stats;
  let r = 0;
  r += (s.kills - before.kills) * w.kill;
  r += (s.damageTaken - before.damageTaken) * w.damageTaken;
  r += (world.tick - before.tick) * w.perTick;
  r += (s.civiliansHit - before.civiliansHit) * w.civilianHit;
  if (world.outcome === 'cleared') r += w.clear;
  else if (world.outcome === 'dead') r += w.death;
  return r;
}
