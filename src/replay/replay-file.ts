// Recorded runs as files: a small, versioned JSON object holding the level, the seed and every
// tick's input (input-codec text), with what the run came to. Browser-safe (no file system): this
// module turns text into a checked replay and back; src/headless/replay-files.ts reads and writes
// files. Every mistake is one line naming the file and the field:
//   runs/bar.json: seed: expected an integer from 0 to 4294967295, got -1
//
// Versions: `version` names the shape. Version 2 added the game version, the level content hash,
// mode, assists, the random-seed mark and per-second checkpoints. A later version gets its own
// schema in SCHEMAS and an upgrade in `upgrade()`; old ones stay readable.
import * as v from 'valibot';
import { describeValue, quote } from '../level/error-text';
import { LevelError, oneLine } from '../level/level-error';
import { parseJsonText } from '../level/json-text';
import { check } from '../level/validate';
import { CHECKPOINT_TICKS, HASH_CHARS, MAX_ATTEMPT_TICKS, STRING_CHARS } from '../limits';
import { ASSIST_NAMES, type Outcome, type TickInput } from '../sim';
import { GAME_VERSION } from '../version';
import { decodeInputs, encodeInputs, InputCodecError } from './input-codec';

export const REPLAY_FORMAT = 'desperado-replay';
export const REPLAY_VERSION = 2;
/** A checkpoint (the state hash) is stored every this many ticks, to find where a run diverged. */
export { CHECKPOINT_TICKS };
/** Longest run a replay may hold (one hour of game time), a bound on memory when decoding. */
export const MAX_REPLAY_TICKS = MAX_ATTEMPT_TICKS;

export type RunMode = 'il' | 'full';

export interface ReplayFile {
  readonly format: typeof REPLAY_FORMAT;
  readonly version: typeof REPLAY_VERSION;
  /** Game version that recorded it (src/version.ts). */
  readonly game: string;
  /** levelContentHash of the map it was played on (absent in files upgraded from version 1). */
  readonly levelHash?: string;
  /** Individual level, or one level of a full-game run. */
  readonly mode: RunMode;
  /** Assists that were on, by name (src/sim/assists.ts assistNames; empty: none). The run replays with them. */
  readonly assists: readonly string[];
  /** The seed was picked at random instead of the level's fixed board. */
  readonly randomSeed?: boolean;
  /** Level id (levels/index.json) the run was played on. */
  readonly level: string;
  /** Run seed, 0..2^32-1. */
  readonly seed: number;
  /** Every tick's input, encodeInputs text (base64url; the text carries its own format version). */
  readonly inputs: string;
  /** Ticks played: the number of inputs. */
  readonly ticks: number;
  /** How the run ended (null: it had not ended); checked on replay when present. */
  readonly outcome?: Outcome | null;
  /** stateHash of the world after the last input; checked on replay when present. */
  readonly hash?: string;
  /** stateHash after every CHECKPOINT_TICKS ticks, concatenated (16 hex digits each). */
  readonly checkpoints?: string;
}

/** A replay that passed every check, with its inputs decoded. */
export interface CheckedReplay {
  readonly replay: ReplayFile;
  readonly inputs: readonly TickInput[];
}

/** A bad replay: one line, `<file>: <field>: expected …, got …`. */
export class ReplayError extends Error {
  override readonly name = 'ReplayError';
  readonly file: string;
  readonly field: string;

  constructor(file: string, field: string, message: string) {
    super(oneLine(`${file}: ${field === '' ? '' : `${field}: `}${message}`));
    this.file = file;
    this.field = field;
  }
}

const OUTCOMES = ['cleared', 'dead', 'timeout'] as const;
const int = (min: number, max: number, what = `an integer from ${min} to ${max}`) =>
  v.pipe(v.number(what), v.integer(what), v.minValue(min, what), v.maxValue(max, what));

/**
 * A string field: its length is bounded before its pattern is tried (check() stops at the first
 * issue), so a multi-megabyte string never reaches a regex.
 */
export const text = (max: number, pattern: RegExp, what: string, typeWhat = what) =>
  v.pipe(v.string(typeWhat), v.maxLength(max, `${what}, at most ${max} characters`), v.regex(pattern, what));

