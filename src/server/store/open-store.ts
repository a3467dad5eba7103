// Picks the backend: a Postgres server when DATABASE_URL is set, else PGlite in DATA_DIR.
import { openPgDb } from './pg-db';
import { openPgliteDb } from './pglite-db';
import { createSqlStore, type RunStore } from './run-store';

export const DEFAULT_DATA_DIR = './data/leaderboard';

export interface StoreConfig {
  readonly databaseUrl?: string;
  readonly dataDir?: string;
}

export async function openStore(config: StoreConfig): Promise<{ store: RunStore; where: string }> {
  if (config.databaseUrl) {
    const store = await createSqlStore(await openPgDb(config.databaseUrl));
    // Never print the password.
    return { store, where: `Postgres at ${new URL(config.databaseUrl).host}` };
  }
  const dir = config.dataDir || DEFAULT_DATA_DIR;
  return { store: await createSqlStore(await openPgliteDb(dir)), where: `PGlite in ${dir}` };
}
