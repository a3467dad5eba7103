// npm run bench: how fast the simulation runs headless, as medians of several runs on this machine.
// Writes a table to stdout and the figures to bench/results.json.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { encodeInputs } from '../../replay/input-codec';
import type { BrowserFigures } from '../../../tools/bench/browser';
import os from 'node:os';
import { PerformanceObserver, performance } from 'node:perf_hooks';
import { createWorld, step, TICK_RATE, type LevelData, type TickInput } from '../../sim';
import { createBatchPool, runBatch, type BatchPlan } from '../batch/run-batch';
import { findBot } from '../bots';
import { botForLevel } from '../bots/level-bots';
import type { BotDef } from '../bots/bot';
import { loadLevel, loadLevelIndex } from '../level-files';
import { measureBridge } from './bench-bridge';
import { childCpuSeconds } from './child-cpu';

const RUNS = 7;
const TICKS_PER_RUN = 60 * 60 * 10;
/** Batch throughput: this many episodes of the bar with the aggressive bot, timed BATCH_RUNS times. */
const BATCH_EPISODES = 200;
const BATCH_RUNS = 5;
/** The whole `npm run sim` command, 1 and 2 workers: this many episodes, timed COMMAND_RUNS times. */
const COMMAND_EPISODES = 1000;
const COMMAND_RUNS = 3;
/** The aggressive bot on the street from the CLI: this many episodes a command, COMMAND_RUNS times. */
const CLI_STREET_EPISODES = 100;
/** What `npm run sim` runs (package.json): the launcher of the prebuilt headless bundle. */
const SIM_COMMAND = ['src/headless/cli/sim-launch.mjs'];

