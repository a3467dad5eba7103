// The speedrun side of one level in the Play scene, whatever the mode: which board each attempt is
// played on, what counts as an attempt, the run tracker (inputs and splits), the ghost, and what
// is saved when the level ends. Modes:
//   il       a single level: attempts, PB, golds and saved runs in its category (categories.ts);
//   full     one level of a full-game run: the run's clock, a split per level, the run's records;
//   practice from a split of the PB (or the start): nothing is counted or saved;
//   race     a single level against an imported replay's El (the run counts as an IL run).
import { recordReplay } from '../replay/record';
import { fullRunToText } from '../replay/full-run-file';
import { replayToText } from '../replay/replay-file';
import { replayFileName } from '../replay/replay-name';
import { anyAssist, assistNames, NO_ASSISTS, cloneWorld, createWorld, playerOf, type LevelData, type Outcome, type RunAssists, type TickInput, type World } from '../sim';
import { ilCategory } from '../speedrun/categories';
import { formatIgt } from '../speedrun/igt';
import type { LinkState } from '../speedrun/livesplit-server';
import { emptyRecords, sumOfBest } from '../speedrun/records';
import { recordFullRun } from '../speedrun/full-run-record';
import type { FullGameSession } from './full-game-session';
import { Ghost } from './ghost';
import { grade } from './grade';
import { levelEntry, loadLevel } from './level-catalog';
import { practiceStart, type PracticeStart } from './practice';
import { drawSeed } from './random-seed';
import type { PlayMode, ResultsData } from './results-data';
import { RunTracker, type SplitInfo } from './run-tracker';
import { runAssistsOf } from './run-assists';
import type { Services } from './services';
import type { PlayData } from './play-data';

/** What the game does once the level's end has been on screen long enough. */
export type AfterLevel = { readonly kind: 'results'; readonly data: ResultsData } | { readonly kind: 'level'; readonly data: PlayData };

/** The speedrun state tests and the devtools read (window.__game.speedrun). */
export interface SpeedrunView {
  readonly mode: PlayMode;
  readonly category: string | null;
  readonly seed: number;
  readonly randomSeed: boolean;
  /** Tick the attempt began at (a practice run starts at its split's tick). */
  readonly startTick: number;
  /** The timer as the HUD shows it, in ticks (full game: the whole run so far). */
  readonly timer: number;
  /** Full game: the level being played (0-based), how many, and the levels' splits so far. */
  readonly levelIndex: number;
  readonly levelCount: number;
  readonly levelSplits: readonly { readonly name: string; readonly ticks: number; readonly segmentTicks: number; readonly delta: number | null; readonly gold: boolean }[];
  readonly practiceFrom: string | null;
  readonly racing: string | null;
  /** The LiveSplit server link: off, connecting, connected or refused. */
  readonly liveSplit: LinkState;
  /** The run's assists by name (src/sim/assists.ts); empty: none, an unmarked run. */
  readonly assists: readonly string[];
}

export class SpeedrunSession {
  readonly mode: PlayMode;
  readonly full: FullGameSession | null;
  /** Recorded inputs played instead of the devices, if any. */
  readonly script: readonly TickInput[] | null;
  seed: number;
  randomSeed = false;
  /** What every attempt of this session is played with: Settings' assists, a full-game run's own. */
  readonly assists: RunAssists;
  tracker!: RunTracker;
  ghost: Ghost | null = null;
  private readonly fixedSeed: number;
  private readonly practice: PracticeStart | null = null;
  private compare = emptyRecords();
  /** Full game: the attempt that cleared this level is already on the run's clock. */
  private clearCounted = false;

  constructor(private readonly svc: Services, readonly level: LevelData, private readonly data: PlayData, notice: (text: string) => void) {
    this.fixedSeed = levelEntry(level.id)?.seed ?? 1;
    this.full = data.full ?? null;
    this.mode = this.full ? 'full' : data.practice !== undefined ? 'practice' : data.race ? 'race' : 'il';
    this.script = this.full ? this.full.script() : (data.inputs ?? null);
    this.seed = data.seed ?? this.fixedSeed;
    if (this.full) {
      this.seed = this.full.run.seedFor();
      this.randomSeed = this.full.run.randomSeed;
    } else if (data.race) {
      this.seed = data.race.replay.replay.seed;
    } else if (data.practice !== undefined) {
      const cat = ilCategory(level.id, true);
      const start = practiceStart(level, this.fixedSeed, svc.records.records(cat), svc.records.pbReplay(cat), data.practice);
      if (typeof start === 'string') {
        notice(`Practice: ${start}; starting from the level's start.`);
        this.practice = practiceStart(level, this.fixedSeed, emptyRecords(), undefined, 0) as PracticeStart;
      } else {
        this.practice = start;
      }
      this.seed = this.practice.seed;
    }
    // A practice run goes on from the PB's own world, with whatever assists that run had.
    this.assists = this.full ? this.full.run.assists : this.practice ? (this.practice.world.assists ?? NO_ASSISTS) : runAssistsOf(svc.settings.assists);
  }

