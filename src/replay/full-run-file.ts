// A full-game run as one file: every level of the run in order, each with every attempt made at
// it — restarts and deaths first, then the clear — as ordinary replay objects (mode "full"). The
// restarts are in the file because their ticks are part of the run's time: a verifier replays
// every attempt, so the time lost to restarts is checked like the rest. Same rules as a level's
// replay file: versioned JSON, one-line errors naming the file and the field:
//   run.json: levels[1].attempts[0].seed: expected an integer from 0 to 4294967295, got -1
// Checking a run costs no more than its text: every field and claim (counts, tick totals against
// src/limits.ts) is checked first, and attempts' inputs are decoded one at a time, when replayed.
import * as v from 'valibot';
import { describeValue } from '../level/error-text';
import { LevelError } from '../level/level-error';
import { parseJsonText } from '../level/json-text';
import { MAX_RUN_ATTEMPTS, MAX_RUN_LEVELS, MAX_RUN_TICKS } from '../limits';
import { GAME_VERSION } from '../version';
import {
  AssistsSchema, checkReplayFields, checkSchema, decodeReplay, GameVersionSchema, LevelIdSchema, REPLAY_FORMAT, ReplayError, validateReplay,
  type CheckedReplay, type ReplayFile,
} from './replay-file';

export const FULL_RUN_FORMAT = 'desperado-full-run';
export const FULL_RUN_VERSION = 1;
/** A full run holds at most this many attempts in all (a bound on memory and verify time). */
export const MAX_FULL_RUN_ATTEMPTS = MAX_RUN_ATTEMPTS;

export interface FullRunLevel {
  /** Level id, in the order of levels/index.json. */
  readonly level: string;
  /** In-game time spent on the level: the sum of its attempts' ticks. */
  readonly ticks: number;
  /** Every attempt at the level, oldest first; all but the last ended before a clear. */
  readonly attempts: readonly ReplayFile[];
}

export interface FullRunFile {
  readonly format: typeof FULL_RUN_FORMAT;
  readonly version: typeof FULL_RUN_VERSION;
  readonly game: string;
  /** Each level's seed was drawn from `runSeed` instead of being the level's fixed board. */
  readonly randomSeed?: boolean;
  /** The run seed the levels' seeds derive from (runLevelSeed); present with randomSeed. */
  readonly runSeed?: number;
  readonly assists: readonly string[];
  /** Full-game in-game time: the sum of every attempt's ticks. */
  readonly ticks: number;
  readonly levels: readonly FullRunLevel[];
}

export interface CheckedFullRun {
  readonly run: FullRunFile;
  /** The file's name in errors. */
  readonly file: string;
  /** The attempts of each level, fields checked but inputs not decoded (decodeAttempt), in file order. */
  readonly levels: readonly { readonly level: string; readonly ticks: number; readonly attempts: readonly ReplayFile[] }[];
}

/**
 * The seed of level `index` in a random-seed run: the run seed mixed with the level's place, so
 * one number names every board of the run and a restart of a level keeps its board.
 */
