// Follows one attempt at a level for the speedrun side: every input (so the run can be saved as a
// replay), the tick of each split (each objective completed) with its real time, and how each
// split compares with the personal best.
import type { LevelData, TickInput, World } from '../sim';
import { deltaAtSplit, type CategoryRecords, type Run } from '../speedrun/records';

export interface SplitInfo {
  index: number;
  name: string;
  /** Cumulative ticks at this split. */
  ticks: number;
  segmentTicks: number;
  /** Against the PB at the same split, in ticks (negative = ahead); null without a PB. */
  delta: number | null;
  /** Faster than the best this segment has ever been. */
  gold: boolean;
}

export class RunTracker {
  readonly inputs: TickInput[] = [];
  readonly splits: SplitInfo[] = [];
  private readonly realMs: number[] = [];
  private lastReal: number;

  /** `startTick`: where the attempt begins (a practice run starts at a split of the PB). */
  constructor(private readonly level: LevelData, private readonly records: CategoryRecords, startReal: number, private readonly startTick = 0) {
    this.lastReal = startReal;
  }

  recordInput(input: TickInput): void {
    this.inputs.push(input);
  }

  /** Reads a tick's events; returns the splits it completed (usually none). */
  afterTick(world: World, realNow: number): SplitInfo[] {
    const done: SplitInfo[] = [];
    for (const e of world.events) {
      if (e.type !== 'objective') continue;
      const index = e.index - 1;
      const previous = this.splits[this.splits.length - 1]?.ticks ?? this.startTick;
      const segmentTicks = world.tick - previous;
      const gold = this.records.golds[index] !== undefined && segmentTicks < this.records.golds[index]!;
      const split: SplitInfo = {
        index,
        name: this.level.objectives[index]?.text ?? `Split ${index + 1}`,
        ticks: world.tick,
        segmentTicks,
        delta: deltaAtSplit(this.records, index, world.tick),
        gold,
      };
      this.splits.push(split);
      this.realMs.push(Math.max(0, Math.round(realNow - this.lastReal)));
      this.lastReal = realNow;
      done.push(split);
    }
    return done;
  }

  /** The finished run as the records want it (one segment per objective). */
  run(): Run {
    return {
      category: this.level.id,
      segments: this.splits.map((s, i) => ({ name: s.name, ticks: s.segmentTicks, realMs: this.realMs[i] ?? 0 })),
    };
  }
}
