// One headless episode: a level, a seed, a bot, until the level ends or the tick budget runs out.
import { formatIgt } from '../speedrun/igt';
import { stateHash } from '../sim/hash';
import type { LevelData } from '../sim/level-data';
import { step } from '../sim/step';
import { createWorld, type World } from '../sim/world';
import type { BotDef } from './bots/bot';

export interface EpisodeResult {
  level: string;
  seed: number;
  bot: string;
  outcome: 'cleared' | 'dead' | 'timeout';
  ticks: number;
  igt: string;
  kills: number;
  shots: number;
  hits: number;
  damageTaken: number;
  hash: string;
}

/** Plays until an outcome, or `maxTicks` (then the outcome is "timeout"). Returns the final world too. */
export function runEpisode(level: LevelData, seed: number, bot: BotDef, maxTicks: number): { result: EpisodeResult; world: World } {
  const world = createWorld(level, seed);
  const policy = bot.create(seed);
  while (world.outcome === null && world.tick < maxTicks) step(world, policy.act(world));
  const s = world.stats;
  return {
    world,
    result: {
      level: level.id,
      seed,
      bot: bot.name,
      outcome: world.outcome ?? 'timeout',
      ticks: world.tick,
      igt: formatIgt(world.tick),
      kills: s.kills,
      shots: s.shotsFired,
      hits: s.shotsHit,
      damageTaken: s.damageTaken,
      hash: stateHash(world),
    },
  };
}
