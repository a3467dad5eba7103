import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findBot } from '../../src/headless/bots';
import { loadLevel } from '../../src/headless/level-files';
import { recordReplay } from '../../src/replay/record';
import { validateReplay } from '../../src/replay/replay-file';
import { ReplayPlayer, SNAPSHOT_TICKS } from '../../src/replay/replay-player';
import { createWorld, stateHash, step, type TickInput } from '../../src/sim';

const bar = loadLevel('bar');
const seed = 1996;

const world = createWorld(bar, seed);
const bot = findBot('aggressive')!.create(seed);
const inputs: TickInput[] = [];
/** stateHash after every tick, from a straight run: what the viewer must show at each tick. */
const hashes = [stateHash(world)];
while (world.outcome === null && world.tick < 6000) {
  const input = bot.act(world);
  inputs.push(input);
  step(world, input);
  hashes.push(stateHash(world));
}
const replay = recordReplay(bar, seed, inputs);
const checked = validateReplay(JSON.parse(JSON.stringify(replay)));

describe('the replay viewer’s player', () => {
  it('plays the run straight through to the recorded tick, outcome and hash', () => {
    const p = new ReplayPlayer(bar, checked);
    expect(p.total).toBe(inputs.length);
    let n = 0;
    while (p.stepOne()) n++;
    expect(n).toBe(replay.ticks);
    expect(p.atEnd).toBe(true);
    expect(p.world.outcome).toBe(replay.outcome);
    expect(stateHash(p.world)).toBe(replay.hash);
    expect(p.stepOne()).toBe(false);
    expect(p.snapshotTicks()).toEqual(Array.from({ length: Math.floor(replay.ticks / SNAPSHOT_TICKS) + 1 }, (_, i) => i * SNAPSHOT_TICKS));
  });

  it('shows each tick the input that made it', () => {
    const p = new ReplayPlayer(bar, checked);
    expect(p.inputFor(0)).toBeNull();
    expect(p.inputFor(1)).toEqual(inputs[0]);
    expect(p.inputFor(replay.ticks)).toEqual(inputs[replay.ticks - 1]);
    expect(p.inputFor(replay.ticks + 1)).toBeNull();
  });

  it('lands on the same state as a straight run whatever order it is scrubbed in', () => {
    const p = new ReplayPlayer(bar, checked);
    const before = JSON.stringify(checked.inputs);
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: -50, max: replay.ticks + 50 }), fc.constant(0), fc.constant(replay.ticks)), { minLength: 1, maxLength: 12 }), (targets) => {
        for (const t of targets) {
          p.seek(t);
          const expected = Math.max(0, Math.min(replay.ticks, t));
          expect(p.tick).toBe(expected);
          expect(stateHash(p.world)).toBe(hashes[expected]);
        }
      }),
      { numRuns: 25 },
    );
    // Stepping after a seek carries on exactly.
    p.seek(SNAPSHOT_TICKS + 7);
    p.stepOne();
    expect(stateHash(p.world)).toBe(hashes[SNAPSHOT_TICKS + 8]);
    // It never touches the replay.
    expect(JSON.stringify(checked.inputs)).toBe(before);
  });

  it('seeks back from a snapshot, never from tick 0 when a nearer one exists', () => {
    const p = new ReplayPlayer(bar, checked);
    p.seek(replay.ticks);
    const old = p.world;
    expect(p.seek(SNAPSHOT_TICKS * 2 + 10)).toBe(true);
    expect(p.world).not.toBe(old);
    expect(p.tick).toBe(SNAPSHOT_TICKS * 2 + 10);
    // Forward within reach goes on from the current world.
    const cur = p.world;
    expect(p.seek(SNAPSHOT_TICKS * 2 + 40)).toBe(false);
    expect(p.world).toBe(cur);
    // Snapshots are never changed by playing on from them.
    p.seek(SNAPSHOT_TICKS);
    p.stepOne();
    p.seek(SNAPSHOT_TICKS);
    expect(stateHash(p.world)).toBe(hashes[SNAPSHOT_TICKS]);
  });
});
