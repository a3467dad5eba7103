// What the store needs of a database: parameterised queries, one connection held for a while (for
// migrations under a lock), and closing. PGlite and pg each get a few lines of adapter to this.

export type Row = Record<string, unknown>;

export interface Query {
  query(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Several statements, no parameters (migrations only). */
  exec(sql: string): Promise<void>;
}

export interface SqlDb extends Query {
  /** Runs `fn` on one connection (Postgres session state, such as an advisory lock, holds across it). */
  session<T>(fn: (q: Query) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
