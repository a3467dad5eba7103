// Worker threads for batches. Each starts loading its code the moment the pool is made and says
// when it is ready; a batch hands chunks only to ready workers, one at a time (a second one queued
// behind it was still large when the main thread ran out of work at the end: it then idled). Each
// worker talks over a MessageChannel of its own, so the main thread can take its messages
// synchronously between two of its own episodes (poll()), and a worker that finishes a chunk waits
// half an episode for the next: through the event loop its messages came tens of ms late.
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

const IN_FLIGHT = 1;

interface Slot {
  readonly worker: Worker;
  readonly port: MessagePort;
  ready: boolean;
  inFlight: number;
}

interface Pending {
  done(result: ChunkResult): void;
  failed(err: Error): void;
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
    const { port1, port2 } = new MessageChannel();
    const worker = new Worker(WORKER_URL, { workerData: { port: port2 }, transferList: [port2] });
    const slot: Slot = { worker, port: port1, ready: false, inFlight: 0 };
    port1.on('message', (message: FromWorker) => this.heard(slot, message));
    worker.on('error', (err) => {
      slot.ready = false;
      this.failAll(err);
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
    } else {
      slot.inFlight--;
      const pending = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.type === 'done') pending?.done(message.result);
      else pending?.failed(new Error(message.message));
    }
    this.onRoom?.();
  }

  private failAll(err: Error): void {
    this.failure ??= err;
    this.onRoom?.();
    for (const pending of this.pending.values()) pending.failed(err);
    this.pending.clear();
  }

  /** Resolves once every worker has loaded its code (tests use it to be sure the workers play). */
  allReady(): Promise<void> {
    if (this.slots.every((s) => s.ready)) return Promise.resolve();
    return new Promise((resolve) => this.readyWaiters.push(resolve));
  }

  /** Sends every worker the batch's setup; chunks sent after it play with it. */
  setup(setup: BatchSetup): void {
    for (const slot of this.slots) slot.port.postMessage({ type: 'setup', setup } satisfies ToWorker);
  }

  /** A ready worker with room for another chunk, or null. */
  freeWorker(): number | null {
    let best: number | null = null;
    this.slots.forEach((slot, i) => {
      if (slot.ready && slot.inFlight < IN_FLIGHT && (best === null || slot.inFlight < this.slots[best]!.inFlight)) best = i;
    });
    return best;
  }

  /** Sends `task` to that worker; `done` or `failed` is called as its answer is heard (poll() or the event loop). */
  run(worker: number, task: ChunkTask, done: (result: ChunkResult) => void, failed: (err: Error) => void): void {
    const slot = this.slots[worker]!;
    const id = this.nextId++;
    slot.inFlight++;
    this.pending.set(id, { done, failed });
    slot.port.postMessage({ type: 'chunk', id, task } satisfies ToWorker);
  }

  async destroy(): Promise<void> {
    this.onRoom = null;
    for (const slot of this.slots) slot.port.close();
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
