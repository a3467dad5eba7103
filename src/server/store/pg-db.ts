// The server backend: a Postgres server through a pg connection pool (DATABASE_URL).
import pg from 'pg';
import type { Query, Row, SqlDb } from './sql-db';

function over(client: pg.Pool | pg.PoolClient): Query {
  return {
    query: async (sql, params = []) => (await client.query<Row>(sql, [...params])).rows,
    exec: async (sql) => {
      await client.query(sql);
    },
  };
}

export async function openPgDb(connectionString: string, connections = 10): Promise<SqlDb> {
  const pool = new pg.Pool({ connectionString, max: connections });
  // An idle connection that drops (the server restarted) is replaced on next use, not fatal.
  pool.on('error', () => undefined);
  const client = await pool.connect();
  client.release();
  return {
    ...over(pool),
    async session(fn) {
      const one = await pool.connect();
      try {
        return await fn(over(one));
      } finally {
        one.release();
      }
    },
    close: () => pool.end(),
  };
}
