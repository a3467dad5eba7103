// The messages between a batch's main thread and its worker threads (batch-pool.ts, worker-entry.ts).
import type { BatchSetup, ChunkResult, ChunkTask } from './chunk';

export type ToWorker = {
  readonly type: 'batch';
  /** Tags the answers, so one from an abandoned batch is never taken for the next one's. */
  readonly batch: number;
  /** The batch's levels (parsed, as a structured clone), bot and limits. */
  readonly setup: BatchSetup;
  readonly chunks: readonly ChunkTask[];
  /** One Int32: the index of the next chunk nobody has taken; every thread takes from it (Atomics.add). */
  readonly next: SharedArrayBuffer;
};

export type FromWorker =
  /** The bundle is loaded: the worker takes chunks from now on. */
  | { readonly type: 'ready' }
  | { readonly type: 'done'; readonly batch: number; readonly index: number; readonly result: ChunkResult }
  | { readonly type: 'failed'; readonly batch: number; readonly index: number; readonly message: string };
