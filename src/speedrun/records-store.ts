// Speedrun records on disk: per category (a level id, "full", or either with "/random": see
// categories.ts) the PB run with its segments, gold segments and attempt counts; and the saved
// runs themselves as replay text — the last few clears plus every PB. Written through src/storage
// (versioned, checked, crash-safe). The two live under separate keys: attempts are counted at
// every restart, and that small write must not re-write megabytes of replays each time.
import * as v from 'valibot';
import { createStore, type Store } from '../storage/store';
import type { StorageLike } from '../storage/backend';
import { HISTORY_LIMIT, emptyRecords, recordFinish, recordUnfinished, startAttempt, type CategoryRecords, type FinishResult, type Run, type Segment } from './records';

/** Cleared runs kept besides the PBs. */
export const RECENT_RUNS = 10;
/** A replay text larger than this is not stored (a run of over an hour). */
const MAX_REPLAY_TEXT = 1024 * 1024;
/**
 * All saved replay text together stays under this (characters): PBs first, then the newest
 * others. localStorage holds about 5 M characters per site and a save briefly needs two copies.
 */
export const MAX_SAVED_TEXT = 1536 * 1024;

const tickCount = v.pipe(v.number(), v.integer(), v.minValue(0));
const SegmentSchema = v.pipe(v.object({ name: v.string(), ticks: tickCount, realMs: v.optional(v.pipe(v.number(), v.minValue(0))) }), v.readonly());
const RunSchema = v.object({ category: v.string(), segments: v.pipe(v.array(SegmentSchema), v.readonly()) });
const msCount = v.pipe(v.number(), v.minValue(0));
const AttemptSchema = v.object({
  id: v.pipe(v.number(), v.integer(), v.minValue(1)), started: v.number(), ended: v.nullable(v.number()),
  segments: v.pipe(v.array(v.pipe(v.object({ ticks: tickCount, realMs: msCount }), v.readonly())), v.readonly()), finished: v.boolean(),
});
const CategorySchema = v.object({
  pb: v.nullable(RunSchema), golds: v.array(tickCount), realGolds: v.array(msCount), attempts: tickCount, finishes: tickCount,
  history: v.pipe(v.array(AttemptSchema), v.maxLength(HISTORY_LIMIT)),
});
const SavedRunSchema = v.object({ category: v.string(), ticks: tickCount, pb: v.boolean(), savedAt: v.number(), text: v.pipe(v.string(), v.maxLength(MAX_REPLAY_TEXT)) });
const RecordsSchema = v.object({ categories: v.record(v.string(), CategorySchema) });
const RunsSchema = v.object({ runs: v.array(SavedRunSchema) });

export type SavedRun = v.InferOutput<typeof SavedRunSchema>;
type Records = v.InferOutput<typeof RecordsSchema>;
type Runs = v.InferOutput<typeof RunsSchema>;

/** Format-2 categories upgraded: an empty attempt history, real-time golds from the PB's segments. */
function withHistory(categories: unknown): unknown {
  if (typeof categories !== 'object' || categories === null) return categories;
  const out: Record<string, unknown> = {};
  for (const [name, c] of Object.entries(categories)) {
    const pb = (c as { pb?: { segments?: { realMs?: unknown }[] } | null }).pb;
    const reals = (pb?.segments ?? []).map((s) => s.realMs);
    const realGolds = reals.every((r) => typeof r === 'number') ? reals : [];
    out[name] = { ...(c as object), realGolds, history: [] };
  }
  return out;
}

/** Keeps every PB, then the newest others, within RECENT_RUNS and MAX_SAVED_TEXT. */
function trim(runs: readonly SavedRun[]): SavedRun[] {
  let budget = MAX_SAVED_TEXT;
  const out: SavedRun[] = [];
  let recent = 0;
  for (const r of [...runs.filter((x) => x.pb), ...runs.filter((x) => !x.pb)]) {
    if (!r.pb && recent >= RECENT_RUNS) continue;
    if (r.text.length > budget) continue;
    budget -= r.text.length;
    if (!r.pb) recent++;
    out.push(r);
  }
  return out;
}

