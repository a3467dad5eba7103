// The API's behaviour, one suite run against each backend (api-pglite.test.ts, api-postgres.test.ts):
// every status the issue names, through fastify's inject().
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { KEY_A, KEY_B, golden, goldenFullRun, inlineVerifier, serverOn, submit, withChangedInput, type TestStore } from './helpers';

interface Body { [k: string]: unknown }
const json = (r: { body: string }) => JSON.parse(r.body) as Body;

export function defineApiSuite(backend: string, open: () => Promise<TestStore & { close(): Promise<void> }>): void {
  describe(`leaderboard API on ${backend}`, () => {
    let ts: TestStore & { close(): Promise<void> };
    let app: FastifyInstance;
    beforeAll(async () => {
      ts = await open();
      app = await serverOn(ts.store);
    }, 60_000);
    afterAll(async () => {
      await app?.close();
      await ts?.close();
    });
    beforeEach(async () => ts.reset());

    test('a verified run is stored (201), ranked, on its board, and downloadable as the same file', async () => {
      const bar = golden('bar');
      const r = await submit(app, 'alice', KEY_A, bar);
      expect(r.statusCode).toBe(201);
      const body = json(r);
      expect(body).toEqual({ id: expect.stringMatching(/^[0-9a-f]{16}$/), category: 'bar', ticks: 920, igt: '0:15.333', rank: 1 });
      const board = json(await app.inject({ url: '/api/boards/bar' }));
      expect(board.category).toBe('bar');
      expect(board.levelHash).toBe(bar.levelHash);
      expect(board.entries).toEqual([{ rank: 1, player: 'alice', ticks: 920, igt: '0:15.333', id: body.id, submittedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) }]);
      const file = await app.inject({ url: `/api/runs/${String(body.id)}` });
      expect(file.statusCode).toBe(200);
      expect(file.headers['content-type']).toMatch(/^application\/json/);
      expect(json(file)).toEqual(bar);
    });

    test('the same run twice is one run, also re-saved without its optional claims; another player cannot take it', async () => {
      const bar = golden('bar');
      const first = json(await submit(app, 'alice', KEY_A, bar));
      const again = await submit(app, 'alice', KEY_A, bar);
      expect(again.statusCode).toBe(200);
      expect(json(again).id).toBe(first.id);
      const { hash: _h, checkpoints: _c, ...stripped } = bar;
      expect(json(await submit(app, 'alice', KEY_A, stripped)).id).toBe(first.id);
      const stolen = await submit(app, 'bruno', KEY_B, stripped);
      expect(stolen.statusCode).toBe(409);
      expect(json(stolen).error).toMatch(/already submitted by another player/);
      expect((json(await app.inject({ url: '/api/boards/bar' })).entries as unknown[]).length).toBe(1);
    });

    test('one entry per player, their best; ranks follow ticks', async () => {
      expect((await submit(app, 'alice', KEY_A, golden('church'))).statusCode).toBe(201);
      expect((await submit(app, 'bruno', KEY_B, golden('bar'))).statusCode).toBe(201);
      expect((await submit(app, 'bruno', KEY_B, golden('rooftops'))).statusCode).toBe(201);
      const bar = json(await app.inject({ url: '/api/boards/bar' }));
      expect(bar.entries).toMatchObject([{ rank: 1, player: 'bruno' }]);
      expect(json(await app.inject({ url: '/api/boards/church' })).entries).toMatchObject([{ rank: 1, player: 'alice', ticks: 1146 }]);
    });

    test('ranks are stable: each player\'s best, ties go to the earlier submission, pages follow ranks', async () => {
      const { store } = ts;
      const ids: Record<string, string> = {};
      for (const name of ['p1', 'p2', 'p3', 'p4']) ids[name] = (await store.bindPlayer(name, 'salt', 'hash')).id;
      let n = 0;
      const add = (player: string, ticks: number) => store.addRun({
        id: `00000000000000${String(++n).padStart(2, '0')}`, contentHash: `content-${n}`, category: 'bar', levelHash: 'h', ticks, igtMs: ticks, playerId: ids[player]!, replay: '{}',
      });
      await add('p1', 1000);
      await add('p2', 1000);
      await add('p1', 900);
      await add('p3', 1100);
      await add('p4', 1000);
      await add('p3', 1200);
      const board = await store.board('bar', 'h', 10, 0);
      expect(board.map((e) => [e.rank, e.player, e.ticks])).toEqual([[1, 'p1', 900], [2, 'p2', 1000], [3, 'p4', 1000], [4, 'p3', 1100]]);
      expect((await store.board('bar', 'h', 2, 2)).map((e) => e.player)).toEqual(['p4', 'p3']);
      expect(await store.rankOf('bar', 'h', 'p4')).toBe(3);
      expect(await store.rankOf('bar', 'other', 'p4')).toBeNull();
    });

    test('a full-game run file is verified and ranked on "full"', async () => {
      const r = await submit(app, 'alice', KEY_A, goldenFullRun());
      expect(r.statusCode, r.body).toBe(201);
      expect(json(r)).toMatchObject({ category: 'full', ticks: 920 + 1146 + 1281 + 2169 + 1482, rank: 1 });
      expect(json(await app.inject({ url: '/api/boards/full' })).entries).toMatchObject([{ rank: 1, player: 'alice' }]);
    });

    test('a tampered input is refused (422) naming the second where the run diverged; nothing is stored or bound', async () => {
      const r = await submit(app, 'mallory', KEY_B, withChangedInput(golden('bar'), 200));
      expect(r.statusCode).toBe(422);
      expect(json(r).error).toMatch(/diverged .*in second 4 \(between ticks 180 and 240\)/);
      // A page on another origin can read why.
      expect(r.headers['access-control-allow-origin']).toBe('*');
      expect(json(await app.inject({ url: '/api/boards/bar' })).entries).toEqual([]);
      // The refused run bound nothing: anyone may still take the name.
      expect((await submit(app, 'mallory', KEY_A, golden('bar'))).statusCode).toBe(201);
    });

    test('tampered claimed ticks are refused: a shortened run (422), a ticks field that disagrees with the inputs (400)', async () => {
      const bar = golden('bar');
      const { hash: _h, checkpoints: _c, ...claims } = bar;
      const short = { ...claims, inputs: withChangedInput(bar, 0).inputs, ticks: 920 };
      expect((await submit(app, 'mallory', KEY_B, short)).statusCode).toBe(422);
      const lie = await submit(app, 'mallory', KEY_B, { ...bar, ticks: 900 });
      expect(lie.statusCode).toBe(400);
      expect(json(lie).error).toMatch(/^replay: ticks: expected the number of inputs the file holds \(more than 900 ticks\), got 900$/);
    });

    test('a run of another version of the level is refused (422)', async () => {
      const r = await submit(app, 'alice', KEY_A, { ...golden('bar'), levelHash: '0123456789abcdef' });
      expect(r.statusCode).toBe(422);
      expect(json(r).error).toMatch(/another version of the level "bar"/);
    });

    test('malformed requests are 400 with one line of JSON', async () => {
      const cases = [
        await app.inject({ method: 'POST', url: '/api/runs', headers: { 'content-type': 'application/json' }, payload: '{"player": ' }),
        await app.inject({ method: 'POST', url: '/api/runs', payload: { player: 'alice', key: KEY_A } }),
        await submit(app, 'alice', KEY_A, 'not an object'),
        await submit(app, 'alice', KEY_A, { format: 'desperado-replay', version: 2 }),
        await submit(app, '', KEY_A, golden('bar')),
        await submit(app, 'x'.repeat(25), KEY_A, golden('bar')),
        await submit(app, 'bell\u0007', KEY_A, golden('bar')),
        await submit(app, 'alice', 'short', golden('bar')),
      ];
      for (const r of cases) {
        expect(r.statusCode, r.body).toBe(400);
        const error = json(r).error;
        expect(typeof error === 'string' && error.length > 0 && !error.includes('\n') && !/\bat .*:\d+:\d+/.test(error)).toBe(true);
      }
    });

    test('a name is bound to its key on first use: a wrong key is 403', async () => {
      expect((await submit(app, 'alice', KEY_A, golden('bar'))).statusCode).toBe(201);
      const r = await submit(app, 'alice', KEY_B, golden('church'));
      expect(r.statusCode).toBe(403);
      expect(json(r).error).toMatch(/belongs to another player/);
      expect((await submit(app, 'alice', KEY_A, golden('church'))).statusCode).toBe(201);
    });

    test('names with SQL and markup are stored and returned as the same plain text', async () => {
      const names = ["x'); DROP TABLE runs;--", '<script>alert(1)</script>'.slice(0, 24), 'Ñandú "el" 🎸 & <b>'];
      const levels = ['bar', 'church', 'ranch'];
      for (let i = 0; i < names.length; i++) {
        expect((await submit(app, names[i]!, KEY_A, golden(levels[i]!))).statusCode).toBe(201);
        const board = await app.inject({ url: `/api/boards/${levels[i]!}` });
        expect(board.headers['content-type']).toMatch(/^application\/json/);
        expect(json(board).entries).toMatchObject([{ player: names[i] }]);
      }
      expect((await app.inject({ url: '/api/health' })).statusCode).toBe(200);
    });

    test('boards: URL-encoded categories, unknown ones 404, limit and offset bounded', async () => {
      const encoded = await app.inject({ url: '/api/boards/bar%2Frandom' });
      expect(encoded.statusCode).toBe(200);
      expect(json(encoded)).toMatchObject({ category: 'bar/random', entries: [] });
      expect(json(await app.inject({ url: '/api/boards/full%2Frandom' }))).toMatchObject({ category: 'full/random' });
      expect((await app.inject({ url: '/api/boards/bar/random' })).statusCode).toBe(200);
      const unknown = await app.inject({ url: '/api/boards/moon' });
      expect(unknown.statusCode).toBe(404);
      expect(json(unknown).error).toMatch(/no category "moon"/);
      for (const q of ['limit=0', 'limit=101', 'offset=-1', 'limit=ten', 'levelHash=zz']) {
        expect((await app.inject({ url: `/api/boards/bar?${q}` })).statusCode, q).toBe(400);
      }
      await submit(app, 'alice', KEY_A, golden('bar'));
      expect(json(await app.inject({ url: '/api/boards/bar?limit=1&offset=1' })).entries).toEqual([]);
      expect(json(await app.inject({ url: '/api/boards/bar?levelHash=0123456789abcdef' }))).toMatchObject({ levelHash: '0123456789abcdef', entries: [] });
    });

    test('unknown runs are 404; health answers; CORS lets another origin read and submit', async () => {
      expect((await app.inject({ url: '/api/runs/0123456789abcdef' })).statusCode).toBe(404);
      expect((await app.inject({ url: "/api/runs/1' OR '1'='1" })).statusCode).toBe(404);
      const health = await app.inject({ url: '/api/health' });
      expect(json(health)).toEqual({ ok: true });
      expect(health.headers['access-control-allow-origin']).toBe('*');
      const pre = await app.inject({ method: 'OPTIONS', url: '/api/runs', headers: { origin: 'http://elsewhere.test', 'access-control-request-method': 'POST' } });
      expect(pre.statusCode).toBe(204);
      expect(pre.headers['access-control-allow-methods']).toMatch(/POST/);
      expect(pre.headers['access-control-allow-headers']).toMatch(/content-type/);
    });

    test('limits: body bytes and replay ticks are 413, requests past the minute\'s budget 429', async () => {
      const small = await serverOn(ts.store, { bodyBytes: 500, replayTicks: 1000, requestsPerMinute: 3, submissionsPerMinute: 3 }, inlineVerifier());
      try {
        const big = await submit(small, 'alice', KEY_A, golden('church'));
        expect(big.statusCode).toBe(413);
        expect(json(big).error).toMatch(/too large/);
        const roomy = await serverOn(ts.store, { replayTicks: 1000 }, inlineVerifier());
        const long = await submit(roomy, 'alice', KEY_A, golden('church'));
        await roomy.close();
        expect(long.statusCode).toBe(413);
        expect(json(long).error).toMatch(/1146 ticks, this server replays at most 1000/);
        // Submissions have their own budget; other requests share the address's.
        for (let i = 0; i < 3; i++) expect((await small.inject({ url: '/api/health' })).statusCode).toBe(200);
        const limited = await small.inject({ url: '/api/health' });
        expect(limited.statusCode).toBe(429);
        expect(json(limited).error).toMatch(/too many requests: at most 3 a minute/);
        expect(limited.headers['access-control-allow-origin']).toBe('*');
      } finally {
        await small.close();
      }
    });
  });
}
