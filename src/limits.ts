// Every bound on what the game reads from outside: files, links, dropped files, CLI input and the
// env bridge's lines. One place, so the CLIs, the page and the bridge refuse the same things with
// the same numbers, and the README's "Limits" section is checked against it (test/hostile/limits-readme.test.ts).
// Each bound sits far above what a real run, map or command holds, and far below what would cost
// the machine real memory or time.

/** Ticks per second of game time (the sim's fixed rate). */
const TICKS_PER_SECOND = 60;

/** Largest file of each kind, in bytes: read at most this + 1 bytes, refused above. */
export const FILE_BYTES = {
  /** One level's replay (an hour of hectic human input is a few hundred KB). */
  replay: 1024 * 1024,
  /** A full-game run: every attempt at every level. */
  fullRun: 4 * 1024 * 1024,
  /** A Tiled map (.tmj); the game's biggest is ~40 KB. */
  levelMap: 4 * 1024 * 1024,
  /** An external tileset (.tsj) reached through a map. */
  tileset: 1024 * 1024,
  /** levels/index.json, the level catalogue. */
  index: 64 * 1024,
} as const;

export type FileKind = keyof typeof FILE_BYTES;

/** Deepest JSON nesting read (arrays and objects); our formats need under 10. Checked before JSON.parse. */
export const MAX_JSON_DEPTH = 64;

/** Longest run one attempt (one level's replay) may hold: an hour of game time. A level's own timeLimit bounds it further. */
export const MAX_ATTEMPT_TICKS = 60 * 60 * TICKS_PER_SECOND;
/** Attempts (restarts, deaths and clears) in one full-game run. */
export const MAX_RUN_ATTEMPTS = 500;
/** Game time of a whole full-game run: ten hours. */
export const MAX_RUN_TICKS = 10 * MAX_ATTEMPT_TICKS;
/** Levels in a full-game run. */
export const MAX_RUN_LEVELS = 64;

/** Ticks between two checkpoint hashes in a replay (one per second). */
export const CHECKPOINT_TICKS = TICKS_PER_SECOND;
/** Characters of one state hash (hex). */
export const HASH_CHARS = 16;

/** Longest string per field, checked before any pattern is matched against it. */
export const STRING_CHARS = {
  /** A level id (levels/index.json). */
  levelId: 64,
  /** A game version ("0.1.0"). */
  gameVersion: 32,
  /** An assist's name. */
  assist: 32,
  /** A state hash. */
  hash: HASH_CHARS,
  /** All checkpoint hashes of the longest attempt. */
  checkpoints: Math.floor(MAX_ATTEMPT_TICKS / CHECKPOINT_TICKS) * HASH_CHARS,
  /** Encoded inputs: at most a whole replay file. */
  inputs: FILE_BYTES.replay,
} as const;

/** Replay text a link may carry (UTF-8 bytes); longer runs are shared as files. */
export const LINK_TEXT_BYTES = 64 * 1024;

/** Longest line (one command) the env bridge reads, in bytes; a longer one is an error reply. */
export const ENV_LINE_BYTES = 64 * 1024;

/** "64 KB", "12.3 KB", "1.4 MB": sizes in messages and the README. */
export function formatSize(bytes: number): string {
  const [n, unit] = bytes < 1024 ? [bytes, 'bytes'] : bytes < 1024 * 1024 ? [bytes / 1024, 'KB'] : [bytes / (1024 * 1024), 'MB'];
  return `${Number.isInteger(n) ? n : n.toFixed(1)} ${unit}`;
}

/** One row per limit, for the README's "Limits" section (kept in step by a test). */
export function limitRows(): readonly (readonly [string, string])[] {
  return [
    ['Replay file (one level)', formatSize(FILE_BYTES.replay)],
    ['Full-game run file', formatSize(FILE_BYTES.fullRun)],
    ['Level map (.tmj)', formatSize(FILE_BYTES.levelMap)],
    ['Tileset (.tsj)', formatSize(FILE_BYTES.tileset)],
    ['Level index (levels/index.json)', formatSize(FILE_BYTES.index)],
    ['Replay text in a link', formatSize(LINK_TEXT_BYTES)],
    ['JSON nesting depth', String(MAX_JSON_DEPTH)],
    ['Ticks per attempt', `${MAX_ATTEMPT_TICKS} (1 hour; less when the level has a timeLimit)`],
    ['Attempts per full-game run', String(MAX_RUN_ATTEMPTS)],
    ['Ticks per full-game run', `${MAX_RUN_TICKS} (10 hours)`],
    ['Levels per full-game run', String(MAX_RUN_LEVELS)],
    ['Level id', `${STRING_CHARS.levelId} characters`],
    ['Game version', `${STRING_CHARS.gameVersion} characters`],
    ['Assist name', `${STRING_CHARS.assist} characters`],
    ['Checkpoints', `${STRING_CHARS.checkpoints} characters (one hash per second of the longest attempt)`],
    ['Encoded inputs', `${formatSize(STRING_CHARS.inputs)} of text`],
    ['Env bridge line', formatSize(ENV_LINE_BYTES)],
  ];
}

/** The README's limits table (Markdown), between its `<!-- limits:start -->` and `<!-- limits:end -->` marks. */
export function limitsTable(): string {
  return ['| what | limit |', '|---|---|', ...limitRows().map(([what, limit]) => `| ${what} | ${limit} |`)].join('\n');
}
