// A bot's run as a replay file: the same episode `npm run sim` plays, with every input kept.
import { recordReplay } from '../replay/record';
import type { ReplayFile } from '../replay/replay-file';
import { createWorld, step, type LevelData, type TickInput } from '../sim';
import type { BotDef } from './bots/bot';

/** `botSeed` (default: the run seed) varies the bot's own choices on the same board. */
export function recordBotRun(level: LevelData, seed: number, bot: BotDef, maxTicks: number, botSeed = seed): ReplayFile {
  const world = createWorld(level, seed);
  const policy = bot.create(botSeed);
  const inputs: TickInput[] = [];
  while (world.outcome === null && world.tick < maxTicks) {
    const input = policy.act(world);
    inputs.push(input);
    step(world, input);
  }
  return recordReplay(level, seed, inputs);
}
