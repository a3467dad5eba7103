// The bots the CLI and the benchmark know by name.
import type { BotDef } from './bot';
import { aggressiveBot } from './aggressive';
import { carefulBot } from './careful';
import { idleBot } from './idle';
import { randomBot } from './random';

export const BOTS: readonly BotDef[] = [idleBot, randomBot, aggressiveBot, carefulBot];

export function findBot(name: string): BotDef | undefined {
  return BOTS.find((b) => b.name === name);
}