interface Figure {
  name: string;
  ticksPerSecond: number;
  realTimeMultiple: number;
  /**
   * The same per second of this process's CPU time (all its threads): what a core of its own would
   * give. Steadier than wall time on a machine shared with other work, which only delays us.
   */
  cpuRealTimeMultiple: number;
  /** Garbage collections seen per 100k ticks (0 means nothing allocates per tick). */
  gcPer100kTicks: number;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

/** Records TICKS_PER_RUN ticks of a bot's play as a list of inputs (episodes restart as they end). */
function recordInputs(level: LevelData, bot: BotDef, seed: number): { seeds: number[]; inputs: TickInput[][] } {
  const seeds: number[] = [];
  const inputs: TickInput[][] = [];
  let total = 0;
  let s = seed;
  while (total < TICKS_PER_RUN) {
    const world = createWorld(level, s);
    const policy = bot.create(s);
    const episode: TickInput[] = [];
    while (world.outcome === null && total < TICKS_PER_RUN) {
      const input = policy.act(world);
      episode.push(input);
      step(world, input);
      total++;
    }
    seeds.push(s++);
    inputs.push(episode);
  }
  return { seeds, inputs };
}

async function measure(name: string, body: () => number): Promise<Figure> {
  let gcs = 0;
  const observer = new PerformanceObserver((list) => {
    gcs += list.getEntries().length;
  });
  observer.observe({ entryTypes: ['gc'] });
  const rates: number[] = [];
  const cpuRates: number[] = [];
  let ticksAll = 0;
  body(); // warm-up, so the JIT has settled before timing
  for (let i = 0; i < RUNS; i++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    const ticks = body();
    const seconds = (performance.now() - start) / 1000;
    const used = process.cpuUsage(cpu);
    rates.push(ticks / seconds);
    cpuRates.push(ticks / ((used.user + used.system) / 1e6));
    ticksAll += ticks;
    // GC entries reach the observer on a later turn of the event loop.
    await new Promise((resolve) => setImmediate(resolve));
  }
  observer.disconnect();
  const tps = median(rates);
  return { name, ticksPerSecond: Math.round(tps), realTimeMultiple: Math.round(tps / TICK_RATE), cpuRealTimeMultiple: Math.round(median(cpuRates) / TICK_RATE), gcPer100kTicks: Math.round((gcs / ticksAll) * 100000 * 10) / 10 };
}

interface BatchFigure {
  name: string;
  workers: number;
  episodesPerSecond: number;
  ticksPerSecond: number;
  ticksPerSecondPerCore: number;
  /** Whole commands only: median wall seconds, and median CPU seconds of all the command's threads (null: not known here). */
  seconds?: number;
  cpuSeconds?: number | null;
}

/**
 * Episodes and ticks per second of a fixed batch (the bar, the aggressive bot, BATCH_EPISODES seeds):
 * steady throughput in this thread and in a running pool of 2 worker threads (JIT warm, no start-up),
 * medians of BATCH_RUNS; then what a whole `npm run sim` command of COMMAND_EPISODES takes with
 * --workers 1 and 2, medians of COMMAND_RUNS.
 */
async function measureBatches(level: LevelData): Promise<{ figures: BatchFigure[]; speedUp: { steady: number; command: number; commandCeiling: number | null } }> {
  const plan: BatchPlan = { levels: [{ level, seedStart: 1 }], bot: 'aggressive', runs: BATCH_EPISODES, maxTicks: TICKS_PER_RUN, trace: false };
  let batchTicks = 0;
  const time = async (name: string, workers: number, batch: () => Promise<void> | void): Promise<BatchFigure> => {
    await batch(); // warm-up
    const seconds: number[] = [];
    for (let i = 0; i < BATCH_RUNS; i++) {
      const start = performance.now();
      await batch();
      seconds.push((performance.now() - start) / 1000);
    }
    const s = median(seconds);
    const ticksPerSecond = Math.round(batchTicks / s);
    return { name, workers, episodesPerSecond: Math.round((BATCH_EPISODES / s) * 10) / 10, ticksPerSecond, ticksPerSecondPerCore: Math.round(ticksPerSecond / workers) };
  };
  const play = async (workers: number, pool?: Parameters<typeof runBatch>[3]) => {
    const run = await runBatch(plan, workers, {}, pool);
    batchTicks = run.levels[0]!.results.reduce((n, r) => n + r.ticks, 0);
  };
  const one = await time('1 thread, steady', 1, () => play(1));
  const pool = createBatchPool(2);
  let two: BatchFigure;
  try {
    two = await time('2 worker threads, steady (pool running)', 2, () => play(2, pool));
  } finally {
    await pool.destroy();
  }
  const ratio = (a: BatchFigure, b: BatchFigure) => Math.round((b.episodesPerSecond / a.episodesPerSecond) * 100) / 100;
  // The whole command, as `npm run sim` runs it: Node start-up, the bundle's freshness check,
  // worker threads starting and warming up, all included. The first call makes sure the build is
  // fresh, so no timed run pays for a rebuild.
  simCommand(['--level', level.id, '--runs', '1', '--workers', '1']);
  const commandFigure = (workers: number): BatchFigure => {
    const seconds: number[] = [];
    const cpu: number[] = [];
    let ticks = 0;
    for (let i = 0; i < COMMAND_RUNS; i++) {
      const start = performance.now();
      const cpuBefore = childCpuSeconds();
      const out = simCommand(['--level', level.id, '--bot', 'aggressive', '--runs', String(COMMAND_EPISODES), '--seed', '1', '--json', '--workers', String(workers)]);
      seconds.push((performance.now() - start) / 1000);
      const cpuAfter = childCpuSeconds();
      if (cpuBefore !== null && cpuAfter !== null) cpu.push(cpuAfter - cpuBefore);
      ticks = summaryOf(out).totalTicks;
    }
    const s = median(seconds);
    const ticksPerSecond = Math.round(ticks / s);
    return {
      name: `npm run sim --workers ${workers}, whole command`,
      workers,
      episodesPerSecond: Math.round((COMMAND_EPISODES / s) * 10) / 10,
      ticksPerSecond,
      ticksPerSecondPerCore: Math.round(ticksPerSecond / workers),
      seconds: Math.round(s * 100) / 100,
      cpuSeconds: cpu.length === COMMAND_RUNS ? Math.round(median(cpu) * 100) / 100 : null,
    };
  };
  const cmdOne = commandFigure(1);
  const cmdTwo = commandFigure(2);
  return { figures: [one, two, cmdOne, cmdTwo], speedUp: { steady: ratio(one, two), command: ratio(cmdOne, cmdTwo), commandCeiling: commandCeiling(cmdOne, cmdTwo) } };
}

/**
 * The most 2 workers could gain on this machine, given the CPU time the 2-worker command spends: all
 * of it shared over its cores can finish no sooner than CPU / cores. Every worker thread compiles the
 * sim for itself (V8 shares no optimised code between threads), so that cost grows with the workers
 * and is what stands between the steady speed-up and the whole command's. Null without CPU figures.
 */
function commandCeiling(one: BatchFigure, two: BatchFigure): number | null {
  if (one.seconds === undefined || two.cpuSeconds === undefined || two.cpuSeconds === null) return null;
  const fastest = two.cpuSeconds / coresForTwoWorkers();
  return Math.round((one.seconds / fastest) * 100) / 100;
}

/** The cores two worker threads can keep busy on this machine. */
function coresForTwoWorkers(): number {
  return Math.min(2, os.availableParallelism());
}

/** The whole commands' wall and CPU seconds, and the ceiling that CPU time puts on the speed-up. */
function commandCpuLines(figures: readonly BatchFigure[], ceiling: number | null): string[] {
  const commands = figures.filter((f) => f.cpuSeconds !== undefined);
  if (ceiling === null) return ['(CPU time of the commands not known on this platform)'];
  return [
    ...commands.map((f) => `  --workers ${f.workers}: ${f.seconds} s wall, ${f.cpuSeconds} s CPU over all its threads`),
    `  2 workers spend that CPU over ${coresForTwoWorkers()} cores: the whole command can gain at most ${ceiling}x here`,
  ];
}

/** Runs `npm run sim` with these arguments (as the script does, without npm's own start-up); its stdout. */
function simCommand(args: readonly string[]): string {
  return execFileSync(process.execPath, [...SIM_COMMAND, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] });
}

