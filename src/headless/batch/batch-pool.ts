// Worker threads for batches. Each starts loading its code the moment the pool is made and says
// when it is ready; a batch hands chunks only to ready workers, at most IN_FLIGHT each (one playing,
// one waiting, so a worker never idles while the main thread is busy playing and cannot answer).
import { Worker } from 'node:worker_threads';
import type { BatchSetup, ChunkResult, ChunkTask } from './chunk';
import type { FromWorker, ToWorker } from './messages';

/**
 * The worker threads' entry. Run from the prebuilt headless bundle (prebuilt.mjs), this module is a
 * .mjs file beside the bundled worker, which starts at once; run from TypeScript (Vitest, tsx),
 * worker.mjs loads the TypeScript through tsx, which costs each thread a second or more.
 */
export const WORKER_URL = import.meta.url.endsWith('.ts')
  ? new URL('./worker.mjs', import.meta.url)
  : new URL('./batch-worker.mjs', import.meta.url);

const IN_FLIGHT = 2;

interface Slot {
  readonly worker: Worker;
  ready: boolean;
  inFlight: number;
}

interface Pending {
  resolve(result: ChunkResult): void;
  reject(err: Error): void;
}

export class BatchPool {
  private readonly slots: Slot[];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private readyWaiters: (() => void)[] = [];
  /** The first worker crash, if any: a batch with no main thread playing stops on it. */
  failure: Error | null = null;
  /** Called whenever a worker can take another chunk (it became ready or finished one), or crashed. */
  onRoom: (() => void) | null = null;

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
    const slot: Slot = { worker: new Worker(WORKER_URL), ready: false, inFlight: 0 };
    slot.worker.on('message', (message: FromWorker) => {
      if (message.type === 'ready') {
        slot.ready = true;
        if (this.slots.every((s) => s.ready)) for (const wake of this.readyWaiters.splice(0)) wake();
      } else {
        slot.inFlight--;
        const pending = this.pending.get(message.id);
        this.pending.delete(message.id);
        if (message.type === 'done') pending?.resolve(message.result);
        else pending?.reject(new Error(message.message));
      }
      this.onRoom?.();
    });
    slot.worker.on('error', (err) => {
      slot.ready = false;
      this.failAll(err);
    });
    return slot;
  }

  private failAll(err: Error): void {
    this.failure ??= err;
    this.onRoom?.();
    for (const pending of this.pending.values()) pending.reject(err);
    this.pending.clear();
  }

  /** Resolves once every worker has loaded its code (tests use it to be sure the workers play). */
  allReady(): Promise<void> {
    if (this.slots.every((s) => s.ready)) return Promise.resolve();
    return new Promise((resolve) => this.readyWaiters.push(resolve));
  }

  /** Sends every worker the batch's setup; chunks sent after it play with it. */
  setup(setup: BatchSetup): void {
    for (const slot of this.slots) slot.worker.postMessage({ type: 'setup', setup } satisfies ToWorker);
  }

  /** A ready worker with room for another chunk, or null. */
  freeWorker(): number | null {
    let best: number | null = null;
    this.slots.forEach((slot, i) => {
      if (slot.ready && slot.inFlight < IN_FLIGHT && (best === null || slot.inFlight < this.slots[best]!.inFlight)) best = i;
    });
    return best;
  }

  run(worker: number, task: ChunkTask): Promise<ChunkResult> {
    const slot = this.slots[worker]!;
    const id = this.nextId++;
    slot.inFlight++;
    return new Promise<ChunkResult>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      slot.worker.postMessage({ type: 'chunk', id, task } satisfies ToWorker);
    });
  }

  async destroy(): Promise<void> {
    this.onRoom = null;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