/** A level id: the schema's shape only; which ids exist is the level catalogue's business. */
export const LevelIdSchema = text(STRING_CHARS.levelId, /^[A-Za-z0-9_.-]{1,64}$/, 'a level id (letters, digits, _ . -)', 'a level id (string)');
export const GameVersionSchema = text(STRING_CHARS.gameVersion, /^[0-9A-Za-z.+-]{1,32}$/, 'a game version like 0.1.0', 'a game version (string)');
/** The game's assist names only (a picklist compares whole strings: no regex, any length is safe). */
export const AssistsSchema = v.pipe(
  v.array(v.picklist(ASSIST_NAMES, `an assist (${ASSIST_NAMES.join(', ')})`), 'a list of assists'),
  v.maxLength(8, 'at most 8 assists'),
);

const ReplayV1Schema = v.strictObject(
  {
    format: v.literal(REPLAY_FORMAT, `"${REPLAY_FORMAT}"`),
    version: v.literal(1, '1'),
    level: LevelIdSchema,
    seed: int(0, 0xffffffff),
    inputs: text(STRING_CHARS.inputs, /^[A-Za-z0-9_-]*$/, 'encoded inputs (base64url text)'),
    ticks: int(0, MAX_REPLAY_TICKS),
    outcome: v.optional(v.nullable(v.picklist(OUTCOMES, `an outcome (${OUTCOMES.join(', ')}) or null`))),
    hash: v.optional(text(HASH_CHARS, /^[0-9a-f]{16}$/, 'a state hash (16 hex digits)')),
  },
  `a ${REPLAY_FORMAT} object`,
);

const ReplayV2Schema = v.strictObject(
  {
    ...ReplayV1Schema.entries,
    version: v.literal(2, '2'),
    game: GameVersionSchema,
    levelHash: v.optional(text(HASH_CHARS, /^[0-9a-f]{16}$/, 'a state hash (16 hex digits)')),
    mode: v.picklist(['il', 'full'], 'a run mode (il, full)'),
    assists: AssistsSchema,
    randomSeed: v.optional(v.boolean('true or false')),
    checkpoints: v.optional(text(STRING_CHARS.checkpoints, /^(?:[0-9a-f]{16})*$/, 'checkpoint hashes (16 hex digits each)')),
  },
  `a ${REPLAY_FORMAT} object`,
);

/** Schemas by version; the newest is REPLAY_VERSION. */
const SCHEMAS: Readonly<Record<number, typeof ReplayV1Schema | typeof ReplayV2Schema>> = { 1: ReplayV1Schema, 2: ReplayV2Schema };
const VERSIONS = `1 to ${REPLAY_VERSION}`;

/** Brings an older version's object to the current shape. */
function upgrade(value: Record<string, unknown>, version: number): ReplayFile {
  // Version 1 knew nothing of the game version, mode or assists: an individual level, unassisted.
  if (version === 1) return { ...value, version: REPLAY_VERSION, game: 'unknown', mode: 'il', assists: [] } as unknown as ReplayFile;
  return value as unknown as ReplayFile;
}

function fail(file: string, field: string, expected: string, got: string): never {
  throw new ReplayError(file, field, `expected ${expected}, got ${got}`);
}

/** Runs a schema with the level parser's messages, re-raised as ReplayError. */
export function checkSchema(schema: v.GenericSchema, value: unknown, file: string): void {
  try {
    check(schema, value, file, '');
  } catch (err) {
    if (!(err instanceof LevelError)) throw err;
    // check() words its message for levels; keep the text, change the type.
    throw new ReplayError(file, err.field, err.message.slice(`${file}: ${err.field === '' ? '' : `${err.field}: `}`.length));
  }
}

/**
 * Checks a parsed JSON value's fields and its cheap claims (ticks against the limit, checkpoints
 * against ticks) without decoding its inputs. `file` names it in errors.
 */
