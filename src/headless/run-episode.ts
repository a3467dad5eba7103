// One headless episode: a level, a seed, a bot, until the level ends or the tick budget runs out.
import { formatIgt } from '../speedrun/igt';
import { actorById, createWorld, stateHash, step, type LevelData, type World } from '../sim';
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
  /** Archetype of whoever killed El (null unless the outcome is "dead" by someone's bullet). */
  killer: string | null;
  hash: string;
}

/**
 * Where things happened during an episode, as flat [x0, y0, x1, y1, …] lists of whole world
 * pixels, for heatmaps. Pass one to runEpisode and it appends to it.
 */
export interface EpisodeTrace {
  /** Where El died (at most one point per episode). */
  readonly deaths: number[];
  /** Where bullets stopped: `impact` (walls, cover) and `hit` (bodies) events, anyone's shots. */
  readonly shots: number[];
}

/** Plays until an outcome, or `maxTicks` (then the outcome is "timeout"). Returns the final world too. */
export function runEpisode(level: LevelData, seed: number, bot: BotDef, maxTicks: number, trace?: EpisodeTrace): { result: EpisodeResult; world: World } {
  const world = createWorld(level, seed);
  const policy = bot.create(seed);
  let killerId = -1;
  while (world.outcome === null && world.tick < maxTicks) {
    step(world, policy.act(world));
    const events = world.events;
    for (let i = 0; i < events.length; i++) {
      const e = events[i]!;
      if (e.type === 'death') {
        if (e.actor !== world.playerId) continue;
        killerId = e.by;
        trace?.deaths.push(Math.round(e.x), Math.round(e.y));
      } else if (trace && (e.type === 'impact' || e.type === 'hit')) {
        trace.shots.push(Math.round(e.x), Math.round(e.y));
      }
    }
  }
  const s = world.stats;
  const killer = killerId >= 0 && killerId !== world.playerId ? actorById(world, killerId)?.arch ?? null : null;
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
      killer,
      hash: stateHash(world),
    },
  };
}
