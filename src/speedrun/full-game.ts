// A full-game run: every level in order on one clock. In-game time is frame-exact and hides no
// restart: it is the sum over every attempt at every level of that attempt's ticks, so a level
// restarted after 5 s costs the run those 5 s. One split per level: its segment is all the time
// spent on that level, restarts included. Pure bookkeeping; the Play scene feeds it attempts.
import { runLevelSeed } from '../replay/full-run-file';
import { anyAssist, NO_ASSISTS, type Outcome, type RunAssists, type TickInput } from '../sim';
import { fullCategory } from './categories';
import { deltaAtSplit, splitTimes, type CategoryRecords, type Run, type Segment } from './records';

export interface FullGameLevel {
  readonly id: string;
  readonly title: string;
  /** The level's fixed board (levels/index.json). */
  readonly seed: number;
}

/** One attempt at a level: what a replay of it is made from. */
export interface Attempt {
  readonly level: string;
  readonly seed: number;
  readonly inputs: readonly TickInput[];
  readonly outcome: Outcome | null;
}

export interface LevelSplit {
  readonly index: number;
  readonly name: string;
  /** Ticks spent on this level, restarts included. */
  readonly segmentTicks: number;
  /** Full-game time at the end of this level. */
  readonly ticks: number;
  readonly attempts: number;
  /** Against the full-game PB at this split (negative = ahead); null without a PB. */
  readonly delta: number | null;
  /** A best-ever segment for this level. */
  readonly gold: boolean;
}

export class FullGameRun {
  /** Attempts per level so far (the current level's last entry is its latest finished attempt). */
  private attempts: Attempt[][] = [];
  private realEnds: number[] = [];
  private realStart = 0;
  /** Level being played (levels.length once the run is over). */
  index = 0;
  readonly randomSeed: boolean;
  runSeed: number;

  /**
   * `records` are the category's records when the run started (what its splits compare with);
   * `runSeed` is null for the fixed boards, else the seed every level's board derives from.
   */
  constructor(readonly levels: readonly FullGameLevel[], public records: CategoryRecords, runSeed: number | null, realNow = 0, readonly assists: RunAssists = NO_ASSISTS) {
    if (levels.length === 0) throw new Error('a full-game run needs at least one level');
    this.randomSeed = runSeed !== null;
    this.runSeed = runSeed ?? 0;
    this.realStart = realNow;
  }

  get category(): string {
    return fullCategory(this.randomSeed, anyAssist(this.assists));
  }

  get level(): FullGameLevel {
    return this.levels[Math.min(this.index, this.levels.length - 1)]!;
  }

  get finished(): boolean {
    return this.index >= this.levels.length;
  }

  /** The board of level `index` in this run. */
  seedFor(index = this.index): number {
    return this.randomSeed ? runLevelSeed(this.runSeed, index) : this.levels[index]!.seed;
  }

  /** Full-game ticks before the attempt being played: every finished attempt's ticks. */
  get ticksBefore(): number {
    let n = 0;
    for (const list of this.attempts) for (const a of list) n += a.inputs.length;
    return n;
  }

  /** Full-game IGT while the current attempt stands at `attemptTicks`. */
  ticksNow(attemptTicks: number): number {
    return this.ticksBefore + attemptTicks;
  }

  /** Finished attempts so far, all levels. */
  get attemptCount(): number {
    return this.attempts.reduce((n, l) => n + l.length, 0);
  }

  attemptsAt(index: number): readonly Attempt[] {
    return this.attempts[index] ?? [];
  }

  /**
   * An attempt at the current level is over (restarted, died, ran out of time, or cleared). An
   * attempt of no ticks (a restart on the first frame) costs nothing and is not kept. Returns
   * whether it cleared the level, which moves the run on to the next one.
   */
  endAttempt(inputs: readonly TickInput[], outcome: Outcome | null, realNow = 0): boolean {
    if (this.finished) throw new Error('the run is already over');
    if (inputs.length === 0 && outcome === null) return false;
    const list = (this.attempts[this.index] ??= []);
    list.push({ level: this.level.id, seed: this.seedFor(), inputs: [...inputs], outcome });
    if (outcome !== 'cleared') return false;
    this.realEnds[this.index] = realNow;
    this.index++;
    return true;
  }

  /** Ticks spent on level `index` so far. */
  segmentTicks(index: number): number {
    return this.attemptsAt(index).reduce((n, a) => n + a.inputs.length, 0);
  }

  /** The splits of the levels cleared so far, compared with the PB and golds. */
  splits(): LevelSplit[] {
    const out: LevelSplit[] = [];
    let t = 0;
    for (let i = 0; i < Math.min(this.index, this.levels.length); i++) {
      const seg = this.segmentTicks(i);
      t += seg;
      const gold = this.records.golds[i];
      out.push({
        index: i, name: this.levels[i]!.title, segmentTicks: seg, ticks: t, attempts: this.attemptsAt(i).length,
        delta: deltaAtSplit(this.records, i, t), gold: gold !== undefined && seg < gold,
      });
    }
    return out;
  }

  /** The PB's full-game time at the end of level `index`, if there is a PB. */
  pbSplit(index: number): number | null {
    const pb = this.records.pb;
    return pb ? (splitTimes(pb)[index] ?? null) : null;
  }

  /** Live delta for the level being played, at full-game time `ticks` (null without a PB). */
  liveDelta(ticks: number): number | null {
    const at = this.pbSplit(this.index);
    return at === null ? null : ticks - at;
  }

  /** The finished run as the records want it: one segment per level. */
  run(): Run {
    if (!this.finished) throw new Error('the run is not over');
    return { category: this.category, segments: this.segmentsSoFar() };
  }

  /** One segment per level cleared so far (all of them once the run is over), with real times. */
  segmentsSoFar(): Segment[] {
    let last = this.realStart;
    return this.levels.slice(0, this.index).map((l, i) => {
      const end = this.realEnds[i] ?? last;
      const realMs = Math.max(0, Math.round(end - last));
      last = end;
      return { name: l.title, ticks: this.segmentTicks(i), realMs };
    });
  }

  /** Back to the first level with nothing spent (a new run seed for a random-seed run). */
  restart(records: CategoryRecords, runSeed: number | null, realNow = 0): void {
    this.attempts = [];
    this.realEnds = [];
    this.index = 0;
    this.records = records;
    if (this.randomSeed && runSeed !== null) this.runSeed = runSeed;
    this.realStart = realNow;
  }
}
