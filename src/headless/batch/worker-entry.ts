// A batch worker thread: announces itself once its code is loaded, keeps the batch's setup, plays
// the chunks it is sent in order and posts each result back (the trace arrays moved, not copied).
// Bundled as batch-worker.mjs in the prebuilt headless build; worker.mjs loads it from TypeScript.
import { workerData, type MessagePort } from 'node:worker_threads';
import { runChunk, type BatchSetup } from './chunk';
import type { FromWorker, ToWorker } from './messages';
import { mark } from './timeline';

// The channel batch-pool.ts made for this worker (not parentPort: see there why).
const port = (workerData as { port: MessagePort }).port;
let setup: BatchSetup | null = null;
let chunks = 0;

port.on('message', (message: ToWorker) => {
  if (message.type === 'setup') {
    setup = message.setup;
    return;
  }
  if (chunks++ === 0) mark('first chunk');
  let reply: FromWorker;
  try {
    if (!setup) throw new Error('a chunk came before the batch setup');
    reply = { type: 'done', id: message.id, result: runChunk(setup, message.task) };
  } catch (err) {
    reply = { type: 'failed', id: message.id, message: err instanceof Error ? err.message : String(err) };
  }
  port.postMessage(reply, reply.type === 'done' ? [reply.result.deaths.buffer, reply.result.shots.buffer] : []);
});
mark('worker loaded');
port.postMessage({ type: 'ready' } satisfies FromWorker);
