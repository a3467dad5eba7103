// A fixed, busy run used by the determinism tests, in this process and in child processes.
import { Button, type TickInput } from '../../src/sim/input';
import { nextU32 } from '../../src/sim/rng';
import { stateHash } from '../../src/sim/hash';
import { step } from '../../src/sim/step';
import { createWorld, type World } from '../../src/sim/world';
import type { LevelData } from '../../src/sim/level-data';
import { asciiLevel } from './ascii-level';

export const ARENA = asciiLevel([
  '##########################',
  '#@.......#.......e.......#',
  '#...T....#...............#',
  '#...T....D.......TT......#',
  '#........#...........e...#',
  '#####.####...............#',
  '#.............g..........#',
  '#....e.......#####...c...#',
  '#............#...........#',
  '##########################',
], { objectives: [{ type: 'eliminate', group: '', text: 'Clear it' }] });

/** Seeded pseudo-random inputs (their own stream, not the world's). */
export function inputStream(seed: number): () => TickInput {
  const h = { rng: seed };
  let held: TickInput = { moveX: 0, moveY: 0, aim: 0, buttons: 0 };
  return () => {
    if (nextU32(h) % 12 === 0) {
      const r = nextU32(h);
      held = {
        moveX: (r % 255) - 127,
        moveY: ((r >>> 8) % 255) - 127,
        aim: (r >>> 4) % 4096,
        buttons: (nextU32(h) % 3 === 0 ? Button.Fire : 0) | (nextU32(h) % 40 === 0 ? Button.Dive : 0) |
          (nextU32(h) % 50 === 0 ? Button.Use : 0) | (nextU32(h) % 60 === 0 ? Button.Reload : 0),
      };
    }
    return held;
  };
}

export function scriptedRun(level: LevelData, seed: number, ticks: number): World {
  const world = createWorld(level, seed);
  const next = inputStream(seed * 7919 + 1);
  for (let i = 0; i < ticks; i++) step(world, next());
  return world;
}

// Run as a script: print the hash of the arena run for the seed given.
if (process.argv[1]?.endsWith('scripted-run.ts')) {
  const seed = Number(process.argv[2] ?? '1');
  process.stdout.write(stateHash(scriptedRun(ARENA, seed, 3000)) + '\n');
}
