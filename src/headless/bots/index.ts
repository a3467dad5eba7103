// The bots the CLI and the benchmark know by name.
import type { BotDef } from './bot';
import { aggressiveBot } from './aggressive';
import { carefulBot } from './careful';
import { idleBot } from './idle';
import { botForLevel } from './level-bots';
import { noviceBot } from './novice/novice';
import { randomBot } from './random';
import { tacticianBot } from './tactician/tactician';

export const BOTS: readonly BotDef[] = [idleBot, randomBot, aggressiveBot, carefulBot, tacticianBot, noviceBot];

export function findBot(name: string): BotDef | undefined {
  return BOTS.find((b) => b.name === name);
}

/** `best` names the bot that plays that level best (level-bots.ts); any other name is a bot's own. */
export const BEST_BOT = 'best';

export function botFor(name: string, levelId: string): BotDef | undefined {
  return findBot(name === BEST_BOT ? botForLevel(levelId) : name);
}
