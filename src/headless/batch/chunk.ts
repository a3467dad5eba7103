// One unit of batch work: a run of consecutive seeds on one level of the batch, played in whatever
// thread calls it (the main thread, or a worker thread: see worker-entry.ts).
import { threadId } from 'node:worker_threads';
import type { LevelData } from '../../sim';
import { botFor } from '../bots';
import type { BotDef } from '../bots/bot';
import { runEpisode, type EpisodeResult, type EpisodeTrace } from '../run-episode';

/** What every chunk of a batch shares; sent to each worker thread once, as parsed data (no re-reading). */
export interface BatchSetup {
  readonly levels: readonly LevelData[];
  readonly bot: string;
  readonly maxTicks: number;
  /** Collect death and shot positions for a heatmap. */
  readonly trace: boolean;
}

export interface ChunkTask {
  /** Index into BatchSetup.levels. */
  readonly levelIndex: number;
  /** Seeds seedStart, seedStart+1, … (wrapping at 2^32), `count` of them. */
  readonly seedStart: number;
  readonly count: number;
}

export interface ChunkResult {
  readonly results: EpisodeResult[];
  /** Flat [x, y, …] world pixels (empty unless setup.trace). */
  readonly deaths: Int32Array<ArrayBuffer>;
  readonly shots: Int32Array<ArrayBuffer>;
  /** The thread that played it (0: the main thread). */
  readonly threadId: number;
}

/** The seed of the i-th run of a series. */
export function seedAt(seedStart: number, i: number): number {
  return (seedStart + i) >>> 0;
}

/** A chunk played one episode at a time, so the main thread can answer its workers between episodes. */
export class ChunkPlay {
  private readonly level: LevelData;
  private readonly bot: BotDef;
  private readonly trace: EpisodeTrace | undefined;
  private readonly results: EpisodeResult[] = [];

  constructor(private readonly setup: BatchSetup, private readonly task: ChunkTask) {
    this.level = setup.levels[task.levelIndex]!;
    const bot = botFor(setup.bot, this.level.id);
    if (!bot) throw new Error(`unknown bot "${setup.bot}"`);
    this.bot = bot;
    this.trace = setup.trace ? { deaths: [], shots: [] } : undefined;
  }

  get done(): boolean {
    return this.results.length >= this.task.count;
  }

  /** Plays the next episode and returns its result. */
  playNext(): EpisodeResult {
    const seed = seedAt(this.task.seedStart, this.results.length);
    const { result } = runEpisode(this.level, seed, this.bot, this.setup.maxTicks, this.trace);
    this.results.push(result);
    return result;
  }

  result(): ChunkResult {
    return {
      results: this.results,
      deaths: Int32Array.from(this.trace?.deaths ?? []),
      shots: Int32Array.from(this.trace?.shots ?? []),
      threadId,
    };
  }
}

export function runChunk(setup: BatchSetup, task: ChunkTask, onEpisode?: (result: EpisodeResult) => void): ChunkResult {
  const play = new ChunkPlay(setup, task);
  while (!play.done) {
    const result = play.playNext();
    onEpisode?.(result);
  }
  return play.result();
}
