// A full-game run as the browser plays it: the run itself (src/speedrun/full-game.ts), carried from
// one level's Play scene to the next, plus recorded inputs per level when the URL gave them
// (?mode=full&inputs=<bar>,<church>,…). Starting or restarting the run counts an attempt at the
// full-game category and starts LiveSplit's timer.
import { anyAssist, type TickInput } from '../sim';
import { runAssistsOf } from './run-assists';
import { fullCategory } from '../speedrun/categories';
import { FullGameRun, type FullGameLevel } from '../speedrun/full-game';
import { levelIndex } from './level-catalog';
import { drawSeed } from './random-seed';
import type { Services } from './services';

export class FullGameSession {
  private constructor(readonly run: FullGameRun, private readonly scripts: readonly (readonly TickInput[])[]) {}

  /** A new run from the first level of levels/index.json; a storage notice goes to `notice`. */
  static start(svc: Services, scripts: readonly (readonly TickInput[])[] = [], notice: (text: string) => void = () => {}): FullGameSession {
    const levels: FullGameLevel[] = levelIndex().levels.map((l) => ({ id: l.id, title: l.title, seed: l.seed }));
    const random = svc.settings.randomSeed;
    // The assists chosen in Settings hold for the whole run (and put it in the assisted category).
    const assists = runAssistsOf(svc.settings.assists);
    const category = fullCategory(random, anyAssist(assists));
    const run = new FullGameRun(levels, svc.records.records(category), random ? drawSeed() : null, svc.realTime(), assists);
    const session = new FullGameSession(run, scripts);
    session.begin(svc, notice);
    return session;
  }

  /** Back to the first level, nothing spent: a new attempt at the run (and new boards if random). */
  restart(svc: Services, notice: (text: string) => void = () => {}): void {
    // The attempt given up goes into LiveSplit's history with the levels it cleared.
    const n = svc.records.endAttempt(this.run.category, this.run.segmentsSoFar(), Date.now());
    if (n) notice(n);
    this.run.restart(svc.records.records(this.run.category), this.run.randomSeed ? drawSeed() : null, svc.realTime());
    this.begin(svc, notice);
  }

  private begin(svc: Services, notice: (text: string) => void): void {
    const n = svc.records.startAttempt(this.run.category, Date.now());
    if (n) notice(n);
    svc.liveSplit.start();
  }

  /** Inputs to play on the current level instead of the devices, if the URL gave some. */
  script(): readonly TickInput[] | null {
    return this.scripts[this.run.index] ?? null;
  }
}
