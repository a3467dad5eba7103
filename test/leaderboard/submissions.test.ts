import { describe, expect, it } from 'vitest';
import { createClient } from '../../src/leaderboard/client';
import { createLeaderboardStore, LEADERBOARD_KEY, makeSecretKey, MAX_PENDING, type PendingRun } from '../../src/leaderboard/saves';
import { Submissions } from '../../src/leaderboard/submissions';
import { MemoryStorage } from '../storage/fakes';
import { fakeFetch, json, type Answer } from './fake-server';

const run = (n: number): PendingRun => ({ replay: JSON.stringify({ format: 'desperado-replay', n }), category: 'bar', ticks: 2400 + n });
const ones = (b: Uint8Array) => b.fill(1);

function server(answer: (body: { player: string; key: string; replay: { n: number } }) => Answer) {
  const fake = fakeFetch((a) => answer(a.body as never));
  return { client: createClient({ baseUrl: 'http://lb.test', fetch: fake.fetch, timeoutMs: 1000 }), asked: fake.asked };
}
const ranked = (n: number): Answer => json(201, { id: `r${n}`, category: 'bar', ticks: 2400 + n, rank: n + 1 });

describe('leaderboard saves and submission queue', () => {
  it('makes the secret on the first submission, keeps it and the name in the saves', async () => {
    const mem = new MemoryStorage();
    const subs = new Submissions(createLeaderboardStore(mem), ones);
    subs.setName('Mariachi');
    const { client, asked } = server((b) => ranked(b.replay.n));
    expect(await subs.submit(client, run(1))).toEqual({ kind: 'ranked', rank: 2, id: 'r1', message: 'Ranked #2 on bar (0:40.016)' });
    expect(asked[0]!.body).toEqual({ player: 'Mariachi', key: '01'.repeat(32), replay: { format: 'desperado-replay', n: 1 } });
    const saved = JSON.parse(mem.getItem(LEADERBOARD_KEY)!);
    expect(saved).toEqual({ version: 1, value: { name: 'Mariachi', key: '01'.repeat(32), pending: [] } });
    // The next session reads the same key back; it is not made again.
    const again = new Submissions(createLeaderboardStore(mem), () => new Uint8Array(32).fill(2));
    await again.submit(client, run(2));
    expect((asked[1]!.body as { key: string }).key).toBe('01'.repeat(32));
  });

  it('the secret is 64 hex digits from crypto.getRandomValues', () => {
    const a = makeSecretKey();
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(makeSecretKey()).not.toBe(a);
  });

  it('offline: the run waits in the saves, persisted, and goes on the next flush', async () => {
    const mem = new MemoryStorage();
    const subs = new Submissions(createLeaderboardStore(mem), ones);
    subs.setName('El');
    const down = server(() => 'offline');
    const out = await subs.submit(down.client, run(1));
    expect(out.kind).toBe('waiting');
    expect(out.message).toBe(`Not sent yet: waits in the saves (1 of ${MAX_PENDING}), goes when the server answers. The leaderboard server cannot be reached (http://lb.test): offline?`);
    // A new session (the next start) finds it and sends it once the server answers.
    const next = new Submissions(createLeaderboardStore(mem));
    expect(next.pending).toEqual([run(1)]);
    const up = server((b) => ranked(b.replay.n));
    expect(await next.flush(up.client)).toEqual({ lines: ['Ranked #2 on bar (0:40.016)'], waiting: 0, why: null });
    expect(new Submissions(createLeaderboardStore(mem)).pending).toEqual([]);
  });

  it('a 5xx or a 429 keeps the run and stops the flush; order is kept', async () => {
    const subs = new Submissions(createLeaderboardStore(new MemoryStorage()), ones);
    subs.setName('El');
    let answer: Answer = json(503, { error: 'busy' });
    const s = server((b) => (answer === 'hang' ? ranked(b.replay.n) : answer));
    await subs.submit(s.client, run(1));
    answer = json(429, {});
    expect((await subs.submit(s.client, run(2))).message).toBe('Not sent yet: waits in the saves (2 of 10), goes when the server answers. The leaderboard is busy: try again in a minute');
    expect(subs.pending.map((p) => p.ticks)).toEqual([2401, 2402]);
    answer = 'hang'; // stands for "answers normally" here
    const report = await subs.flush(s.client);
    expect(report.lines).toEqual(['Ranked #2 on bar (0:40.016)', 'Ranked #3 on bar (0:40.033)']);
    expect(s.asked.map((a) => (a.body as { replay: { n: number } }).replay.n)).toEqual([1, 1, 1, 2]); // run 2 never goes before run 1
  });

  it('a refusal for good (4xx but 429) drops the run and says so; the rest still goes', async () => {
    const subs = new Submissions(createLeaderboardStore(new MemoryStorage()), ones);
    subs.setName('El');
    const down = server(() => 'offline');
    await subs.submit(down.client, run(1));
    await subs.submit(down.client, run(2));
    const s = server((b) => (b.replay.n === 1 ? json(422, { error: 'diverged at 0:03' }) : ranked(b.replay.n)));
    const report = await subs.flush(s.client);
    expect(report.lines).toEqual(['Refused for good, not kept: bar 0:40.016: diverged at 0:03', 'Ranked #3 on bar (0:40.033)']);
    expect(subs.pending).toEqual([]);
  });

  it(`holds at most ${MAX_PENDING} runs: the oldest is dropped, and that is said`, async () => {
    const mem = new MemoryStorage();
    const subs = new Submissions(createLeaderboardStore(mem), ones);
    subs.setName('El');
    const down = server(() => 'offline');
    for (let n = 1; n <= MAX_PENDING; n++) await subs.submit(down.client, run(n));
    const out = await subs.submit(down.client, run(99));
    expect(out.message).toContain(`(the queue holds ${MAX_PENDING}: the oldest, bar 0:40.016, was dropped)`);
    expect(subs.pending).toHaveLength(MAX_PENDING);
    expect(subs.pending[0]).toEqual(run(2));
    expect(subs.pending.at(-1)).toEqual(run(99));
    // The same run twice is queued once.
    await subs.submit(down.client, run(99));
    expect(subs.pending).toHaveLength(MAX_PENDING);
    expect(JSON.parse(mem.getItem(LEADERBOARD_KEY)!).value.pending).toHaveLength(MAX_PENDING);
  });

  it('without a name nothing is sent; with no server the run waits', async () => {
    const subs = new Submissions(createLeaderboardStore(new MemoryStorage()), ones);
    const s = server((b) => ranked(b.replay.n));
    expect((await subs.submit(s.client, run(1))).message).toMatch(/^Not sent yet: waits in the saves \(1 of 10\), goes when the server answers\. No player name yet$/);
    expect(s.asked).toEqual([]);
    subs.setName('El');
    expect((await subs.submit(null, run(2))).message).toBe('Not sent yet: waits in the saves (2 of 10), goes when the server answers. No leaderboard server is set');
  });

  it('a saved record of the wrong shape is set aside, never crashes', () => {
    const mem = new MemoryStorage();
    mem.setItem(LEADERBOARD_KEY, JSON.stringify({ version: 1, value: { key: 'not hex', pending: [] } }));
    const subs = new Submissions(createLeaderboardStore(mem));
    expect(subs.pending).toEqual([]);
    expect(subs.notice).toMatch(/desperado\.leaderboard: wrong shape \(key: .*set aside as desperado\.leaderboard\.corrupt-1/);
  });
});
