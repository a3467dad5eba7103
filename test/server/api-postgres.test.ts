// The same API suite on a Postgres server (a throwaway cluster, or DATABASE_URL), and two server
// processes on one database taking submissions at once: one board, nothing lost, no duplicate ranks.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openPgDb } from '../../src/server/store/pg-db';
import { defineApiSuite } from './api-suite';
import { testStore } from './helpers';
import { postgresAvailable, startTestPostgres, type TestPostgres } from '../../tools/server/throwaway-postgres';
import { submitFromTwoProcesses } from './two-processes';

describe.skipIf(!postgresAvailable)('on a Postgres server', () => {
  let server: TestPostgres;
  beforeAll(async () => {
    server = await startTestPostgres();
  }, 60_000);
  afterAll(async () => server?.stop());

  defineApiSuite('Postgres', async () => {
    const db = await openPgDb(await server.database());
    return { ...(await testStore(db)), close: () => db.close() };
  });

  test('two server processes on one database take submissions at once', async () => {
    const { boards, statuses, players } = await submitFromTwoProcesses(await server.database());
    expect(statuses.filter((s) => s !== 201 && s !== 200), statuses.join(' ')).toEqual([]);
    // Both processes serve the same board, with every player once, ranks 1..n, best first.
    expect(boards[0]).toEqual(boards[1]);
    const entries = boards[0]!.entries;
    expect(entries.map((e) => e.player).sort()).toEqual([...players].sort());
    expect(entries.map((e) => e.rank)).toEqual(entries.map((_, i) => i + 1));
    for (let i = 1; i < entries.length; i++) expect(entries[i]!.ticks).toBeGreaterThanOrEqual(entries[i - 1]!.ticks);
  }, 120_000);
});
