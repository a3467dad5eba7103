// Worker threads for batches. Each starts loading its code the moment the pool is made. A batch's
// chunks are not handed out: every thread playing (the workers, and the main thread if it plays)
// takes the next one from a counter they share (Atomics.add on a SharedArrayBuffer) whenever it is
// free, so a worker starts the moment its code is loaded and never waits for the main thread to
// notice it finished (handing chunks out, the first one came tens of ms after the worker was ready,
// the main thread being deep in an episode), and no chunk is promised to a thread still busy (so
// none is left playing a large one at the end). Each worker answers over a MessageChannel of its
// own, so the main thread can take its results synchronously between two of its own episodes (poll()).
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { BatchSetup, ChunkResult, ChunkTask } from './chunk';
import type { FromWorker, ToWorker } from './messages';
import { mark } from './timeline';

/**
 * The worker threads' entry. Run from the prebuilt headless bundle (prebuilt.mjs), this module is a
 * .mjs file beside the bundled worker, which starts at once; run from TypeScript (Vitest, tsx),
 * worker.mjs loads the TypeScript through tsx, which costs each thread a second or more.
 */
export const WORKER_URL = import.meta.url.endsWith('.ts')
  ? new URL('./worker.mjs', import.meta.url)
  : new URL('./batch-worker.mjs', import.meta.url);

interface Slot {
  readonly worker: Worker;
  readonly port: MessagePort;
  ready: boolean;
}

/** Where a batch's answers go: each chunk a worker played (by index), or the first failure. */
export interface BatchListener {
  done(index: number, result: ChunkResult): void;
  failed(err: Error): void;
}

export class BatchPool {
  private readonly slots: Slot[];
  private readyWaiters: (() => void)[] = [];
  private batchId = 0;
  private listener: BatchListener | null = null;
  /** The first worker crash, if any: every later batch fails on it too. */
  failure: Error | null = null;

  /**
   * `threads` workers. `mainThreadPlays`: the batch's own thread plays chunks too (the command line,
   * which has nothing else to do); otherwise only these workers play (a caller that stays responsive).
   */
  constructor(threads: number, readonly mainThreadPlays = false) {
    this.slots = Array.from({ length: threads }, () => this.startWorker());
  }

  get size(): number {
    return this.slots.length;
  }

  private startWorker(): Slot {
    const { port1, port2 } = new MessageChannel();
    const worker = new Worker(WORKER_URL, { workerData: { port: port2 }, transferList: [port2] });
    const slot: Slot = { worker, port: port1, ready: false };
    port1.on('message', (message: FromWorker) => this.heard(slot, message));
    worker.on('error', (err) => {
      slot.ready = false;
      this.failure ??= err;
      this.listener?.failed(err);
    });
    return slot;
  }

  /** Takes in every message the workers have sent so far, now, without waiting for the event loop. */
  poll(): void {
    for (const slot of this.slots) {
      for (let m = receiveMessageOnPort(slot.port); m; m = receiveMessageOnPort(slot.port)) this.heard(slot, m.message as FromWorker);
    }
  }

  private heard(slot: Slot, message: FromWorker): void {
    if (message.type === 'ready') {
      slot.ready = true;
      mark('worker ready heard');
      if (this.slots.every((s) => s.ready)) for (const wake of this.readyWaiters.splice(0)) wake();
    } else if (message.batch === this.batchId && this.listener) {
      if (message.type === 'done') this.listener.done(message.index, message.result);
      else this.listener.failed(new Error(message.message));
    }
  }

  /** Resolves once every worker has loaded its code (tests use it to be sure the workers play). */
  allReady(): Promise<void> {
    if (this.slots.every((s) => s.ready)) return Promise.resolve();
    return new Promise((resolve) => this.readyWaiters.push(resolve));
  }

  /**
   * Starts a batch: every worker takes chunks from `next` (a worker still loading, once loaded) and
   * answers to `listener` until endBatch(). Fails at once if a worker has crashed.
   */
  startBatch(setup: BatchSetup, chunks: readonly ChunkTask[], next: Int32Array<SharedArrayBuffer>, listener: BatchListener): void {
    this.batchId++;
    this.listener = listener;
    if (this.failure) {
      listener.failed(this.failure);
      return;
    }
    const message: ToWorker = { type: 'batch', batch: this.batchId, setup, chunks, next: next.buffer };
    for (const slot of this.slots) slot.port.postMessage(message);
  }

  /** No more answers for the current batch (a worker still finishing a chunk of it is ignored). */
  endBatch(): void {
    this.listener = null;
  }

  async destroy(): Promise<void> {
    this.listener = null;
    for (const slot of this.slots) slot.port.close();
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
