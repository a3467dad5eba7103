// Runs a batch of seeded episodes over one or more levels, in this thread (workers = 1) or across a
// pool of worker threads (tinypool). Results come back in level order, then seed order, whichever
// thread finished first, so the output of a batch is the same for any number of workers.
import { Tinypool } from 'tinypool';
import type { LevelData } from '../../sim';
import type { EpisodeResult } from '../run-episode';
import { runChunk, type ChunkResult, type ChunkTask } from './chunk';

export interface LevelPlan {
  /** Level id or .tmj path, as the worker threads load it. */
  readonly arg: string;
  readonly level: LevelData;
  readonly seedStart: number;
}

export interface BatchPlan {
  readonly levels: readonly LevelPlan[];
  /** The folder holding index.json that `arg`s are looked up in. */
  readonly levelsDir: string;
  readonly bot: string;
  readonly runs: number;
  readonly maxTicks: number;
  /** Collect death and shot positions (for --heatmap). */
  readonly trace: boolean;
}

export interface LevelBatch {
  readonly plan: LevelPlan;
  /** In seed order. */
  readonly results: EpisodeResult[];
  /** Flat [x, y, …] lists of world pixels over all runs (empty unless plan.trace). */
  readonly deaths: number[];
  readonly shots: number[];
}

export interface BatchHooks {
  /** Each result as soon as every result before it (level order, then seed order) is in. */
  onResult?(result: EpisodeResult): void;
  /** Episodes and ticks played so far: after every episode in this thread, every chunk with workers. */
  onProgress?(episodes: number, ticks: number): void;
}

export interface BatchRun {
  readonly levels: LevelBatch[];
  /** Distinct threads that played (0 is the main thread). */
  readonly threadIds: number[];
}

/** Chunks small enough to spread the work evenly, large enough to keep messages rare. */
function chunkSize(runs: number, workers: number): number {
  return Math.max(1, Math.min(50, Math.ceil(runs / (workers * 8))));
}

function planChunks(plan: BatchPlan, workers: number): { levelIndex: number; task: ChunkTask }[] {
  const size = workers > 1 ? chunkSize(plan.runs, workers) : plan.runs;
  const chunks: { levelIndex: number; task: ChunkTask }[] = [];
  plan.levels.forEach((lp, levelIndex) => {
    for (let first = 0; first < plan.runs; first += size) {
      chunks.push({
        levelIndex,
        task: {
          level: lp.arg,
          levelsDir: plan.levelsDir,
          bot: plan.bot,
          seedStart: (lp.seedStart + first) >>> 0,
          count: Math.min(size, plan.runs - first),
          maxTicks: plan.maxTicks,
          trace: plan.trace,
        },
      });
    }
  });
  return chunks;
}

export const WORKER_URL = new URL('./worker.mjs', import.meta.url).href;

/** A pool of batch worker threads, for callers that run several batches (the benchmark). */
export function createBatchPool(threads: number): Tinypool {
  return new Tinypool({ filename: WORKER_URL, minThreads: threads, maxThreads: threads });
}

/**
 * Plays the plan: in this thread when `workers` is 1, else in a pool of that many worker threads,
 * started for this batch and stopped after it unless `pool` is given (then that pool is used and
 * left running).
 */
export async function runBatch(plan: BatchPlan, workers: number, hooks: BatchHooks = {}, pool?: Tinypool): Promise<BatchRun> {
  const levels: LevelBatch[] = plan.levels.map((lp) => ({ plan: lp, results: [], deaths: [], shots: [] }));
  const threads = new Set<number>();
  const chunks = planChunks(plan, workers);
  let episodes = 0;
  let ticks = 0;
  const take = (levelIndex: number, chunk: ChunkResult, stream: boolean): void => {
    const lb = levels[levelIndex]!;
    threads.add(chunk.threadId);
    for (const r of chunk.results) {
      lb.results.push(r);
      if (stream) hooks.onResult?.(r);
    }
    for (const v of chunk.deaths) lb.deaths.push(v);
    for (const v of chunk.shots) lb.shots.push(v);
  };

  if (workers <= 1) {
    for (const { levelIndex, task } of chunks) {
      const chunk = runChunk(task, (r) => {
        hooks.onResult?.(r);
        episodes++;
        ticks += r.ticks;
        hooks.onProgress?.(episodes, ticks);
      });
      take(levelIndex, chunk, false);
    }
    return { levels, threadIds: [...threads] };
  }

  const workerPool = pool ?? createBatchPool(Math.min(workers, chunks.length));
  try {
    const done: (ChunkResult | undefined)[] = new Array(chunks.length);
    let next = 0;
    await Promise.all(chunks.map(async ({ task }, i) => {
      const chunk = await workerPool.run(task) as ChunkResult;
      done[i] = chunk;
      episodes += chunk.results.length;
      for (const r of chunk.results) ticks += r.ticks;
      hooks.onProgress?.(episodes, ticks);
      // Hand results on in order: everything up to the first chunk still out.
      while (next < chunks.length && done[next]) {
        take(chunks[next]!.levelIndex, done[next]!, true);
        done[next] = undefined;
        next++;
      }
    }));
  } finally {
    if (!pool) await workerPool.destroy();
  }
  return { levels, threadIds: [...threads] };
}