/** The summary line `--json` ends with. */
function summaryOf(out: string): { totalTicks: number } {
  const last = out.trim().split('\n').at(-1)!;
  return (JSON.parse(last) as { summary: { totalTicks: number } }).summary;
}

/**
 * The aggressive bot and the sim on the street from the command line, as a user runs them: ticks
 * per second of the whole `npm run sim` command (one worker, start-up included), median of COMMAND_RUNS.
 */
function measureCliStreet(): Figure {
  simCommand(['--level', 'street', '--runs', '1', '--workers', '1']);
  const rates: number[] = [];
  for (let i = 0; i < COMMAND_RUNS; i++) {
    const start = performance.now();
    const out = simCommand(['--level', 'street', '--bot', 'aggressive', '--runs', String(CLI_STREET_EPISODES), '--seed', '1', '--json', '--workers', '1']);
    rates.push(summaryOf(out).totalTicks / ((performance.now() - start) / 1000));
  }
  const tps = median(rates);
  // Garbage collections and CPU time are not seen from outside the process: wall time only.
  return { name: `street, aggressive bot, npm run sim (${CLI_STREET_EPISODES} episodes)`, ticksPerSecond: Math.round(tps), realTimeMultiple: Math.round(tps / TICK_RATE), cpuRealTimeMultiple: Number.NaN, gcPer100kTicks: Number.NaN };
}

interface ReplaySize {
  level: string;
  ticks: number;
  /** The inputs column, and the whole file (JSON, checkpoints and all), in KB per minute of play. */
  inputsKBPerMinute: number;
  fileKBPerMinute: number;
}

