// A batch worker thread: announces itself once its code is loaded, then for each batch it is sent
// takes chunks from the batch's shared counter, plays each and posts its result back (the trace
// arrays moved, not copied), until no chunk is left. Taking (not being handed) its work, it starts
// the moment it is loaded and goes on the moment it is done, whatever the main thread is doing.
// Bundled as batch-worker.mjs in the prebuilt headless build; worker.mjs loads it from TypeScript.
import { workerData, type MessagePort } from 'node:worker_threads';
import { runChunk } from './chunk';
import type { FromWorker, ToWorker } from './messages';
import { mark } from './timeline';

// The channel batch-pool.ts made for this worker (not parentPort: see there why).
const port = (workerData as { port: MessagePort }).port;
let chunks = 0;

port.on('message', (message: ToWorker) => {
  const next = new Int32Array(message.next);
  for (let index = Atomics.add(next, 0, 1); index < message.chunks.length; index = Atomics.add(next, 0, 1)) {
    if (chunks++ === 0) mark('first chunk');
    let reply: FromWorker;
    try {
      reply = { type: 'done', batch: message.batch, index, result: runChunk(message.setup, message.chunks[index]!) };
    } catch (err) {
      reply = { type: 'failed', batch: message.batch, index, message: err instanceof Error ? err.message : String(err) };
    }
    port.postMessage(reply, reply.type === 'done' ? [reply.result.deaths.buffer, reply.result.shots.buffer] : []);
    // The main thread stops the batch on a failure: nothing more to take.
    if (reply.type === 'failed') break;
  }
});
mark('worker loaded');
port.postMessage({ type: 'ready' } satisfies FromWorker);
