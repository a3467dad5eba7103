import { describe, expect, it } from 'vitest';
import { Ghost } from '../../src/game/ghost';
import { RunTracker } from '../../src/game/run-tracker';
import { findBot } from '../../src/headless/bots';
import { loadLevel } from '../../src/headless/level-files';
import { recordReplay } from '../../src/replay/record';
import { replayToText } from '../../src/replay/replay-file';
import { createWorld, stateHash, step } from '../../src/sim';
import { emptyRecords, recordFinish } from '../../src/speedrun/records';

const bar = loadLevel('bar');

function playBot(seed: number, records = emptyRecords()) {
  const world = createWorld(bar, seed);
  const bot = findBot('aggressive')!.create(seed);
  const tracker = new RunTracker(bar, records, 0);
  while (world.outcome === null && world.tick < 6000) {
    const input = bot.act(world);
    tracker.recordInput(input);
    step(world, input);
    tracker.afterTick(world, world.tick * 16);
  }
  return { world, tracker };
}

describe('run tracker', () => {
  it('splits at each objective, and the segments add up to the clear time', () => {
    const { world, tracker } = playBot(1996);
    expect(world.outcome).toBe('cleared');
    expect(tracker.splits.map((s) => s.index)).toEqual([0, 1]);
    expect(tracker.splits[1]!.ticks).toBe(world.tick);
    const run = tracker.run();
    expect(run.segments.reduce((n, s) => n + s.ticks, 0)).toBe(world.tick);
    expect(run.segments.map((s) => s.name)).toEqual(bar.objectives.map((o) => o.text));
    expect(tracker.splits.every((s) => s.delta === null)).toBe(true);
    expect(tracker.inputs).toHaveLength(world.tick);
  });

  it('compares each split with the PB: a slower run is behind at the end', () => {
    const fast = playBot(1996);
    const records = recordFinish(emptyRecords(), fast.tracker.run()).records;
    const other = playBot(1997, records);
    const last = other.tracker.splits[other.tracker.splits.length - 1]!;
    expect(last.delta).toBe(other.world.tick - fast.world.tick);
  });
});

describe('ghost', () => {
  it('replays the PB tick for tick, landing on the recorded hash', () => {
    const { world, tracker } = playBot(1996);
    const text = replayToText(recordReplay(bar, 1996, tracker.inputs));
    const ghost = Ghost.fromReplayText(text, bar, 1996)!;
    expect(ghost).not.toBeNull();
    for (let t = 1; t <= world.tick + 50; t++) ghost.stepTo(t);
    expect(ghost.world.tick).toBe(world.tick);
    expect(stateHash(ghost.world)).toBe(stateHash(world));
  });

  it('is not raced on another board or from bad text', () => {
    const { tracker } = playBot(1996);
    const text = replayToText(recordReplay(bar, 1996, tracker.inputs));
    expect(Ghost.fromReplayText(text, bar, 7)).toBeNull();
    expect(Ghost.fromReplayText('{nope', bar, 1996)).toBeNull();
    expect(Ghost.fromReplayText(undefined, bar, 1996)).toBeNull();
  });
});
