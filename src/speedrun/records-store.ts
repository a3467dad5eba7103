// Speedrun records on disk: per category (a level id, or "full") the PB run with its segments,
// gold segments and attempt counts; and the saved runs themselves as replay text — the last few
// clears plus every PB. Written through src/storage (versioned, checked, crash-safe).
import * as v from 'valibot';
import { createStore, type Store } from '../storage/store';
import type { StorageLike } from '../storage/backend';
import { emptyRecords, recordFinish, startAttempt, type CategoryRecords, type FinishResult, type Run } from './records';

/** Cleared runs kept besides the PBs. */
export const RECENT_RUNS = 10;
/** A replay text larger than this is not stored (a run of over an hour). */
const MAX_REPLAY_TEXT = 1024 * 1024;

const tickCount = v.pipe(v.number(), v.integer(), v.minValue(0));
const SegmentSchema = v.pipe(v.object({ name: v.string(), ticks: tickCount, realMs: v.optional(v.pipe(v.number(), v.minValue(0))) }), v.readonly());
const RunSchema = v.object({ category: v.string(), segments: v.pipe(v.array(SegmentSchema), v.readonly()) });
const CategorySchema = v.object({ pb: v.nullable(RunSchema), golds: v.array(tickCount), attempts: tickCount, finishes: tickCount });
const SavedRunSchema = v.object({ category: v.string(), ticks: tickCount, pb: v.boolean(), savedAt: v.number(), text: v.pipe(v.string(), v.maxLength(MAX_REPLAY_TEXT)) });
const RecordsSchema = v.object({ categories: v.record(v.string(), CategorySchema), runs: v.array(SavedRunSchema) });

export type SavedRun = v.InferOutput<typeof SavedRunSchema>;
type Records = v.InferOutput<typeof RecordsSchema>;

export class RecordsStore {
  private readonly store: Store<Records>;
  private data: Records;
  readonly notice: string | undefined;

  constructor(backend?: StorageLike | null) {
    this.store = createStore<Records>({
      key: 'desperado.records', version: 1, schema: RecordsSchema, defaults: { categories: {}, runs: [] }, label: 'personal bests',
      ...(backend !== undefined ? { backend } : {}),
    });
    const loaded = this.store.load();
    this.data = loaded.value;
    this.notice = loaded.notice;
  }

  records(category: string): CategoryRecords {
    const r = this.data.categories[category];
    return r ? { pb: r.pb, golds: [...r.golds], attempts: r.attempts, finishes: r.finishes } : emptyRecords();
  }

  runs(): readonly SavedRun[] {
    return this.data.runs;
  }

  private put(category: string, records: CategoryRecords): string | undefined {
    this.data = { ...this.data, categories: { ...this.data.categories, [category]: records } };
    return this.store.save(this.data).notice;
  }

  /** Counts an attempt (a level started or restarted); returns a storage notice, if any. */
  startAttempt(category: string): string | undefined {
    return this.put(category, startAttempt(this.records(category)));
  }

  /** Folds a finished run in and keeps its replay (last RECENT_RUNS, and every PB). */
  finish(run: Run, replayText: string, savedAt: number): FinishResult & { notice?: string } {
    const result = recordFinish(this.records(run.category), run);
    const ticks = run.segments.reduce((n, s) => n + s.ticks, 0);
    const saved: SavedRun = { category: run.category, ticks, pb: result.newPb, savedAt, text: replayText };
    // A new PB demotes the old one; the recent list keeps the newest RECENT_RUNS that are not PBs.
    const others = this.data.runs.map((r) => (result.newPb && r.category === run.category ? { ...r, pb: false } : r));
    const pbs = others.filter((r) => r.pb);
    const recent = others.filter((r) => !r.pb);
    const keep = replayText.length <= MAX_REPLAY_TEXT;
    const runs = [...pbs, ...(keep && result.newPb ? [saved] : []), ...(keep && !result.newPb ? [saved, ...recent] : recent).slice(0, RECENT_RUNS)];
    this.data = { ...this.data, runs };
    const notice = this.put(run.category, result.records);
    return notice ? { ...result, notice } : result;
  }

  /** The saved replay text of the category's PB, if kept. */
  pbReplay(category: string): string | undefined {
    return this.data.runs.find((r) => r.category === category && r.pb)?.text;
  }
}
