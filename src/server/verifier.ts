// Verifying submitted runs off the request thread: a tinypool of worker threads, each replaying one
// run at a time. A bounded queue: past it the server says "busy" (503) instead of piling up work.
import path from 'node:path';
import { Tinypool } from 'tinypool';
import { LEVELS_DIR } from '../headless/level-files';
import type { RunVerdict } from './verify-run';
import type { VerifyTask } from './verify-task';

export interface Verifier {
  /** The verdict on one run file's text, or VerifierBusy when the queue is full. */
  verify(text: string, maxTicks: number): Promise<RunVerdict>;
  close(): Promise<void>;
}

export class VerifierBusy extends Error {
  override readonly name = 'VerifierBusy';
}

/**
 * From the prebuilt bundle this module is server-main.mjs's neighbour and the bundled entry sits
 * beside it; from TypeScript, verify-worker.mjs loads the TypeScript through tsx.
 */
const WORKER_URL = import.meta.url.endsWith('.ts')
  ? new URL('./verify-worker.mjs', import.meta.url).href
  : new URL('./server-verify-worker.mjs', import.meta.url).href;

export interface PoolOptions {
  readonly threads: number;
  /** Most runs waiting or being replayed at once. */
  readonly queue: number;
  readonly levelsDir?: string;
}

export function createPoolVerifier(options: PoolOptions): Verifier {
  const pool = new Tinypool({ filename: WORKER_URL, minThreads: options.threads, maxThreads: options.threads });
  const levelsDir = path.resolve(options.levelsDir ?? LEVELS_DIR);
  let pending = 0;
  return {
    async verify(text, maxTicks) {
      if (pending >= options.queue) throw new VerifierBusy(`${pending} runs are waiting to be verified`);
      pending++;
      try {
        const task: VerifyTask = { text, levelsDir, maxTicks };
        return await pool.run(task) as RunVerdict;
      } finally {
        pending--;
      }
    },
    close: () => pool.destroy(),
  };
}
