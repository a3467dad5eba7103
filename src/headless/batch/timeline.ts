// Start-up timeline of a batch, for measuring where its fixed time goes: with DESPERADO_TIMELINE=1
// in the environment each mark prints one line on stderr, "timeline <ms> <thread> <what>", ms since
// the Unix epoch (worker threads have their own performance clocks; the epoch is common to all).
// Off, a mark costs one property read.
import { threadId } from 'node:worker_threads';

const ON = process.env.DESPERADO_TIMELINE === '1';

export function mark(what: string): void {
  if (ON) process.stderr.write(`timeline ${(performance.timeOrigin + performance.now()).toFixed(1)} ${threadId} ${what}\n`);
}
