import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { cloneWorld } from '../../src/sim/clone';
import { stateHash } from '../../src/sim/hash';
import { step } from '../../src/sim/step';
import { createWorld } from '../../src/sim/world';
import { ARENA, inputStream, scriptedRun } from './scripted-run';

describe('determinism', () => {
  it('same level, seed and inputs give the same hash in two fresh worlds', () => {
    const a = scriptedRun(ARENA, 42, 3000);
    const b = scriptedRun(ARENA, 42, 3000);
    expect(stateHash(a)).toBe(stateHash(b));
    expect(a.tick).toBe(b.tick);
  });

  it('another seed gives another game', () => {
    expect(stateHash(scriptedRun(ARENA, 1, 600))).not.toBe(stateHash(scriptedRun(ARENA, 2, 600)));
  });

  it('the hash sees a change to any state that matters', () => {
    const base = createWorld(ARENA, 3);
    const h = stateHash(base);
    const moved = cloneWorld(base);
    moved.actors[1]!.x += 1e-9;
    const rng = cloneWorld(base);
    rng.rng ^= 1;
    const door = cloneWorld(base);
    door.doors[0]!.open = true;
    const ai = cloneWorld(base);
    ai.actors[1]!.ai!.reactLeft = 3;
    for (const w of [moved, rng, door, ai]) expect(stateHash(w)).not.toBe(h);
    expect(stateHash(cloneWorld(base))).toBe(h);
  });

  it('clone-and-continue: copying the world every tick changes nothing', () => {
    const next1 = inputStream(99);
    const next2 = inputStream(99);
    const straight = createWorld(ARENA, 5);
    let hopping = createWorld(ARENA, 5);
    for (let i = 0; i < 2000; i++) {
      step(straight, next1());
      hopping = cloneWorld(hopping);
      step(hopping, next2());
    }
    expect(stateHash(hopping)).toBe(stateHash(straight));
  });

  it('a clone is independent of its original', () => {
    const w = scriptedRun(ARENA, 8, 300);
    const copy = cloneWorld(w);
    const before = stateHash(copy);
    const next = inputStream(1);
    for (let i = 0; i < 300; i++) step(w, next());
    expect(stateHash(copy)).toBe(before);
    expect(copy.level).toBe(w.level);
  });

  it('two separate processes compute the same hash as this one', () => {
    const expected = stateHash(scriptedRun(ARENA, 11, 3000));
    const run = () => execFileSync(process.execPath, ['--import', 'tsx', 'test/sim/scripted-run.ts', '11'], { encoding: 'utf8' }).trim();
    expect(run()).toBe(expected);
    expect(run()).toBe(expected);
  }, 30_000);
});