  /** The records category this run counts towards (null: practice counts nowhere). */
  get category(): string | null {
    if (this.mode === 'practice') return null;
    if (this.full) return this.full.run.category;
    return ilCategory(this.level.id, this.seed === this.fixedSeed && !this.randomSeed, anyAssist(this.assists));
  }

  private get drawsSeeds(): boolean {
    return this.mode === 'il' && this.data.seed === undefined && this.svc.settings.randomSeed;
  }

  /**
   * A new attempt's world. `previous` is the attempt it replaces (a restart), whose ticks a
   * full-game run keeps on its clock. `notice` hears storage problems.
   */
  newAttempt(previous: { inputs: readonly TickInput[]; outcome: Outcome | null } | null, notice: (text: string) => void): World {
    const realNow = this.svc.realTime();
    if (this.full && previous && !this.clearCounted) this.full.run.endAttempt(previous.inputs, previous.outcome, realNow);
    // A level restarted mid-run: that attempt ends here (one that ended by itself did so in finish()).
    const given = this.category;
    if (!this.full && previous && previous.outcome === null && given !== null) {
      const n = this.svc.records.endAttempt(given, this.tracker.run().segments, Date.now());
      if (n) notice(n);
    }
    if (this.drawsSeeds) {
      this.seed = drawSeed();
      this.randomSeed = true;
    }
    const category = this.category;
    if (category !== null && !this.full) {
      const n = this.svc.records.startAttempt(category, Date.now());
      if (n) notice(n);
      this.svc.liveSplit.start();
    }
    // What the splits compare with: the category's records; a practice run, the level's fixed-board ones.
    this.compare = this.full ? emptyRecords() : this.svc.records.records(category ?? ilCategory(this.level.id, true));
    this.tracker = new RunTracker(this.level, this.compare, realNow, this.practice?.option.tick ?? 0);
    this.clearCounted = false;
    const world = this.practice ? cloneWorld(this.practice.world) : createWorld(this.level, this.seed, this.assists);
    this.ghost = this.makeGhost(world, category);
    return world;
  }

  private makeGhost(world: World, category: string | null): Ghost | null {
    if (this.data.race) return Ghost.fromChecked(this.data.race.replay, this.level, this.seed);
    if (!this.svc.settings.ghost || this.script) return null;
    const records = this.svc.records;
    if (this.practice) {
      return this.practice.option.split > 0
        ? Ghost.fromWorld(world, this.practice.pbInputs)
        : Ghost.fromReplayText(records.pbReplay(ilCategory(this.level.id, true)), this.level, this.seed);
    }
    if (this.full) return Ghost.fromFullRunText(records.pbReplay(this.full.run.category), this.full.run.index, this.level, this.seed);
    return category === null ? null : Ghost.fromReplayText(records.pbReplay(category), this.level, this.seed);
  }

  /** What the LiveSplit link is doing (the HUD's corner line). */
  get liveSplitState(): LinkState {
    return this.svc.liveSplit.state;
  }

  /** "split 1: Clear the bar" in practice, else null. */
  get practiceFrom(): string | null {
    return this.practice?.option.label ?? null;
  }

  /** Name of the replay raced as the ghost, else null. */
  get racing(): string | null {
    return this.data.race?.name ?? null;
  }

  /** Restarts of the level are ignored once a full-game run has counted its clear. */
  get canRestartLevel(): boolean {
    return !this.clearCounted;
  }

  /** The HUD's timer: this attempt's ticks, or the full-game clock. */
  timer(world: World): number {
    if (!this.full) return world.tick;
    return this.clearCounted ? this.full.run.ticksBefore : this.full.run.ticksNow(world.tick);
  }

  /**
   * After each tick of the attempt: its splits (usually none), each sent to LiveSplit in an
   * individual level, and LiveSplit's game time kept moving while the run counts.
   */
  onTick(world: World): SplitInfo[] {
    const splits = this.tracker.afterTick(world, this.svc.realTime());
    if (this.category === null) return splits;
    // A full-game run splits per level, when the level is cleared (onOutcome).
    if (!this.full) for (const split of splits) this.svc.liveSplit.split(split.ticks);
    this.svc.liveSplit.gameTime(this.timer(world));
    return splits;
  }

  /** The level just ended (the tick it happened): a full-game clear goes on the run's clock now. */
  onOutcome(world: World): void {
    if (!this.full || world.outcome !== 'cleared' || this.clearCounted) return;
    this.full.run.endAttempt(this.tracker.inputs, 'cleared', this.svc.realTime());
    this.clearCounted = true;
    this.svc.liveSplit.split(this.full.run.ticksBefore);
  }

