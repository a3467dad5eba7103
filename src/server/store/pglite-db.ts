// The embedded backend: PGlite (Postgres compiled to WebAssembly) keeping its files in a folder.
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { Query, Row, SqlDb } from './sql-db';

export async function openPgliteDb(dataDir: string): Promise<SqlDb> {
  mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir);
  const q: Query = {
    query: async (sql, params = []) => (await db.query<Row>(sql, [...params])).rows,
    exec: async (sql) => {
      await db.exec(sql);
    },
  };
  // One connection only: a session is the database itself.
  return { ...q, session: (fn) => fn(q), close: () => db.close() };
}
