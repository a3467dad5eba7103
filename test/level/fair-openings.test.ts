// Fair openings: on every level, a player who walks a moment in any of the 8 directions (or not at
// all) from the start, then stands still without firing, is alive 5 seconds later. Nothing the
// level scripts (spawns, ambushes, fire, the car) may kill a player who has not yet acted.
import { describe, expect, it } from 'vitest';
import { loadLevel } from '../../src/headless/level-files';
import { createWorld, MOVE_MAX, playerOf, step } from '../../src/sim';
import index from '../../levels/index.json';

/** Ticks of walking before standing still (the brief's "a moment": between 20 and 40). */
const WALKS = [20, 40];
const STAND = 300;
const MOVES: readonly (readonly [number, number])[] = [
  [0, 0], [1, 0], [1, 1], [0, 1], [-1, 1], [-1, 0], [-1, -1], [0, -1], [1, -1],
];
const EXTRA_SEEDS = [1, 2, 77];

describe('fair openings', () => {
  for (const entry of index.levels) {
    it(`${entry.id}: walking a moment in any direction and standing still survives 5 s`, () => {
      const level = loadLevel(entry.id);
      const deaths: string[] = [];
      for (const seed of [entry.seed, ...EXTRA_SEEDS]) {
        for (const [mx, my] of MOVES) {
          for (const walk of WALKS) {
            if (mx === 0 && my === 0 && walk !== WALKS[0]) continue;
            const world = createWorld(level, seed);
            const el = playerOf(world);
            for (let t = 0; t < walk + STAND && world.outcome === null; t++) {
              const moving = t < walk;
              step(world, { moveX: moving ? mx * MOVE_MAX : 0, moveY: moving ? my * MOVE_MAX : 0, aim: el.aim, buttons: 0 });
            }
            expect(world.stats.shotsFired).toBe(0);
            if (!el.alive || world.outcome !== null) {
              deaths.push(`seed ${seed}, move (${mx}, ${my}) for ${walk} ticks: ${world.outcome ?? 'down'} at tick ${world.tick} (${world.failure ?? ''})`);
            }
          }
        }
      }
      expect(deaths).toEqual([]);
    });
  }
});