export function runLevelSeed(runSeed: number, index: number): number {
  let h = (runSeed ^ Math.imul(index + 1, 0x9e3779b9)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

const int = (min: number, max: number, what = `an integer from ${min} to ${max}`) =>
  v.pipe(v.number(what), v.integer(what), v.minValue(min, what), v.maxValue(max, what));

const LevelSchema = v.strictObject(
  {
    level: LevelIdSchema,
    ticks: int(0, MAX_RUN_TICKS),
    attempts: v.pipe(v.array(v.unknown(), 'a list of replays'), v.minLength(1, 'at least one attempt'), v.maxLength(MAX_RUN_ATTEMPTS, `at most ${MAX_RUN_ATTEMPTS} attempts`)),
  },
  'a level of the run ({ level, ticks, attempts })',
);

const FullRunSchema = v.strictObject(
  {
    format: v.literal(FULL_RUN_FORMAT, `"${FULL_RUN_FORMAT}"`),
    version: v.literal(FULL_RUN_VERSION, String(FULL_RUN_VERSION)),
    game: GameVersionSchema,
    randomSeed: v.optional(v.boolean('true or false')),
    runSeed: v.optional(int(0, 0xffffffff)),
    assists: AssistsSchema,
    ticks: int(0, MAX_RUN_TICKS),
    levels: v.pipe(v.array(LevelSchema, 'a list of levels'), v.minLength(1, 'at least one level'), v.maxLength(MAX_RUN_LEVELS, `at most ${MAX_RUN_LEVELS} levels`)),
  },
  `a ${FULL_RUN_FORMAT} object`,
);

function fail(file: string, field: string, expected: string, got: string): never {
  throw new ReplayError(file, field, `expected ${expected}, got ${got}`);
}

/** An attempt's ReplayError, renamed to its place in the run file. */
function nested(err: ReplayError, file: string, base: string): ReplayError {
  const own = `${err.file}: ${err.field === '' ? '' : `${err.field}: `}`;
  return new ReplayError(file, err.field === '' ? base : `${base}.${err.field}`, err.message.slice(own.length));
}

/**
 * Checks a parsed full-run object and every attempt's fields, and every claim against the limits
 * (attempts, ticks per attempt, ticks in all), without decoding any inputs. `file` names it in errors.
 */
export function validateFullRun(value: unknown, file = 'full run'): CheckedFullRun {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(file, '', `a ${FULL_RUN_FORMAT} JSON object`, describeValue(value));
  const obj = value as Record<string, unknown>;
  if (obj.format !== FULL_RUN_FORMAT) fail(file, 'format', `"${FULL_RUN_FORMAT}"`, describeValue(obj.format));
  if (obj.version !== FULL_RUN_VERSION) {
    const newer = typeof obj.version === 'number' && obj.version > FULL_RUN_VERSION;
    fail(file, 'version', newer ? `${FULL_RUN_VERSION} (a newer game wrote this run)` : String(FULL_RUN_VERSION), describeValue(obj.version));
  }
  const fields = Object.keys(FullRunSchema.entries);
  for (const key of Object.keys(obj)) if (!fields.includes(key)) throw new ReplayError(file, key, `unknown field (version ${FULL_RUN_VERSION} has ${fields.join(', ')})`);
  checkSchema(FullRunSchema, obj, file);
  const run = obj as unknown as FullRunFile;
  if (run.randomSeed && run.runSeed === undefined) fail(file, 'runSeed', 'the run seed (the run is marked randomSeed)', 'nothing (the field is missing)');
  if (!run.randomSeed && run.runSeed !== undefined) fail(file, 'runSeed', 'nothing (fixed-seed runs have no run seed)', String(run.runSeed));
  const total = run.levels.reduce((n, l) => n + l.attempts.length, 0);
  if (total > MAX_FULL_RUN_ATTEMPTS) fail(file, 'levels', `at most ${MAX_FULL_RUN_ATTEMPTS} attempts in all (the limit)`, String(total));
  let ticks = 0;
  const levels = run.levels.map((l, i) => ({
    level: l.level,
    ticks: l.ticks,
    attempts: l.attempts.map((a, k) => {
      const base = `levels[${i}].attempts[${k}]`;
      let replay: ReplayFile;
      try {
        replay = checkReplayFields(a, base);
      } catch (err) {
        throw err instanceof ReplayError ? nested(err, file, base) : err;
      }
      ticks += replay.ticks;
      if (ticks > MAX_RUN_TICKS) fail(file, 'levels', `attempts of at most ${MAX_RUN_TICKS} ticks in all (the limit)`, `${ticks} by ${base}`);
      return replay;
    }),
  }));
  return { run, file, levels };
}

/** Decodes attempt `k` of level `i` (its inputs were not decoded when the run was checked). */
export function decodeAttempt(checked: CheckedFullRun, i: number, k: number): CheckedReplay {
  const base = `levels[${i}].attempts[${k}]`;
  try {
    return decodeReplay(checked.levels[i]!.attempts[k]!, base);
  } catch (err) {
    throw err instanceof ReplayError ? nested(err, checked.file, base) : err;
  }
}

/** Parses full-run text (JSON) and checks it. */
export function parseFullRun(text: string, file = 'full run'): CheckedFullRun {
  return validateFullRun(parseJson(text, file), file);
}

function parseJson(text: string, file: string): unknown {
  try {
    return parseJsonText(text, file);
  } catch (err) {
    if (!(err instanceof LevelError)) throw err;
    throw new ReplayError(file, '', err.message.slice(`${file}: `.length));
  }
}

export type AnyReplay = { readonly kind: 'level'; readonly checked: CheckedReplay } | { readonly kind: 'full'; readonly checked: CheckedFullRun };

/** Either kind of replay file, told apart by its `format`. */
export function parseAnyReplay(text: string, file = 'replay'): AnyReplay {
  const value = parseJson(text, file);
  const format = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>).format : undefined;
  if (format === FULL_RUN_FORMAT) return { kind: 'full', checked: validateFullRun(value, file) };
  if (format !== REPLAY_FORMAT) fail(file, 'format', `"${REPLAY_FORMAT}" (one level) or "${FULL_RUN_FORMAT}" (a full game)`, describeValue(format));
  return { kind: 'level', checked: validateReplay(value, file) };
}

export interface FullRunFields {
  readonly randomSeed?: boolean;
  readonly runSeed?: number;
  readonly levels: readonly { readonly level: string; readonly attempts: readonly ReplayFile[] }[];
}

/** A full-run object from its levels' attempts; the times are the attempts' tick sums. */
export function createFullRun(fields: FullRunFields): FullRunFile {
  const levels = fields.levels.map((l) => ({ level: l.level, ticks: l.attempts.reduce((n, a) => n + a.ticks, 0), attempts: l.attempts }));
  const run: FullRunFile = {
    format: FULL_RUN_FORMAT,
    version: FULL_RUN_VERSION,
    game: GAME_VERSION,
    ...(fields.randomSeed ? { randomSeed: true, runSeed: fields.runSeed ?? 0 } : {}),
    assists: [],
    ticks: levels.reduce((n, l) => n + l.ticks, 0),
    levels,
  };
  const checked = validateFullRun(JSON.parse(JSON.stringify(run)), 'full run');
  checked.levels.forEach((l, i) => l.attempts.forEach((_, k) => decodeAttempt(checked, i, k)));
  return run;
}

/** The file's text: compact JSON (a run holds many attempts) with a final newline. */
export function fullRunToText(run: FullRunFile): string {
  return JSON.stringify(run) + '\n';
}
