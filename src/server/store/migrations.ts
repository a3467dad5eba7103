// The schema, as numbered migrations run in order, once, by whichever server process starts
// first (an advisory lock keeps two from racing). The same SQL runs on PGlite and on Postgres.
// Never edit a migration that has shipped: add the next one.

export const MIGRATIONS: readonly string[] = [
  // 1: players and verified runs.
  `
  CREATE TABLE players (
    id bigserial PRIMARY KEY,
    name text NOT NULL UNIQUE,
    key_salt text NOT NULL,
    key_hash text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
  );
  CREATE TABLE runs (
    seq bigserial PRIMARY KEY,
    id text NOT NULL UNIQUE,
    content_hash text NOT NULL UNIQUE,
    category text NOT NULL,
    level_hash text NOT NULL,
    ticks integer NOT NULL,
    igt_ms integer NOT NULL,
    player_id bigint NOT NULL REFERENCES players (id),
    submitted_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    replay text NOT NULL
  );
  -- The board query walks one (category, level hash) in player, then time order.
  CREATE INDEX runs_board ON runs (category, level_hash, player_id, ticks, submitted_at, seq);
  `,
];

/** Any number both backends agree on, naming the lock migrations take. */
export const MIGRATION_LOCK = 15_2026;
