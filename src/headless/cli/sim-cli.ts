// npm run sim -- --level <id|file|all> [--bot NAME] [--runs N] [--seed-start S] [--workers K]
//                [--max-ticks N] [--json] [--heatmap out.png] [--record run.json [--video clip.gif]]
// Plays seeded episodes headlessly, across worker threads when asked. stdout holds simulation
// results only (never wall-clock figures), in seed order, so the same arguments print the same
// bytes for any --workers; the progress bar and timings go to stderr, and only on a terminal.
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { LevelError } from '../../level/level-error';
import { BEST_BOT, BOTS, botFor, findBot } from '../bots';
import { LEVELS_DIR, loadLevel, loadLevelIndex } from '../level-files';
import type { EpisodeResult } from '../run-episode';
import { ProgressBar } from '../batch/progress';
import { runBatch, startBatchWorkers, type BatchPlan, type LevelPlan } from '../batch/run-batch';
import { mark } from '../batch/timeline';
import { parseFlags, UsageError } from './args';
import { checkOutputFile, writeOutputFile } from './output-file';
import { formatResultLine, formatTable, summarise } from './summary';

const USAGE = 'usage: npm run sim -- --level <id|file.tmj|all> [--bot NAME] [--runs N] [--seed-start S] [--workers K] [--max-ticks N] [--json] [--heatmap out.png] [--record run.json [--video clip.gif]]';
const DEFAULT_MAX_TICKS = 60 * 60 * 10;
export const MAX_RUNS = 1_000_000;
export const MAX_WORKERS = 64;

export interface Output {
  out(line: string): void;
  err(line: string): void;
  /** Raw text for a terminal's stderr (progress bar, timings); leave it out when stderr is not a TTY. */
  progress?(text: string): void;
  /** stdout is that same terminal: the bar is taken off its line before each line of output. */
  outIsTerminal?: boolean;
}

export interface CliOptions {
  /** Folder holding index.json (default levels/). */
  levelsDir?: string;
  /** Milliseconds, for the progress bar (default performance.now). */
  now?: () => number;
}

/** The default for --workers: every core this process may use, within the flag's limits. */
export function defaultWorkers(): number {
  return Math.max(1, Math.min(MAX_WORKERS, os.availableParallelism()));
}

