// The leaderboard's storage: players (a name bound to a key hash) and verified runs, over one SQL
// database, PGlite or Postgres alike (the same migrations and queries for both).
import { MIGRATE, PLAYER_BY_NAME, BIND_PLAYER, RUN_BY_HASH, INSERT_RUN, REPLAY_BY_ID, BOARD_PAGE, PLAYER_RANK, HEALTH } from './queries';
import { MIGRATIONS, MIGRATION_LOCK } from './migrations';
import type { Row, SqlDb } from './sql-db';

export interface PlayerKey {
  readonly id: string;
  readonly salt: string;
  readonly hash: string;
}

export interface StoredRun {
  readonly id: string;
  readonly category: string;
  readonly levelHash: string;
  readonly ticks: number;
  readonly igtMs: number;
  readonly player: string;
  readonly submittedAt: string;
}

export interface NewRun {
  readonly id: string;
  readonly contentHash: string;
  readonly category: string;
  readonly levelHash: string;
  readonly ticks: number;
  readonly igtMs: number;
  readonly playerId: string;
  readonly replay: string;
}

export interface BoardRow {
  readonly rank: number;
  readonly player: string;
  readonly ticks: number;
  readonly igtMs: number;
  readonly id: string;
  readonly submittedAt: string;
}

export interface RunStore {
  player(name: string): Promise<PlayerKey | null>;
  /** Binds the name to this key hash unless already bound; returns whichever binding holds. */
  bindPlayer(name: string, salt: string, hash: string): Promise<PlayerKey>;
  runByContent(contentHash: string): Promise<StoredRun | null>;
  /** Stores the run; when its content is already stored, returns that run instead. */
  addRun(run: NewRun): Promise<StoredRun>;
  board(category: string, levelHash: string, limit: number, offset: number): Promise<BoardRow[]>;
  /** The player's rank on a board (their best run's), or null when they have no run on it. */
  rankOf(category: string, levelHash: string, player: string): Promise<number | null>;
  replay(id: string): Promise<string | null>;
  healthy(): Promise<boolean>;
  close(): Promise<void>;
}

const iso = (value: unknown): string => (value instanceof Date ? value : new Date(String(value))).toISOString();

function toRun(row: Row): StoredRun {
  return {
    id: String(row.id), category: String(row.category), levelHash: String(row.level_hash), ticks: Number(row.ticks),
    igtMs: Number(row.igt_ms), player: String(row.player), submittedAt: iso(row.submitted_at),
  };
}

async function migrate(db: SqlDb): Promise<void> {
  await db.session(async (q) => {
    await q.query(MIGRATE.lock, [MIGRATION_LOCK]);
    try {
      await q.exec(MIGRATE.table);
      const done = new Set((await q.query(MIGRATE.applied)).map((r) => Number(r.version)));
      for (let i = 0; i < MIGRATIONS.length; i++) {
        if (done.has(i + 1)) continue;
        await q.exec(`BEGIN; ${MIGRATIONS[i]!}`);
        try {
          await q.query(MIGRATE.record, [i + 1]);
          await q.exec('COMMIT');
        } catch (err) {
          await q.exec('ROLLBACK');
          throw err;
        }
      }
    } finally {
      await q.query(MIGRATE.unlock, [MIGRATION_LOCK]);
    }
  });
}

/** A store over an open database, migrated to the newest schema. */
export async function createSqlStore(db: SqlDb): Promise<RunStore> {
  await migrate(db);
  const one = async (sql: string, params: readonly unknown[]): Promise<Row | null> => (await db.query(sql, params))[0] ?? null;
  const player = async (name: string): Promise<PlayerKey | null> => {
    const row = await one(PLAYER_BY_NAME, [name]);
    return row ? { id: String(row.id), salt: String(row.key_salt), hash: String(row.key_hash) } : null;
  };
  const runByContent = async (contentHash: string): Promise<StoredRun | null> => {
    const row = await one(RUN_BY_HASH, [contentHash]);
    return row ? toRun(row) : null;
  };
  return {
    player,
    async bindPlayer(name, salt, hash) {
      await db.query(BIND_PLAYER, [name, salt, hash]);
      const bound = await player(name);
      if (!bound) throw new Error(`player "${name}" vanished right after binding`);
      return bound;
    },
    runByContent,
    async addRun(run) {
      await db.query(INSERT_RUN, [run.id, run.contentHash, run.category, run.levelHash, run.ticks, run.igtMs, run.playerId, run.replay]);
      const stored = await runByContent(run.contentHash);
      if (!stored) throw new Error(`run ${run.id} vanished right after storing`);
      return stored;
    },
    async board(category, levelHash, limit, offset) {
      const rows = await db.query(BOARD_PAGE, [category, levelHash, limit, offset]);
      return rows.map((r) => ({ rank: Number(r.rank), player: String(r.player), ticks: Number(r.ticks), igtMs: Number(r.igt_ms), id: String(r.id), submittedAt: iso(r.submitted_at) }));
    },
    async rankOf(category, levelHash, name) {
      const row = await one(PLAYER_RANK, [category, levelHash, name]);
      return row ? Number(row.rank) : null;
    },
    async replay(id) {
      const row = await one(REPLAY_BY_ID, [id]);
      return row ? String(row.replay) : null;
    },
    async healthy() {
      return (await one(HEALTH, []))?.ok === 1;
    },
    close: () => db.close(),
  };
}
