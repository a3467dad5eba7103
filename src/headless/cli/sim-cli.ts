// npm run sim -- --level <id|file> [--seed N] [--bot NAME] [--max-ticks N] [--runs N] [--json]
// Plays seeded episodes headlessly. JSON output holds simulation results only (never wall-clock
// figures), so the same arguments always print the same bytes.
import { LevelError } from '../../level/level-error';
import { BOTS, findBot } from '../bots';
import { loadLevel, loadLevelIndex } from '../level-files';
import { runEpisode, type EpisodeResult } from '../run-episode';
import { parseFlags, UsageError } from './args';
import { formatResultLine, formatSummary, summarise } from './summary';

const USAGE = 'usage: npm run sim -- --level <id|file.tmj> [--seed N] [--bot NAME] [--max-ticks N] [--runs N] [--json]';
const DEFAULT_MAX_TICKS = 60 * 60 * 10;

export interface Output {
  out(line: string): void;
  err(line: string): void;
}

function run(argv: readonly string[], io: Output): number {
  const flags = parseFlags(argv, {
    level: { type: 'string' },
    seed: { type: 'int', min: 0, max: 0xffffffff },
    bot: { type: 'string' },
    'max-ticks': { type: 'int', min: 1, max: 60 * 60 * 60 * 24 },
    runs: { type: 'int', min: 1, max: 1_000_000 },
    json: { type: 'bool' },
    help: { type: 'bool' },
  });
  if (flags.help) {
    io.out(`${USAGE}\nbots: ${BOTS.map((b) => `${b.name} (${b.description})`).join(', ')}`);
    return 0;
  }
  if (typeof flags.level !== 'string') throw new UsageError(`--level is required (${USAGE})`);
  const botName = typeof flags.bot === 'string' ? flags.bot : 'aggressive';
  const bot = findBot(botName);
  if (!bot) throw new UsageError(`unknown bot "${botName}" (known: ${BOTS.map((b) => b.name).join(', ')})`);
  const level = loadLevel(flags.level);
  const entry = loadLevelIndex().levels.find((l) => l.id === level.id);
  const firstSeed = typeof flags.seed === 'number' ? flags.seed : entry?.seed ?? 1;
  const runs = typeof flags.runs === 'number' ? flags.runs : 1;
  const maxTicks = typeof flags['max-ticks'] === 'number' ? flags['max-ticks'] : DEFAULT_MAX_TICKS;
  const results: EpisodeResult[] = [];
  for (let i = 0; i < runs; i++) {
    const { result } = runEpisode(level, (firstSeed + i) >>> 0, bot, maxTicks);
    results.push(result);
    io.out(flags.json ? JSON.stringify(result) : formatResultLine(result));
  }
  if (runs > 1) {
    const summary = summarise(results);
    io.out(flags.json ? JSON.stringify({ summary }) : formatSummary(summary));
  }
  return 0;
}

/** Exit code: 0 ran, 2 bad input (one line on stderr), 1 an internal error. */
export function runSimCli(argv: readonly string[], io: Output): number {
  try {
    return run(argv, io);
  } catch (err) {
    if (err instanceof UsageError || err instanceof LevelError) {
      io.err(`sim: ${err.message}`);
      return 2;
    }
    io.err(`sim: internal error: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
}
