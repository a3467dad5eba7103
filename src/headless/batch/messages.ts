// The messages between a batch's main thread and its worker threads (batch-pool.ts, worker-entry.ts).
import type { BatchSetup, ChunkResult, ChunkTask } from './chunk';

export type ToWorker =
  /** The batch's levels (parsed, as a structured clone), bot and limits: before its first chunk. */
  | { readonly type: 'setup'; readonly setup: BatchSetup }
  | { readonly type: 'chunk'; readonly id: number; readonly task: ChunkTask };

export type FromWorker =
  /** The bundle is loaded: chunks sent from now on start at once. */
  | { readonly type: 'ready' }
  | { readonly type: 'done'; readonly id: number; readonly result: ChunkResult }
  | { readonly type: 'failed'; readonly id: number; readonly message: string };