/** The golden replays' size per minute of play (test/replays: one recorded clear of every level). */
function measureReplaySizes(): ReplaySize[] {
  return loadLevelIndex().levels.map((entry) => {
    const text = readFileSync(path.join('test/replays', `${entry.id}.json`), 'utf8');
    const replay = JSON.parse(text) as { inputs: string; ticks: number };
    const perMinute = (bytes: number) => Math.round((bytes / 1024 / (replay.ticks / (60 * TICK_RATE))) * 100) / 100;
    return { level: entry.id, ticks: replay.ticks, inputsKBPerMinute: perMinute(replay.inputs.length), fileKBPerMinute: perMinute(Buffer.byteLength(text)) };
  });
}

/** Times one bot on one level: bot and sim together, then the sim alone replaying the same inputs. */
async function measureLevel(level: LevelData, botName: string, figures: Figure[]): Promise<void> {
  const bot = findBot(botName);
  if (!bot) throw new Error(`no bot "${botName}"`);
  const recorded = recordInputs(level, bot, 1);
  // Bot and sim together, as `npm run sim` runs them.
  figures.push(await measure(`${level.id}, ${botName} bot (bot + sim)`, () => {
    let ticks = 0;
    for (const seed of recorded.seeds) {
      const world = createWorld(level, seed);
      const policy = bot.create(seed);
      while (world.outcome === null && ticks < TICKS_PER_RUN) {
        step(world, policy.act(world));
        ticks++;
      }
    }
    return ticks;
  }));
  // The sim alone, replaying the same inputs (what replay verification costs).
  figures.push(await measure(`${level.id}, ${botName} inputs replayed (sim only)`, () => {
    let ticks = 0;
    recorded.seeds.forEach((seed, i) => {
      const world = createWorld(level, seed);
      for (const input of recorded.inputs[i]!) step(world, input);
      ticks += recorded.inputs[i]!.length;
    });
    return ticks;
  }));
}

type BatchSection = Awaited<ReturnType<typeof measureBatches>>;

function writeBatch(batch: BatchSection): void {
  process.stdout.write([
    `\nBatch throughput, bar, aggressive bot, ${BATCH_EPISODES} episodes, median of ${BATCH_RUNS} batches (${os.availableParallelism()} cores; per core = per thread playing)`,
    ...batch.figures.map((f) => `${f.name.padEnd(44)} ${f.episodesPerSecond.toFixed(1).padStart(10)} episodes/s ${String(f.ticksPerSecond).padStart(10)} ticks/s ${String(f.ticksPerSecondPerCore).padStart(10)} ticks/s per core`),
    `speed-up from 1 to 2 workers: ${batch.speedUp.steady}x steady (${BATCH_EPISODES} episodes), ${batch.speedUp.command}x for the whole command (${COMMAND_EPISODES} episodes, median of ${COMMAND_RUNS}; target 1.8x)`,
    ...commandCpuLines(batch.figures, batch.speedUp.commandCeiling),
  ].join('\n') + '\n');
}

