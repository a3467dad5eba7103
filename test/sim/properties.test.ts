import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUTTON_BITS, type TickInput } from '../../src/sim/input';
import type { LevelData } from '../../src/sim/level-data';
import { step } from '../../src/sim/step';
import { createWorld } from '../../src/sim/world';
import { brokenInvariant } from './invariants';
import { ARENA } from './scripted-run';
import { loadLevel, loadLevelIndex } from '../../src/headless/level-files';

/** Mostly valid inputs held for a few ticks, with now and then garbage a buggy client might send. */
const tickInput: fc.Arbitrary<TickInput> = fc.oneof(
  { weight: 20, arbitrary: fc.record({
    moveX: fc.integer({ min: -127, max: 127 }),
    moveY: fc.integer({ min: -127, max: 127 }),
    aim: fc.integer({ min: 0, max: 4095 }),
    buttons: fc.integer({ min: 0, max: BUTTON_BITS }),
  }) },
  { weight: 1, arbitrary: fc.record({
    moveX: fc.oneof(fc.double(), fc.integer()),
    moveY: fc.oneof(fc.double(), fc.integer()),
    aim: fc.oneof(fc.double(), fc.integer()),
    buttons: fc.oneof(fc.double(), fc.integer()),
  }) },
);

const sequence = fc.array(fc.tuple(tickInput, fc.integer({ min: 1, max: 20 })), { minLength: 1, maxLength: 40 });

export function checkLevel(level: LevelData, runs: number): void {
  fc.assert(
    fc.property(fc.integer(), sequence, (seed, seq) => {
      const world = createWorld(level, seed);
      for (const [cmd, hold] of seq) {
        for (let i = 0; i < hold; i++) {
          step(world, cmd);
          const broken = brokenInvariant(world);
          if (broken) throw new Error(`tick ${world.tick}: ${broken}`);
        }
      }
    }),
    { numRuns: runs, seed: 20261122 },
  );
}

describe('properties over random input sequences', () => {
  it('the arena never throws, never goes NaN, never leaves an actor inside a wall, hp never negative', () => {
    expect(() => checkLevel(ARENA, 1500)).not.toThrow();
  }, 60_000);

  for (const entry of loadLevelIndex().levels) {
    it(`so does the shipped level "${entry.id}"`, () => {
      expect(() => checkLevel(loadLevel(entry.id), 300)).not.toThrow();
    }, 60_000);
  }
  it('so does the arena with the whole arsenal (shells, Wildey, grenades, both cases) in play', () => {
    const armed: LevelData = {
      ...ARENA,
      loadout: { sawedOff: 10, wildey: 12, grenades: 8 },
      pickups: [{ weapon: 'quinoCase', rounds: 4, x: 40, y: 24 }, { weapon: 'campaCase', rounds: 60, x: 56, y: 40 }],
    };
    expect(() => checkLevel(armed, 400)).not.toThrow();
  }, 60_000);
});
