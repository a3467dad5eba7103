// Every query the store runs, for both backends. Values always travel as parameters ($1, $2 …).
//
// Ranks are computed on read, never stored: a board is "each player's best run" (fastest, then the
// earliest submitted, then the earliest stored), numbered by row_number() in that same order, so
// ranks are unique and stable, and two processes inserting at once cannot leave them inconsistent.

export const MIGRATE = {
  lock: 'SELECT pg_advisory_lock($1)',
  unlock: 'SELECT pg_advisory_unlock($1)',
  table: 'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
  applied: 'SELECT version FROM schema_migrations ORDER BY version',
  record: 'INSERT INTO schema_migrations (version) VALUES ($1)',
};

export const PLAYER_BY_NAME = 'SELECT id, key_salt, key_hash FROM players WHERE name = $1';

/** Binds a name to a key hash unless it is bound already (first use wins, also across processes). */
export const BIND_PLAYER = 'INSERT INTO players (name, key_salt, key_hash) VALUES ($1, $2, $3) ON CONFLICT (name) DO NOTHING';

const RUN_COLUMNS = 'r.id, r.category, r.level_hash, r.ticks, r.igt_ms, p.name AS player, r.submitted_at';

export const RUN_BY_HASH = `SELECT ${RUN_COLUMNS} FROM runs r JOIN players p ON p.id = r.player_id WHERE r.content_hash = $1`;

/** Stores a verified run; the same file twice stays one run (content_hash is unique). */
export const INSERT_RUN = `
  INSERT INTO runs (id, content_hash, category, level_hash, ticks, igt_ms, player_id, replay)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
  ON CONFLICT (content_hash) DO NOTHING`;

export const REPLAY_BY_ID = 'SELECT replay FROM runs WHERE id = $1';

/** Each player's best run on one board ($1 category, $2 level hash), numbered. */
const RANKED = `
  WITH best AS (
    SELECT DISTINCT ON (player_id) id, player_id, ticks, igt_ms, submitted_at, seq
    FROM runs WHERE category = $1 AND level_hash = $2
    ORDER BY player_id, ticks, submitted_at, seq
  )
  SELECT (row_number() OVER (ORDER BY b.ticks, b.submitted_at, b.seq))::integer AS rank,
         p.name AS player, b.ticks, b.igt_ms, b.id, b.submitted_at
  FROM best b JOIN players p ON p.id = b.player_id`;

export const BOARD_PAGE = `SELECT * FROM (${RANKED}) ranked ORDER BY rank LIMIT $3 OFFSET $4`;

export const PLAYER_RANK = `SELECT rank FROM (${RANKED}) ranked WHERE player = $3`;

export const HEALTH = 'SELECT 1 AS ok';
