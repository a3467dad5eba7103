// Personal bests, gold segments and sum of best, kept per category ("bar" for an individual level,
// "full" for the whole game). All times are in ticks: IGT is ticks, milliseconds are derived.

export interface Segment {
  /** Display name (the level's title). */
  readonly name: string;
  /** In-game time of this segment alone, in ticks. */
  readonly ticks: number;
  /** Real time of this segment in ms (restarts and pauses included), when known. */
  readonly realMs?: number;
}

export interface Run {
  readonly category: string;
  readonly segments: readonly Segment[];
}

/** The segments an attempt completed: ticks and real ms of each, in order. */
export interface AttemptSegment {
  readonly ticks: number;
  readonly realMs: number;
}

/**
 * One attempt as LiveSplit's history keeps it: its number (LiveSplit's attempt id), when it began
 * and ended (ms since 1970; ended null while it runs or if the game closed mid-run), the segments it
 * completed, and whether it finished the category.
 */
export interface AttemptRecord {
  readonly id: number;
  readonly started: number;
  readonly ended: number | null;
  readonly segments: readonly AttemptSegment[];
  readonly finished: boolean;
}

/** Attempts kept in the history (the newest): enough for LiveSplit's graphs, small on disk. */
export const HISTORY_LIMIT = 200;

export interface CategoryRecords {
  /** The personal best run (lowest total ticks), or null before the first finish. */
  pb: Run | null;
  /** Best ever time of each segment (gold splits), by segment index, in ticks. */
  golds: number[];
  /** Best ever real time of each segment, in ms (may come from another attempt than the tick gold). */
  realGolds: number[];
  attempts: number;
  finishes: number;
  /** The last HISTORY_LIMIT attempts, oldest first. */
  history: AttemptRecord[];
}

export function totalTicks(run: Run): number {
  return run.segments.reduce((n, s) => n + s.ticks, 0);
}

/** Cumulative split times (ticks at the end of each segment). */
export function splitTimes(run: Run): number[] {
  let t = 0;
  return run.segments.map((s) => (t += s.ticks));
}

/** Sum of best: the sum of gold segments, or null while any segment has no time yet. */
export function sumOfBest(records: CategoryRecords, segmentCount: number): number | null {
  if (records.golds.length < segmentCount) return null;
  return records.golds.slice(0, segmentCount).reduce((n, g) => n + g, 0);
}

/**
 * Delta against the PB at split `index` for a run whose cumulative time there is `ticks`:
 * negative is ahead. Null when there is no PB to compare with.
 */
export function deltaAtSplit(records: CategoryRecords, index: number, ticks: number): number | null {
  if (!records.pb) return null;
  const pbSplits = splitTimes(records.pb);
  const pbAt = pbSplits[index];
  return pbAt === undefined ? null : ticks - pbAt;
}

export function emptyRecords(): CategoryRecords {
  return { pb: null, golds: [], realGolds: [], attempts: 0, finishes: 0, history: [] };
}

/** Lowers each gold (ticks and real ms) the segments beat; returns the new lists and which fell. */
function foldGolds(records: CategoryRecords, segments: readonly { ticks: number; realMs?: number }[]): { golds: number[]; realGolds: number[]; newGolds: boolean[] } {
  const golds = [...records.golds];
  const realGolds = [...records.realGolds];
  const newGolds = segments.map((s, i) => {
    const real = realGolds[i];
    if (s.realMs !== undefined && (real === undefined || s.realMs < real) && i <= realGolds.length) realGolds[i] = s.realMs;
    const old = golds[i];
    if (old === undefined || s.ticks < old) {
      golds[i] = s.ticks;
      return true;
    }
    return false;
  });
  return { golds, realGolds, newGolds };
}

/** The history with the open attempt (the newest, if not ended) closed as given. */
function closeAttempt(records: CategoryRecords, segments: readonly Segment[], ended: number, finished: boolean): AttemptRecord[] {
  const last = records.history[records.history.length - 1];
  if (!last || last.ended !== null || last.id !== records.attempts) return records.history;
  const done: AttemptRecord = { ...last, ended, finished, segments: segments.map((s) => ({ ticks: s.ticks, realMs: s.realMs ?? 0 })) };
  return [...records.history.slice(0, -1), done];
}

export interface FinishResult {
  records: CategoryRecords;
  newPb: boolean;
  /** Per segment: whether this run set a new gold there. */
  newGolds: boolean[];
}

/**
 * Folds a finished run into the records (attempt counted by the caller via startAttempt); the
 * open attempt in the history, if any, is closed as finished at `ended` (ms since 1970).
 */
export function recordFinish(records: CategoryRecords, run: Run, ended = 0): FinishResult {
  const { golds, realGolds, newGolds } = foldGolds(records, run.segments);
  const newPb = !records.pb || totalTicks(run) < totalTicks(records.pb);
  return {
    records: {
      pb: newPb ? run : records.pb, golds, realGolds, attempts: records.attempts, finishes: records.finishes + 1,
      history: closeAttempt(records, run.segments, ended, true),
    },
    newPb,
    newGolds,
  };
}

/**
 * An attempt that did not finish (restarted, died, ran out of time) ends at `ended` with the
 * segments it completed: they go into the history, and each can be a gold as in LiveSplit.
 */
export function recordUnfinished(records: CategoryRecords, segments: readonly Segment[], ended: number): CategoryRecords {
  const history = closeAttempt(records, segments, ended, false);
  if (history === records.history) return records;
  const { golds, realGolds } = foldGolds(records, segments);
  return { ...records, golds, realGolds, history };
}

/** A new attempt (numbered from 1, as LiveSplit's ids), begun at `started` (ms since 1970). */
export function startAttempt(records: CategoryRecords, started = 0): CategoryRecords {
  const id = records.attempts + 1;
  const history = [...records.history, { id, started, ended: null, segments: [], finished: false }].slice(-HISTORY_LIMIT);
  return { ...records, attempts: id, history };
}