export class RecordsStore {
  private readonly store: Store<Records>;
  private readonly runStore: Store<Runs>;
  private data: Records;
  private saved: Runs;
  readonly notice: string | undefined;

  constructor(backend?: StorageLike | null) {
    const where = backend !== undefined ? { backend } : {};
    // Version 1 kept the runs in this record too; they move to their own key on first load.
    // Versions 1 and 2 had no attempt history and no real-time golds (seeded from the PB's).
    let movedRuns: unknown = undefined;
    this.store = createStore<Records>({
      key: 'desperado.records', version: 3, schema: RecordsSchema, defaults: { categories: {} }, label: 'personal bests',
      migrate: (value, from) => {
        if ((from !== 1 && from !== 2) || typeof value !== 'object' || value === null) throw new Error(`no upgrade from format ${from}`);
        const { runs, ...rest } = value as { runs?: unknown; categories?: unknown };
        if (from === 1) movedRuns = runs;
        return { ...rest, categories: withHistory(rest.categories) };
      },
      ...where,
    });
    this.runStore = createStore<Runs>({ key: 'desperado.runs', version: 1, schema: RunsSchema, defaults: { runs: [] }, label: 'saved runs', ...where });
    const loaded = this.store.load();
    const runs = this.runStore.load();
    this.data = loaded.value;
    this.saved = runs.value;
    const notices = [loaded.notice, runs.notice];
    if (movedRuns !== undefined && this.saved.runs.length === 0) {
      const parsed = v.safeParse(RunsSchema, { runs: movedRuns });
      if (parsed.success) {
        this.saved = { runs: trim(parsed.output.runs) };
        notices.push(this.runStore.save(this.saved).notice);
      }
      notices.push(this.store.save(this.data).notice);
    }
    const shown = notices.filter((n): n is string => !!n);
    this.notice = shown.length ? shown.join('; ') : undefined;
  }

  records(category: string): CategoryRecords {
    const r = this.data.categories[category];
    return r ? { pb: r.pb, golds: [...r.golds], realGolds: [...r.realGolds], attempts: r.attempts, finishes: r.finishes, history: [...r.history] } : emptyRecords();
  }

  runs(): readonly SavedRun[] {
    return this.saved.runs;
  }

  private put(category: string, records: CategoryRecords): string | undefined {
    this.data = { ...this.data, categories: { ...this.data.categories, [category]: records } };
    return this.store.save(this.data).notice;
  }

  /**
   * Counts an attempt (a level started or restarted), begun at `started` (ms since 1970); returns
   * a storage notice, if any.
   */
  startAttempt(category: string, started = 0): string | undefined {
    return this.put(category, startAttempt(this.records(category), started));
  }

  /** The open attempt ended without finishing, having completed `segments` (its history entry). */
  endAttempt(category: string, segments: readonly Segment[], ended: number): string | undefined {
    const before = this.records(category);
    const after = recordUnfinished(before, segments, ended);
    return after === before ? undefined : this.put(category, after);
  }

  /** Folds a finished run in and keeps its replay (last RECENT_RUNS, and every PB). */
  finish(run: Run, replayText: string, savedAt: number): FinishResult & { notice?: string } {
    const result = recordFinish(this.records(run.category), run, savedAt);
    const ticks = run.segments.reduce((n, s) => n + s.ticks, 0);
    const saved: SavedRun = { category: run.category, ticks, pb: result.newPb, savedAt, text: replayText };
    // A new PB demotes the old one; the newest run goes first among the others.
    const others = this.saved.runs.map((r) => (result.newPb && r.category === run.category ? { ...r, pb: false } : r));
    const keep = replayText.length <= MAX_REPLAY_TEXT;
    this.saved = { runs: trim(keep ? [saved, ...others] : others) };
    // The replays first: a PB whose run was saved but whose record was not is still the old PB.
    const runsNotice = this.runStore.save(this.saved).notice;
    const notice = this.put(run.category, result.records) ?? runsNotice;
    return notice ? { ...result, notice } : result;
  }

  /** The saved replay text of the category's PB, if kept. */
  pbReplay(category: string): string | undefined {
    return this.saved.runs.find((r) => r.category === category && r.pb)?.text;
  }
}
