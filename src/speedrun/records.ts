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

export interface CategoryRecords {
  /** The personal best run (lowest total ticks), or null before the first finish. */
  pb: Run | null;
  /** Best ever time of each segment (gold splits), by segment index. */
  golds: number[];
  attempts: number;
  finishes: number;
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
  return { pb: null, golds: [], attempts: 0, finishes: 0 };
}

export interface FinishResult {
  records: CategoryRecords;
  newPb: boolean;
  /** Per segment: whether this run set a new gold there. */
  newGolds: boolean[];
}

/** Folds a finished run into the records (attempt counted by the caller via startAttempt). */
export function recordFinish(records: CategoryRecords, run: Run): FinishResult {
  const golds = [...records.golds];
  const newGolds = run.segments.map((s, i) => {
    const old = golds[i];
    if (old === undefined || s.ticks < old) {
      golds[i] = s.ticks;
      return true;
    }
    return false;
  });
  const newPb = !records.pb || totalTicks(run) < totalTicks(records.pb);
  return {
    records: { pb: newPb ? run : records.pb, golds, attempts: records.attempts, finishes: records.finishes + 1 },
    newPb,
    newGolds,
  };
}

export function startAttempt(records: CategoryRecords): CategoryRecords {
  return { ...records, attempts: records.attempts + 1 };
}
