import { describe, expect, it } from 'vitest';
import { createClient } from '../../src/leaderboard/client';
import { drawableText } from '../../src/ui/drawable-text';
import { fakeFetch, json, type Answer } from './fake-server';

const accepted = { id: 'r1', category: 'bar', ticks: 2475, igt: 41.25, rank: 3 };
const board = {
  category: 'bar/random', levelHash: 'abc',
  entries: [{ rank: 1, player: '<img src=x onerror=alert(1)>', ticks: 2400, igt: 40, id: 7, submittedAt: '2026-12-06T16:00:00Z' }],
};

function client(answer: Answer | ((url: string) => Answer), timeoutMs = 1000) {
  const fake = fakeFetch((a) => (typeof answer === 'function' ? answer(a.url) : answer));
  return { c: createClient({ baseUrl: 'http://lb.test', fetch: fake.fetch, timeoutMs }), asked: fake.asked };
}

describe('leaderboard client', () => {
  it('posts a run and reads the 201 answer', async () => {
    const { c, asked } = client(json(201, accepted));
    const r = await c.submit({ player: 'El', key: 'k', replay: { format: 'desperado-replay' } });
    expect(r).toEqual({ ok: true, value: accepted });
    expect(asked[0]).toEqual({ url: 'http://lb.test/api/runs', method: 'POST', body: { player: 'El', key: 'k', replay: { format: 'desperado-replay' } } });
  });

  it('reads a board by its URL-encoded category, ids as strings, names as plain text', async () => {
    const { c, asked } = client(json(200, board));
    const r = await c.board('bar/random', { limit: 20 });
    expect(asked[0]!.url).toBe('http://lb.test/api/boards/bar%2Frandom?limit=20');
    expect(r.ok && r.value.entries[0]).toMatchObject({ id: '7', player: '<img src=x onerror=alert(1)>' });
    // Drawn in the pixel font as typed: markup is just characters.
    expect(drawableText('<b>Bucho</b>')).toBe('<b>Bucho</b>');
    expect(drawableText('El\u0007 \u4e2d')).toBe('El? ?');
  });

  it('422 and 400 are refusals for good, with the server\'s error line', async () => {
    const r = await client(json(422, { error: 'does not replay: diverged at 0:12' })).c.submit({ player: 'a', key: 'k', replay: {} });
    expect(r).toMatchObject({ ok: false, kind: 'refused', status: 422, retry: false, message: 'does not replay: diverged at 0:12' });
    const bad = await client({ status: 400, body: 'nope' }).c.submit({ player: 'a', key: 'k', replay: {} });
    expect(bad).toMatchObject({ ok: false, kind: 'refused', retry: false, message: 'The leaderboard refused it (400)' });
    const big = await client(json(413, { error: 'body too large' })).c.submit({ player: 'a', key: 'k', replay: {} });
    expect(big).toMatchObject({ kind: 'refused', message: 'body too large' });
  });

  it('429 says to try again in a minute and may be retried', async () => {
    const r = await client(json(429, { error: 'Rate limit exceeded' })).c.board('bar');
    expect(r).toMatchObject({ ok: false, kind: 'rate-limited', retry: true, message: 'The leaderboard is busy: try again in a minute' });
  });

  it('a 5xx is a server failure with its error text, to retry', async () => {
    const r = await client(json(503, { error: 'verifier pool is full\nline two' })).c.board('bar');
    expect(r).toMatchObject({ ok: false, kind: 'server', retry: true, status: 503, message: 'The leaderboard server failed (503): verifier pool is full line two' });
  });

  it('offline and a timeout are one line each', async () => {
    expect(await client('offline').c.health()).toMatchObject({ ok: false, kind: 'offline', retry: true, message: 'The leaderboard server cannot be reached (http://lb.test): offline?' });
    expect(await client('hang', 30).c.board('bar')).toMatchObject({ ok: false, kind: 'timeout', retry: true, message: 'The leaderboard server did not answer within 30 ms' });
  });

  it('an answer that is not JSON, or not the API\'s shape, is a bad answer', async () => {
    const html = await client({ status: 200, body: '<!doctype html><title>Vite</title>' }).c.health();
    expect(html).toMatchObject({ ok: false, kind: 'bad-answer', message: 'The leaderboard server sent something that is not JSON (is the URL right?)' });
    const shape = await client(json(200, { category: 'bar', entries: [{ rank: 0, player: 'x', ticks: 1, id: 'a' }] })).c.board('bar');
    expect(shape.ok).toBe(false);
    expect(!shape.ok && shape.message).toMatch(/^The leaderboard server's answer is not understood \(entries\.0\.rank: /);
    const run = await client({ status: 200, body: '{"format": ' }).c.run('x');
    expect(run).toMatchObject({ ok: false, kind: 'bad-answer' });
  });

  it('downloads a run as its JSON text, the id URL-encoded', async () => {
    const { c, asked } = client({ status: 200, body: '{"format":"desperado-replay"}' });
    expect(await c.run('a/b')).toEqual({ ok: true, value: '{"format":"desperado-replay"}' });
    expect(asked[0]!.url).toBe('http://lb.test/api/runs/a%2Fb');
  });
});
