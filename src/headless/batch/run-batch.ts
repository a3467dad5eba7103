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

/** Smallest chunk worth a message to a worker: a few episodes. */
const MIN_CHUNK = 4;

/**
 * Chunk sizes that shrink as the batch goes ("guided" scheduling): each takes half a worker's fair
 * share of what is left, so early chunks are large (few messages) and the last ones small, and no
 * worker is left playing a long chunk while the others idle at the end (episodes differ in length).
 */
export function chunkSizes(total: number, workers: number): number[] {
  if (workers <= 1) return total > 0 ? [total] : [];
  const sizes: number[] = [];
  for (let left = total; left > 0; ) {
    const size = Math.min(left, Math.max(MIN_CHUNK, Math.ceil(left / (2 * workers))));
    sizes.push(size);
    left -= size;
  }
  return sizes;
}

function planChunks(plan: BatchPlan, workers: number): { levelIndex: number; task: ChunkTask }[] {
  // Guided over the whole batch, so a batch of many levels still ends on small chunks.
  const sizes = chunkSizes(plan.runs * plan.levels.length, workers);
  const chunks: { levelIndex: number; task: ChunkTask }[] = [];
  let sizeIndex = 0;
  let taken = 0;
  plan.levels.forEach((lp, levelIndex) => {
    for (let first = 0; first < plan.runs; ) {
      // A chunk plays one level: split a size that crosses into the next level.
      const size = Math.min(sizes[sizeIndex]! - taken, plan.runs - first);
      taken += size;
      if (taken === sizes[sizeIndex]) {
        sizeIndex++;
        taken = 0;
      }
      chunks.push({
        levelIndex,
        task: {
          level: lp.arg,
          levelsDir: plan.levelsDir,
          bot: plan.bot,
          seedStart: (lp.seedStart + first) >>> 0,
          count: size,
          maxTicks: plan.maxTicks,
          trace: plan.trace,
        },
      });
      first += size;
    }
  });
  return chunks;
}

/**
 * The worker threads' entry. Run from the prebuilt headless bundle (prebuilt.mjs), this module is a
 * .mjs file beside the bundled worker, which starts at once; run from TypeScript (Vitest, tsx),
 * worker.mjs loads the TypeScript through tsx, which costs each thread a second or more.
 */
export const WORKER_URL = import.meta.url.endsWith('.ts')
  ? new URL('./worker.mjs', import.meta.url).href
  : new URL('./batch-worker.mjs', import.meta.url).href;

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

  // One chunk gives a worker nothing to share: play it here rather than start a thread for it.
  if (workers <= 1 || (chunks.length === 1 && !pool)) {
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