async function run(argv: readonly string[], io: Output, options: CliOptions): Promise<number> {
  const flags = parseFlags(argv, {
    level: { type: 'string' },
    bot: { type: 'string' },
    runs: { type: 'int', min: 1, max: MAX_RUNS },
    'seed-start': { type: 'int', min: 0, max: 0xffffffff },
    seed: { type: 'int', min: 0, max: 0xffffffff },
    workers: { type: 'int', min: 1, max: MAX_WORKERS },
    'max-ticks': { type: 'int', min: 1, max: 60 * 60 * 60 * 24 },
    json: { type: 'bool' },
    heatmap: { type: 'string' },
    record: { type: 'string' },
    video: { type: 'string' },
    help: { type: 'bool' },
  });
  if (flags.help) {
    io.out(`${USAGE}\nbots: ${BOTS.map((b) => `${b.name} (${b.description})`).join(', ')}, ${BEST_BOT} (the bot that plays each level best)`);
    return 0;
  }
  if (typeof flags.level !== 'string') throw new UsageError(`--level is required (${USAGE})`);
  if (flags.seed !== undefined && flags['seed-start'] !== undefined) throw new UsageError('--seed and --seed-start are the same flag (the first seed): give one');
  const botName = typeof flags.bot === 'string' ? flags.bot : 'aggressive';
  if (botName !== BEST_BOT && !findBot(botName)) throw new UsageError(`unknown bot "${botName}" (known: ${BOTS.map((b) => b.name).join(', ')}, or ${BEST_BOT}: each level's best)`);
  const heatmap = typeof flags.heatmap === 'string' ? flags.heatmap : null;
  if (heatmap !== null) {
    if (heatmap === '') throw new UsageError('--heatmap needs a file name');
    checkOutputFile('heatmap', heatmap);
  }
  const runs = typeof flags.runs === 'number' ? flags.runs : 1;
  const workers = typeof flags.workers === 'number' ? flags.workers : defaultWorkers();
  const levelsDir = options.levelsDir ?? LEVELS_DIR;
  const index = loadLevelIndex(levelsDir);
  // Worker threads start loading now, while this thread reads the levels and plays the first
  // episodes: their start-up is then hidden behind play instead of added before it.
  const pool = startBatchWorkers(workers, runs * (flags.level === 'all' ? index.levels.length : 1));
  try {
    const firstSeed = flags['seed-start'] ?? flags.seed;
    const seedOf = (id: string) => (typeof firstSeed === 'number' ? firstSeed : index.levels.find((l) => l.id === id)?.seed ?? 1);
    const levels: LevelPlan[] = flags.level === 'all'
      ? index.levels.map((e) => ({ level: loadLevel(e.id, levelsDir), seedStart: seedOf(e.id) }))
      : [((level) => ({ level, seedStart: seedOf(level.id) }))(loadLevel(flags.level, levelsDir))];
    mark('levels loaded');
    const record = typeof flags.record === 'string' ? flags.record : null;
    if (record !== null) {
      if (record === '') throw new UsageError('--record needs a file name');
      if (runs * levels.length !== 1) throw new UsageError('--record writes one run: use it with one level and --runs 1');
      checkOutputFile('record', record);
    }
    const video = typeof flags.video === 'string' ? flags.video : null;
    if (video !== null) {
      if (video === '') throw new UsageError('--video needs a file name');
      if (record === null) throw new UsageError('--video films the run --record writes: give --record run.json too');
      if (!video.toLowerCase().endsWith('.gif')) throw new UsageError(`--video ${video}: clips are GIFs, name it .gif`);
      checkOutputFile('video', video);
    }
    const plan: BatchPlan = {
      levels,
      bot: botName,
      runs,
      maxTicks: typeof flags['max-ticks'] === 'number' ? flags['max-ticks'] : DEFAULT_MAX_TICKS,
      trace: heatmap !== null,
    };

    const total = runs * levels.length;
    const seedRange = (l: LevelPlan) => `${l.seedStart}-${(l.seedStart + runs - 1) >>> 0}`;
    const bar = io.progress ? new ProgressBar(total, (t) => io.progress!(t), options.now) : null;
    const out = (line: string) => {
      if (io.outIsTerminal) bar?.clear();
      io.out(line);
    };
    const single = total === 1;
    const batch = await runBatch(plan, workers, {
      onResult(r: EpisodeResult) {
        if (flags.json) out(JSON.stringify(r));
        else if (single) out(formatResultLine(r));
      },
      onProgress: bar ? (episodes, ticks) => bar.update(episodes, ticks) : undefined,
    }, pool);

    mark('batch played');
    const perLevel = batch.levels.map((lb) => ({ name: lb.plan.level.id, summary: summarise(lb.results) }));
    const all = summarise(batch.levels.flatMap((lb) => lb.results));
    if (flags.json) {
      const summary = perLevel.length > 1 ? { ...all, levels: Object.fromEntries(perLevel.map((p) => [p.name, p.summary])) } : all;
      out(JSON.stringify({ summary }));
    } else if (!single) {
      const seeds = levels.map((l) => `${l.level.id} ${seedRange(l)}`).join(', ');
      out(`bot ${botName}, ${runs} run${runs === 1 ? '' : 's'} per level (seeds ${seeds}), up to ${plan.maxTicks} ticks each`);
      for (const line of formatTable(perLevel.length > 1 ? [...perLevel, { name: 'all', summary: all }] : perLevel).split('\n')) out(line);
    }

    let clipSeconds = 0;
    if (heatmap !== null) {
      // Loaded only when asked for, like --record and --video below: fewer modules before the first episode.
      const { heatmapPng } = await import('../heatmap');
      const png = heatmapPng(batch.levels.map((lb) => ({
        level: lb.plan.level,
        deaths: lb.deaths,
        shots: lb.shots,
        caption: `${lb.plan.level.id} (${lb.plan.level.title}): ${botName} bot, ${runs} run${runs === 1 ? '' : 's'}, seeds ${seedRange(lb.plan)}`,
      })));
      writeOutputFile('heatmap', heatmap, () => writeFileSync(heatmap, png));
    }
    if (record !== null) {
      const only = levels[0]!;
      const [{ recordBotRun }, { writeReplayFile }] = await Promise.all([import('../record-bot-run'), import('../replay-files')]);
      const replay = recordBotRun(only.level, only.seedStart >>> 0, botFor(botName, only.level.id)!, plan.maxTicks);
      writeOutputFile('record', record, () => writeReplayFile(record, replay));
      if (video !== null) {
        const [{ writeRunClip, MAX_CLIP_SECONDS }, { decodeInputs }] = await Promise.all([import('../frame/clip'), import('../../replay/input-codec')]);
        clipSeconds = MAX_CLIP_SECONDS;
        // The run's last MAX_CLIP_SECONDS at most (src/headless/frame/clip.ts).
        writeOutputFile('video', video, () => writeRunClip(video, only.level, replay.seed, decodeInputs(replay.inputs, replay.ticks)));
      }
    }
    if (bar) {
      const ticks = all.totalTicks;
      // The threads that really played: a batch too small to share runs here whatever --workers says.
      io.progress!(bar.finish(total, ticks, batch.threadIds.length) + '\n');
      if (heatmap !== null) io.progress!(`heatmap written to ${heatmap}\n`);
      if (video !== null) io.progress!(`clip written to ${video} (at most the run's last ${clipSeconds} s)\n`);
    }
    return 0;
  } finally {
    await pool?.destroy();
  }
}

/** Exit code: 0 ran, 2 bad input (one line on stderr), 1 an internal error. */
export async function runSimCli(argv: readonly string[], io: Output, options: CliOptions = {}): Promise<number> {
  try {
    return await run(argv, io, options);
  } catch (err) {
    if (err instanceof UsageError || err instanceof LevelError) {
      io.err(`sim: ${err.message}`);
      return 2;
    }
    io.err(`sim: internal error: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
    return 1;
  }
}
