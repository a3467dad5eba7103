import { describe, expect, it } from 'vitest';
import { cloneWorld } from '../../src/sim/clone';
import { stateHash } from '../../src/sim/hash';
import { Button, type TickInput } from '../../src/sim/input';
import { nextU32 } from '../../src/sim/rng';
import { step } from '../../src/sim/step';
import { createWorld, type World } from '../../src/sim/world';
import { asciiLevel } from './ascii-level';

/** Tables, glass, doors and men, with El kicking, shooting and focusing at random. */
const SALOON = asciiLevel([
  '#########################',
  '#...t....#....e...t.....#',
  '#..t.t..@D..t...........#',
  '#...t....#...t.....g....#',
  '#===#%%###....t.........#',
  '#........D......e...t...#',
  '#..e..t..#.......==.....#',
  '#########################',
]);

function inputs(seed: number): () => TickInput {
  const h = { rng: seed };
  let held: TickInput = { moveX: 0, moveY: 0, aim: 0, buttons: 0 };
  return () => {
    if (nextU32(h) % 10 === 0) {
      const r = nextU32(h);
      held = {
        moveX: (r % 255) - 127,
        moveY: ((r >>> 8) % 255) - 127,
        aim: (r >>> 4) % 4096,
        buttons: (nextU32(h) % 2 === 0 ? Button.Fire : 0) | (nextU32(h) % 4 === 0 ? Button.Use : 0) |
          (nextU32(h) % 15 === 0 ? Button.Focus : 0) | (nextU32(h) % 40 === 0 ? Button.Reload : 0),
      };
    }
    return held;
  };
}

function play(seed: number, ticks: number, hop: boolean, seen?: Set<string>): World {
  let w = createWorld(SALOON, seed);
  const next = inputs(seed * 31 + 5);
  for (let i = 0; i < ticks; i++) {
    if (hop && i % 7 === 0) w = cloneWorld(w);
    // El starts beside a door and kicks it; then the random hands take over.
    step(w, i === 0 ? { moveX: 0, moveY: 0, aim: 0, buttons: Button.Use } : next());
    if (seen) for (const e of w.events) seen.add(e.type);
  }
  return w;
}

describe('determinism with focus, tables, glass and door kicks in play', () => {
  it('same seed and inputs give the same hash, with or without cloning along the way', () => {
    for (const seed of [1, 2, 3]) {
      const seen = new Set<string>();
      const a = play(seed, 1500, false, seen);
      const b = play(seed, 1500, true);
      expect(stateHash(b)).toBe(stateHash(a));
      expect(a.tick).toBe(b.tick);
      if (seed === 1) {
        // The run really exercised the new mechanics.
        for (const type of ['focusStart', 'tableKick', 'shatter', 'doorKick']) expect(seen.has(type), type).toBe(true);
      }
    }
  });

  it('the hash sees a kicked table, a broken pane and the focus meter', () => {
    const base = createWorld(SALOON, 4);
    const h = stateHash(base);
    const table = cloneWorld(base);
    table.tables[0]!.tipped = true;
    const glass = cloneWorld(base);
    glass.broken[4 * SALOON.width + 1] = 1;
    const focus = cloneWorld(base);
    focus.focus.meter--;
    const stun = cloneWorld(base);
    stun.actors[1]!.stunLeft = 5;
    for (const w of [table, glass, focus, stun]) expect(stateHash(w)).not.toBe(h);
  });
});
