// Which levels are cleared and the best time on each, saved through the storage module.
// (Full speedrun records — splits, golds, replays — come with the speedrun work.)
import * as v from 'valibot';
import { createStore } from '../storage/store';
import type { LevelIndexEntry } from '../level/parse-index';

const LevelRecord = v.object({
  bestTicks: v.pipe(v.number(), v.integer(), v.minValue(1)),
  bestGrade: v.string(),
  clears: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

const ProgressSchema = v.object({ levels: v.record(v.string(), LevelRecord) });

export type Progress = v.InferOutput<typeof ProgressSchema>;
export type LevelRecord = v.InferOutput<typeof LevelRecord>;

const GRADE_ORDER = ['S', 'A', 'B', 'C', 'D'];

export class ProgressStore {
  private readonly store = createStore<Progress>({ key: 'desperado.progress', version: 1, schema: ProgressSchema, defaults: { levels: {} } });
  private data: Progress;
  readonly notice: string | undefined;

  constructor() {
    const loaded = this.store.load();
    this.data = loaded.value;
    this.notice = loaded.notice;
  }

  record(id: string): LevelRecord | undefined {
    return this.data.levels[id];
  }

  /** The first level is always open; each next one opens when the one before is cleared. */
  isUnlocked(levels: readonly LevelIndexEntry[], id: string): boolean {
    const i = levels.findIndex((l) => l.id === id);
    return i <= 0 || this.data.levels[levels[i - 1]!.id] !== undefined;
  }

  /** Saves a clear; returns whether it is a new best time, and any storage notice. */
  recordClear(id: string, ticks: number, grade: string): { newBest: boolean; notice?: string } {
    const old = this.data.levels[id];
    const newBest = !old || ticks < old.bestTicks;
    const bestGrade = !old || GRADE_ORDER.indexOf(grade) < GRADE_ORDER.indexOf(old.bestGrade) ? grade : old.bestGrade;
    this.data = {
      levels: { ...this.data.levels, [id]: { bestTicks: newBest ? ticks : old!.bestTicks, bestGrade, clears: (old?.clears ?? 0) + 1 } },
    };
    const saved = this.store.save(this.data);
    return saved.notice ? { newBest, notice: saved.notice } : { newBest };
  }
}