export function checkReplayFields(value: unknown, file = 'replay', maxTicks = MAX_REPLAY_TICKS): ReplayFile {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(file, '', `a ${REPLAY_FORMAT} JSON object`, describeValue(value));
  const obj = value as Record<string, unknown>;
  if (obj.format !== REPLAY_FORMAT) fail(file, 'format', `"${REPLAY_FORMAT}"`, describeValue(obj.format));
  const version = obj.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) fail(file, 'version', `a version number (this build reads ${VERSIONS})`, describeValue(version));
  const schema = SCHEMAS[version];
  if (!schema) fail(file, 'version', `${VERSIONS} (a newer game wrote this replay)`, String(version));
  // Unknown and missing fields first, with their own words; then the values.
  const fields = Object.keys(schema.entries);
  for (const key of Object.keys(obj)) {
    if (!fields.includes(key)) throw new ReplayError(file, key, `unknown field (version ${version} has ${fields.join(', ')})`);
  }
  for (const [key, entry] of Object.entries(schema.entries)) {
    if (entry.type !== 'optional' && obj[key] === undefined) fail(file, key, entry.message ?? 'a value', 'nothing (the field is missing)');
  }
  checkSchema(schema, obj, file);
  const replay = upgrade(obj, version);
  if (replay.ticks > maxTicks) fail(file, 'ticks', `at most ${maxTicks} ticks (the level's limit)`, String(replay.ticks));
  const expected = Math.floor(replay.ticks / CHECKPOINT_TICKS);
  if (replay.checkpoints !== undefined && replay.checkpoints.length !== expected * HASH_CHARS) {
    fail(file, 'checkpoints', `${expected} hashes (one per ${CHECKPOINT_TICKS} ticks of ${replay.ticks})`, String(replay.checkpoints.length / HASH_CHARS));
  }
  return replay;
}

/** Decodes a checked replay's inputs: never more ticks than it claims. */
export function decodeReplay(replay: ReplayFile, file = 'replay'): CheckedReplay {
  let inputs: TickInput[];
  try {
    inputs = decodeInputs(replay.inputs, replay.ticks);
  } catch (err) {
    if (!(err instanceof InputCodecError)) throw err;
    const why = err.message.replace(/^inputs: /, '');
    if (/^more than \d+ ticks$/.test(why)) fail(file, 'ticks', `the number of inputs the file holds (${why})`, String(replay.ticks));
    throw new ReplayError(file, 'inputs', `expected encoded inputs, got bad text (${why})`);
  }
  if (inputs.length !== replay.ticks) fail(file, 'ticks', `${inputs.length} (the number of inputs the file holds)`, String(replay.ticks));
  return { replay, inputs };
}

/** Checks a parsed JSON value and decodes its inputs. `file` names it in errors. */
export function validateReplay(value: unknown, file = 'replay'): CheckedReplay {
  return decodeReplay(checkReplayFields(value, file), file);
}

/** Parses replay text (JSON) and checks it. */
export function parseReplay(text: string, file = 'replay'): CheckedReplay {
  let value: unknown;
  try {
    value = parseJsonText(text, file);
  } catch (err) {
    if (!(err instanceof LevelError)) throw err;
    throw new ReplayError(file, '', err.message.slice(`${file}: `.length));
  }
  return validateReplay(value, file);
}

export interface ReplayFields {
  readonly level: string;
  readonly seed: number;
  readonly inputs: readonly TickInput[];
  readonly outcome?: Outcome | null;
  readonly hash?: string;
  readonly levelHash?: string;
  readonly mode?: RunMode;
  readonly assists?: readonly string[];
  readonly randomSeed?: boolean;
  readonly checkpoints?: string;
}

/** A replay object for a run (checked, so a bad field fails here rather than on reading). */
export function createReplay(run: ReplayFields): ReplayFile {
  const replay: ReplayFile = {
    format: REPLAY_FORMAT,
    version: REPLAY_VERSION,
    game: GAME_VERSION,
    level: run.level,
    ...(run.levelHash !== undefined ? { levelHash: run.levelHash } : {}),
    seed: run.seed,
    mode: run.mode ?? 'il',
    assists: run.assists ?? [],
    ...(run.randomSeed ? { randomSeed: true } : {}),
    inputs: encodeInputs(run.inputs),
    ticks: run.inputs.length,
    ...(run.outcome !== undefined ? { outcome: run.outcome } : {}),
    ...(run.hash !== undefined ? { hash: run.hash } : {}),
    ...(run.checkpoints !== undefined ? { checkpoints: run.checkpoints } : {}),
  };
  validateReplay(replay, `replay of ${quote(run.level)}`);
  return replay;
}

/** The file's text: pretty JSON with a final newline. */
export function replayToText(replay: ReplayFile): string {
  return JSON.stringify(replay, null, 2) + '\n';
}
