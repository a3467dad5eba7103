// The API on the embedded backend (PGlite in a temp DATA_DIR), and that the board survives a restart.
import { afterAll, describe, expect, test } from 'vitest';
import { openPgliteDb } from '../../src/server/store/pglite-db';
import { defineApiSuite } from './api-suite';
import { KEY_A, KEY_B, golden, pgliteDir, pgliteStore, serverOn, submit, testStore } from './helpers';

const dirs: { remove(): void }[] = [];
afterAll(() => dirs.forEach((d) => d.remove()));

defineApiSuite('PGlite', async () => {
  const t = await pgliteDir('board-pglite-');
  dirs.push(t);
  const db = await openPgliteDb(t.dir);
  return { ...(await testStore(db)), close: () => db.close() };
});

describe('PGlite persistence', () => {
  test('runs and name bindings outlive a restart of the server; one server holds the folder at a time', async () => {
    const t = await pgliteDir('board-restart-');
    dirs.push(t);
    const first = await pgliteStore(t.dir);
    const app = await serverOn(first);
    expect((await submit(app, 'alice', KEY_A, golden('bar'))).statusCode).toBe(201);
    await app.close();
    await first.close();

    // While one server holds the folder, a second one is refused in one line.
    const holder = await pgliteStore(t.dir);
    await expect(pgliteStore(t.dir)).rejects.toThrow(/is in use by another server \(process \d+\); several servers need DATABASE_URL/);
    await holder.close();

    const second = await pgliteStore(t.dir);
    const again = await serverOn(second);
    try {
      expect(JSON.parse((await again.inject({ url: '/api/boards/bar' })).body).entries).toMatchObject([{ rank: 1, player: 'alice', ticks: 920 }]);
      expect((await submit(again, 'alice', KEY_B, golden('church'))).statusCode).toBe(403);
    } finally {
      await again.close();
      await second.close();
    }
  }, 60_000);
});