async function main(): Promise<void> {
  const write = (text: string) => process.stdout.write(text);
  // --bridge-only: just the env-through-the-bridge section (printed, results.json untouched).
  if (process.argv.includes('--bridge-only')) {
    measureBridge(write);
    return;
  }
  const level = loadLevel('bar');
  // --batch-only: just the batch and whole-command section (printed, results.json untouched).
  if (process.argv.includes('--batch-only')) {
    writeBatch(await measureBatches(level));
    return;
  }
  const figures: Figure[] = [];
  // Every level with the bot that plays it best, and the bar's busiest case too: the random bot
  // keeps every enemy alerted for a long time.
  for (const entry of loadLevelIndex().levels) await measureLevel(loadLevel(entry.id), botForLevel(entry.id), figures);
  await measureLevel(level, 'random', figures);
  figures.push(measureCliStreet());
  const gc = (f: Figure) => (Number.isNaN(f.gcPer100kTicks) ? 'GC not seen (another process)' : `${f.gcPer100kTicks} GC/100k ticks`);
  const cpu = (f: Figure) => (Number.isNaN(f.cpuRealTimeMultiple) ? '      -' : String(f.cpuRealTimeMultiple).padStart(7));
  const rows = figures.map((f) => `${f.name.padEnd(48)} ${String(f.ticksPerSecond).padStart(10)} ticks/s ${String(f.realTimeMultiple).padStart(7)}x real time ${cpu(f)}x per CPU second  ${gc(f)}`);
  process.stdout.write(
    `Simulation speed, median of ${RUNS} runs of ${TICKS_PER_RUN} ticks (targets: sim alone 10,000x, with the tactician 3,000x, the street from the CLI 6,000x)\n` +
      `(wall time, and per second of this process's CPU time: the second is what a core of its own gives, steadier on a busy machine)\n${rows.join('\n')}\n`,
  );
  const batch = await measureBatches(level);
  writeBatch(batch);
  const sizes = measureReplaySizes();
  process.stdout.write([
    '\nReplay size, golden runs, KB per minute of play (target: inputs <= 3 KB per minute)',
    ...sizes.map((r) => `${r.level.padEnd(12)} ${String(r.ticks).padStart(6)} ticks  inputs ${r.inputsKBPerMinute.toFixed(2).padStart(5)} KB/min  whole file ${r.fileKBPerMinute.toFixed(2).padStart(5)} KB/min`),
  ].join('\n') + '\n');
  const bridge = measureBridge(write);
  const browser = process.argv.includes('--sim-only') ? null : await runBrowserBench(level);
  mkdirSync('bench', { recursive: true });
  const out = {
    machine: { cpu: os.cpus()[0]?.model ?? 'unknown', cores: os.cpus().length, node: process.version },
    runs: RUNS, ticksPerRun: TICKS_PER_RUN, sim: figures,
    batch: { episodes: BATCH_EPISODES, runs: BATCH_RUNS, commandEpisodes: COMMAND_EPISODES, commandRuns: COMMAND_RUNS, figures: batch.figures, speedUp1to2Workers: batch.speedUp },
    replaySizes: sizes,
    bridge,
    browser,
  };
  writeFileSync('bench/results.json', JSON.stringify(out, null, 2) + '\n');
  process.stdout.write('written to bench/results.json\n');
}

/** Builds the game, records a clear of the bar, and measures it in headless Chromium. */
async function runBrowserBench(level: LevelData): Promise<BrowserFigures> {
  process.stdout.write('\nBrowser (production build, headless Chromium, software WebGL)\n');
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
  const seed = 1996;
  const world = createWorld(level, seed);
  const bot = findBot('aggressive')!.create(seed);
  const inputs: TickInput[] = [];
  while (world.outcome === null && world.tick < 20000) {
    const input = bot.act(world);
    inputs.push(input);
    step(world, input);
  }
  const { browserBench } = await import('../../../tools/bench/browser');
  const f = await browserBench({ seed, encoded: encodeInputs(inputs) });
  process.stdout.write([
    `first playable frame      ${f.firstPlayableMs} ms (target < 1500)`,
    `initial download          ${f.downloadKB.gzip} KB gzip, ${f.downloadKB.raw} KB raw (target < 600 KB gzip)`,
    `game code per frame       p50 ${f.gameCodeMsPerFrame.p50} ms, p95 ${f.gameCodeMsPerFrame.p95} ms over a ${world.tick}-tick clear, ${f.ticksPerFrame} ticks per frame`,
    `  frames of <= 1 tick      p50 ${f.gameCodeMsPerOneTickFrame.p50} ms, p95 ${f.gameCodeMsPerOneTickFrame.p95} ms (target p95 < 4 ms: a 60-144 Hz display runs one tick a frame at most)`,
    `render                    ${f.renderFps} fps (software WebGL: not a target here)`,
    `medians of ${f.runs} page loads`,
  ].join('\n') + '\n');
  return f;
}

void main();
