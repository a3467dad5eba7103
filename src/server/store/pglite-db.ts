// The embedded backend: PGlite (Postgres compiled to WebAssembly) keeping its files in a folder.
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { lockDataDir } from './data-dir-lock';
import type { Query, Row, SqlDb } from './sql-db';

export async function openPgliteDb(dataDir: string): Promise<SqlDb> {
  mkdirSync(dataDir, { recursive: true });
  const unlock = lockDataDir(dataDir);
  let db: PGlite;
  try {
    db = await PGlite.create(dataDir);
  } catch (err) {
    unlock();
    throw err;
  }
  const q: Query = {
    query: async (sql, params = []) => (await db.query<Row>(sql, [...params])).rows,
    exec: async (sql) => {
      await db.exec(sql);
    },
  };
  // One connection only: a session is the database itself.
  const close = async () => {
    await db.close();
    unlock();
  };
  return { ...q, session: (fn) => fn(q), close };
}
