import { describe, expect, it } from 'vitest';
import { runLevelSeed } from '../../src/replay/full-run-file';
import { FULL_CATEGORY, fullCategory, ilCategory } from '../../src/speedrun/categories';
import { FullGameRun, type FullGameLevel } from '../../src/speedrun/full-game';
import { emptyRecords, recordFinish, sumOfBest } from '../../src/speedrun/records';
import { NO_INPUT } from '../../src/sim';

const LEVELS: FullGameLevel[] = [
  { id: 'a', title: 'Level A', seed: 11 },
  { id: 'b', title: 'Level B', seed: 22 },
  { id: 'c', title: 'Level C', seed: 33 },
];
const ticks = (n: number) => Array.from({ length: n }, () => NO_INPUT);

/** A run where A costs a restart at 100 and a clear at 500, B a death at 40 and a clear at 700, C a clear at 300. */
function playedRun(records = emptyRecords()): FullGameRun {
  const run = new FullGameRun(LEVELS, records, null, 0);
  run.endAttempt(ticks(100), null, 1000);
  run.endAttempt(ticks(500), 'cleared', 2000);
  run.endAttempt(ticks(40), 'dead', 2500);
  run.endAttempt(ticks(700), 'cleared', 4000);
  run.endAttempt(ticks(300), 'cleared', 5000);
  return run;
}

describe('full-game run', () => {
  it('counts every attempt of every level in the one clock', () => {
    const run = new FullGameRun(LEVELS, emptyRecords(), null);
    expect(run.ticksNow(0)).toBe(0);
    expect(run.endAttempt(ticks(100), null)).toBe(false);
    // The restart keeps its 100 ticks: the new attempt starts at 100 on the full-game clock.
    expect(run.ticksBefore).toBe(100);
    expect(run.ticksNow(37)).toBe(137);
    expect(run.index).toBe(0);
    expect(run.endAttempt(ticks(500), 'cleared')).toBe(true);
    expect(run.index).toBe(1);
    expect(run.ticksNow(0)).toBe(600);
    run.endAttempt(ticks(40), 'dead');
    expect(run.ticksNow(10)).toBe(650);
  });

  it('a restart on the first frame costs nothing and is not kept', () => {
    const run = new FullGameRun(LEVELS, emptyRecords(), null);
    run.endAttempt([], null);
    expect(run.attemptCount).toBe(0);
  });

  it('splits per level: the segment holds its restarts, the split is the cumulative time', () => {
    const run = playedRun();
    expect(run.finished).toBe(true);
    const s = run.splits();
    expect(s.map((x) => x.segmentTicks)).toEqual([600, 740, 300]);
    expect(s.map((x) => x.ticks)).toEqual([600, 1340, 1640]);
    expect(s.map((x) => x.attempts)).toEqual([2, 2, 1]);
    expect(s.every((x) => x.delta === null && !x.gold)).toBe(true);
    expect(run.ticksBefore).toBe(1640);
    const r = run.run();
    expect(r.category).toBe(FULL_CATEGORY);
    expect(r.segments).toEqual([
      { name: 'Level A', ticks: 600, realMs: 2000 },
      { name: 'Level B', ticks: 740, realMs: 2000 },
      { name: 'Level C', ticks: 300, realMs: 1000 },
    ]);
  });

  it('compares each level split with the full-game PB, marks golds, and keeps the sum of best', () => {
    const pb = recordFinish(emptyRecords(), playedRun().run()).records;
    const run = new FullGameRun(LEVELS, pb, null);
    // Live delta on level A against the PB's split of 600.
    expect(run.liveDelta(550)).toBe(-50);
    run.endAttempt(ticks(450), 'cleared');
    run.endAttempt(ticks(800), 'cleared');
    expect(run.liveDelta(1250 + 350)).toBe(1600 - 1640);
    run.endAttempt(ticks(350), 'cleared');
    const s = run.splits();
    expect(s.map((x) => x.delta)).toEqual([450 - 600, 1250 - 1340, 1600 - 1640]);
    expect(s.map((x) => x.gold)).toEqual([true, false, false]);
    const after = recordFinish(pb, run.run());
    expect(after.newPb).toBe(true);
    expect(after.records.golds).toEqual([450, 740, 300]);
    expect(sumOfBest(after.records, 3)).toBe(1490);
  });

  it('plays fixed boards, or boards drawn from one run seed that a level restart keeps', () => {
    const fixed = new FullGameRun(LEVELS, emptyRecords(), null);
    expect([0, 1, 2].map((i) => fixed.seedFor(i))).toEqual([11, 22, 33]);
    expect(fixed.category).toBe('full');
    const random = new FullGameRun(LEVELS, emptyRecords(), 123456);
    const seeds = [0, 1, 2].map((i) => random.seedFor(i));
    expect(seeds).toEqual([0, 1, 2].map((i) => runLevelSeed(123456, i)));
    expect(new Set(seeds).size).toBe(3);
    expect(seeds.every((x) => Number.isInteger(x) && x >= 0 && x <= 0xffffffff)).toBe(true);
    random.endAttempt(ticks(10), null);
    expect(random.seedFor()).toBe(seeds[0]);
    expect(random.attemptsAt(0)[0]!.seed).toBe(seeds[0]);
    expect(random.category).toBe(fullCategory(true));
    random.restart(emptyRecords(), 99);
    expect(random.seedFor(0)).toBe(runLevelSeed(99, 0));
    expect(random.ticksBefore).toBe(0);
  });

  it('restarting the whole run clears every attempt', () => {
    const run = new FullGameRun(LEVELS, emptyRecords(), null);
    run.endAttempt(ticks(500), 'cleared');
    run.endAttempt(ticks(20), null);
    run.restart(emptyRecords(), null);
    expect(run.index).toBe(0);
    expect(run.ticksBefore).toBe(0);
    expect(run.attemptCount).toBe(0);
    expect(run.seedFor(0)).toBe(11);
  });

  it('categories keep fixed and random boards apart', () => {
    expect(ilCategory('bar', true)).toBe('bar');
    expect(ilCategory('bar', false)).toBe('bar/random');
    expect(fullCategory(false)).toBe('full');
    expect(fullCategory(true)).toBe('full/random');
  });
});