  /**
   * The level was left mid-attempt (quit to a menu): the attempt ends as LiveSplit's Reset would
   * end it (kept in the history with its end, golds from the segments it completed), and a linked
   * LiveSplit resets too. An attempt that already ended is left alone.
   */
  abandon(world: World, notice: (text: string) => void): void {
    if (world.outcome !== null) return;
    const category = this.category;
    if (!this.full && category !== null) {
      const n = this.svc.records.endAttempt(category, this.tracker.run().segments, Date.now());
      if (n) notice(n);
    }
    this.svc.liveSplit.reset();
  }

  /** After the level's end has shown: save what counts, and say what comes next. */
  finish(world: World, notice: (text: string) => void): AfterLevel {
    const outcome = world.outcome!;
    const s = world.stats;
    const entry = levelEntry(this.level.id);
    const g = grade({
      ticks: world.tick, parTicks: entry?.parTicks ?? 3600, shots: s.shotsFired, hits: s.shotsHit,
      damageTaken: s.damageTaken, maxHp: playerOf(world).maxHp, civiliansHit: s.civiliansHit,
    });
    const category = this.category;
    const base: ResultsData = {
      level: this.level.id, mode: this.mode, outcome, ticks: world.tick, stats: { ...s }, grade: g.letter, newBest: false,
      splits: this.tracker.splits, hadPb: this.compare.pb !== null,
      sumOfBest: null, failure: world.failure, playerAlive: playerOf(world).alive, seed: this.seed, randomSeed: this.randomSeed, category,
      assists: assistNames(this.assists),
      splitNames: this.level.objectives.map((o) => o.text),
      ...(this.practice ? { practiceFrom: this.practice.option.label } : {}),
      ...(this.data.race ? { racing: this.data.race.name } : {}),
    };
    if (outcome === 'cleared' && this.mode !== 'practice') {
      const saved = this.svc.progress.recordClear(this.level.id, world.tick, g.letter);
      if (saved.notice) notice(saved.notice);
      if (this.mode !== 'full') base.newBest = saved.newBest;
    }
    if (this.full) return this.finishFull(base, notice);
    if (outcome === 'cleared' && category !== null) {
      // Every clear is kept as a replay (the last few, and every PB).
      const replay = recordReplay(this.level, this.seed, this.tracker.inputs, { ...(this.randomSeed ? { randomSeed: true } : {}), assists: this.assists });
      const text = replayToText(replay);
      const finish = this.svc.records.finish({ ...this.tracker.run(), category }, text, Date.now());
      if (finish.notice) notice(finish.notice);
      base.replay = { text, fileName: replayFileName(replay) };
      base.newBest = base.newBest || finish.newPb;
    }
    if (outcome !== 'cleared' && category !== null) {
      const n = this.svc.records.endAttempt(category, this.tracker.run().segments, Date.now());
      if (n) notice(n);
    }
    const after = category ? this.svc.records.records(category) : this.svc.records.records(ilCategory(this.level.id, true));
    base.sumOfBest = sumOfBest(after, this.level.objectives.length);
    return { kind: 'results', data: base };
  }

  private finishFull(base: ResultsData, notice: (text: string) => void): AfterLevel {
    const full = this.full!;
    const run = full.run;
    const summary = { cleared: run.index, levels: run.levels.length, attempts: run.attemptCount, finished: run.finished };
    base.seed = run.randomSeed ? run.runSeed : this.seed;
    base.splitNames = run.levels.map((l) => l.title);
    if (base.outcome !== 'cleared') {
      // Died or out of time: the attempt so far is on the clock when the player tries again.
      return { kind: 'results', data: { ...base, splits: run.splits(), hadPb: run.records.pb !== null, full: { ...summary, ticks: run.ticksNow(base.ticks) } } };
    }
    if (!run.finished) return { kind: 'level', data: { level: run.level.id, full } };
    const file = recordFullRun(run, loadLevel);
    const text = fullRunToText(file);
    const finish = this.svc.records.finish(run.run(), text, Date.now());
    if (finish.notice) notice(finish.notice);
    const [m, s] = formatIgt(file.ticks).split(':');
    return {
      kind: 'results',
      data: {
        ...base, newBest: finish.newPb, splits: run.splits(), hadPb: run.records.pb !== null,
        sumOfBest: sumOfBest(finish.records, run.levels.length),
        replay: { text, fileName: `desperado-full-game-${m}m${s}s.json` },
        full: { ...summary, ticks: run.ticksBefore },
      },
    };
  }

  view(world: World): SpeedrunView {
    const run = this.full?.run;
    return {
      mode: this.mode, category: this.category, seed: this.seed, randomSeed: this.randomSeed,
      startTick: this.practice?.option.tick ?? 0, timer: this.timer(world),
      levelIndex: run ? Math.min(run.index, run.levels.length - 1) : 0, levelCount: run ? run.levels.length : 1,
      levelSplits: run ? run.splits().map(({ name, ticks, segmentTicks, delta, gold }) => ({ name, ticks, segmentTicks, delta, gold })) : [],
      practiceFrom: this.practiceFrom,
      racing: this.racing,
      liveSplit: this.liveSplitState,
      assists: assistNames(this.assists),
    };
  }
}
