// Runs a batch of seeded episodes over one or more levels, in this thread alone (workers = 1) or in
// this thread and worker threads together. Results come back in level order, then seed order,
// whoever played them, so the output of a batch is the same for any number of workers.
import type { LevelData } from '../../sim';
import type { EpisodeResult } from '../run-episode';
import { BatchPool } from './batch-pool';
import { ChunkPlay, runChunk, type BatchSetup, type ChunkResult, type ChunkTask } from './chunk';
import { mark } from './timeline';

export interface LevelPlan {
  readonly level: LevelData;
  readonly seedStart: number;
}

export interface BatchPlan {
  readonly levels: readonly LevelPlan[];
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
  /** Episodes and ticks played so far: after every episode played in this thread, every chunk a worker plays. */
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
 * Chunk sizes that shrink as the batch goes ("guided" scheduling): each takes half a thread's fair
 * share of what is left, so early chunks are large (few messages) and the last ones small, and no
 * thread is left playing a long chunk while the others idle at the end (episodes differ in length).
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

function planChunks(plan: BatchPlan, workers: number): ChunkTask[] {
  // Guided over the whole batch, so a batch of many levels still ends on small chunks.
  const sizes = chunkSizes(plan.runs * plan.levels.length, workers);
  const chunks: ChunkTask[] = [];
  let sizeIndex = 0;
  let taken = 0;
  plan.levels.forEach((lp, levelIndex) => {
    for (let first = 0; first < plan.runs; ) {
      // A chunk plays one level: split a size that crosses into the next level.
      const count = Math.min(sizes[sizeIndex]! - taken, plan.runs - first);
      taken += count;
      if (taken === sizes[sizeIndex]) {
        sizeIndex++;
        taken = 0;
      }
      chunks.push({ levelIndex, seedStart: (lp.seedStart + first) >>> 0, count });
      first += count;
    }
  });
  return chunks;
}

/**
 * Worker threads for a batch of `episodes` over `workers` threads in all, the calling thread being
 * one of them; none when the batch is one chunk (nothing to share). Start them as early as possible
 * (before the levels are read) so their start-up overlaps the rest.
 */
export function startBatchWorkers(workers: number, episodes: number): BatchPool | undefined {
  return chunkSizes(episodes, workers).length > 1 ? new BatchPool(workers - 1, true) : undefined;
}

/** A pool of batch worker threads only, for callers that run several batches and stay responsive (the benchmark). */
export function createBatchPool(threads: number): BatchPool {
  return new BatchPool(threads);
}

/**
 * Plays the plan. Without `pool`: in this thread when `workers` is 1, else in this thread and
 * `workers` - 1 worker threads started for the batch and stopped after it. With `pool`: as that pool
 * says (its workers, and this thread too if it was made so), and the pool is left running.
 */
export async function runBatch(plan: BatchPlan, workers: number, hooks: BatchHooks = {}, pool?: BatchPool): Promise<BatchRun> {
  const own = pool ? undefined : startBatchWorkers(workers, plan.runs * plan.levels.length);
  try {
    return await playBatch(plan, pool ?? own, hooks);
  } finally {
    await own?.destroy();
  }
}

async function playBatch(plan: BatchPlan, pool: BatchPool | undefined, hooks: BatchHooks): Promise<BatchRun> {
  const levels: LevelBatch[] = plan.levels.map((lp) => ({ plan: lp, results: [], deaths: [], shots: [] }));
  const setup: BatchSetup = { levels: plan.levels.map((lp) => lp.level), bot: plan.bot, maxTicks: plan.maxTicks, trace: plan.trace };
  const threads = new Set<number>();
  const mainPlays = !pool || pool.mainThreadPlays;
  const chunks = planChunks(plan, (pool?.size ?? 0) + (mainPlays ? 1 : 0));
  let episodes = 0;
  let ticks = 0;
  const counted = (results: readonly EpisodeResult[]) => {
    episodes += results.length;
    for (const r of results) ticks += r.ticks;
    hooks.onProgress?.(episodes, ticks);
  };

  // One thread, or one chunk (nothing to share): play it all here, each result handed on at once.
  if (!pool || (chunks.length === 1 && mainPlays)) {
    for (const task of chunks) {
      const chunk = runChunk(setup, task, (r) => {
        hooks.onResult?.(r);
        counted([r]);
      });
      threads.add(chunk.threadId);
      const lb = levels[task.levelIndex]!;
      lb.results.push(...chunk.results);
      for (const v of chunk.deaths) lb.deaths.push(v);
      for (const v of chunk.shots) lb.shots.push(v);
    }
    return { levels, threadIds: [...threads] };
  }

  const done: (ChunkResult | undefined)[] = new Array(chunks.length);
  let handedOn = 0;
  // Hands results on in order: everything up to the first chunk not yet played.
  const finished = (index: number, chunk: ChunkResult) => {
    done[index] = chunk;
    threads.add(chunk.threadId);
    for (; handedOn < chunks.length && done[handedOn]; handedOn++) {
      const next = done[handedOn]!;
      const lb = levels[chunks[handedOn]!.levelIndex]!;
      for (const r of next.results) {
        lb.results.push(r);
        hooks.onResult?.(r);
      }
      for (const v of next.deaths) lb.deaths.push(v);
      for (const v of next.shots) lb.shots.push(v);
      done[handedOn] = undefined;
    }
  };

  // Every thread takes its next chunk from here (see batch-pool.ts); set to the end, it stops them all.
  const nextChunk = new Int32Array(new SharedArrayBuffer(4));
  const stop = () => Atomics.store(nextChunk, 0, chunks.length);
  let error: Error | null = null;
  // Wakes the wait at the end: the last chunk came back, or a worker failed.
  let wake = () => {};
  pool.startBatch(setup, chunks, nextChunk, {
    done: (index, chunk) => {
      finished(index, chunk);
      counted(chunk.results);
      if (handedOn === chunks.length) wake();
    },
    failed: (err) => {
      error ??= err;
      stop();
      wake();
    },
  });
  mark('batch started');
  try {
    if (mainPlays) {
      // This thread plays whatever chunk is next whenever it is free, and takes the workers' results
      // in between its episodes, so they are handed on in order as soon as they can be.
      for (let index = Atomics.add(nextChunk, 0, 1); index < chunks.length && !error; index = Atomics.add(nextChunk, 0, 1)) {
        const play = new ChunkPlay(setup, chunks[index]!);
        while (!play.done) {
          counted([play.playNext()]);
          pool.poll();
        }
        finished(index, play.result());
      }
      mark('this thread has no chunk left');
    }
    if (handedOn < chunks.length && !error) await new Promise<void>((resolve) => (wake = resolve));
    if (error) throw error;
  } finally {
    stop();
    pool.endBatch();
  }
  return { levels, threadIds: [...threads] };
}
