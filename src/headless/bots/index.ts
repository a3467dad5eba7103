// The bots the CLI and the benchmark know by name.
import type { BotDef } from './bot';
import { idleBot } from './idle';
import { randomBot } from './random';

export const BOTS: readonly BotDef[] = [idleBot, randomBot];

export function findBot(name: string): BotDef | undefined {
  return BOTS.find((b) => b.name === name);
}
