// Verification in worker threads: the pool replays a run off the calling thread and answers the
// same as the adapter does in-thread; past its queue it says busy.
import { afterAll, expect, test } from 'vitest';
import { createPoolVerifier, VerifierBusy } from '../../src/server/verifier';
import { golden, withChangedInput } from './helpers';

const pool = createPoolVerifier({ threads: 1, queue: 2 });
afterAll(() => pool.close());

test('a worker thread verifies a golden run and refuses a tampered one', async () => {
  const ok = await pool.verify(JSON.stringify(golden('bar')), 100_000);
  expect(ok).toEqual({ ok: true, category: 'bar', levelHash: golden('bar').levelHash, ticks: 920 });
  const bad = await pool.verify(JSON.stringify(withChangedInput(golden('bar'), 200)), 100_000);
  expect(bad).toMatchObject({ ok: false, status: 422 });
}, 60_000);

test('past its queue the pool refuses at once instead of piling up work', async () => {
  const text = JSON.stringify(golden('street'));
  const first = [pool.verify(text, 100_000), pool.verify(text, 100_000)];
  await expect(pool.verify(text, 100_000)).rejects.toBeInstanceOf(VerifierBusy);
  for (const v of await Promise.all(first)) expect(v.ok).toBe(true);
}, 60_000);
