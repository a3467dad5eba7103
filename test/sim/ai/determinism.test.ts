// Determinism with the AI at work: same level + seed + inputs, same stateHash; a clone continues
// exactly like the original (no AI state hides in module scratch buffers).
import { describe, expect, it } from 'vitest';
import { cloneWorld } from '../../../src/sim/clone';
import { stateHash } from '../../../src/sim/hash';
import type { TickInput } from '../../../src/sim/input';
import { step } from '../../../src/sim/step';
import { createWorld, type World } from '../../../src/sim/world';
import { bigLevel, botInputs } from './big-level';

function freshWorld(seed: number): World {
  const w = createWorld(bigLevel(), seed);
  w.actors[0]!.hp = 1_000_000;
  return w;
}

function run(seed: number, inputs: TickInput[], hashes: string[] = []): { world: World; shots: number; alerts: number } {
  const world = freshWorld(seed);
  let shots = 0;
  let alerts = 0;
  inputs.forEach((input, i) => {
    step(world, input);
    for (const e of world.events) {
      if (e.type === 'shot' && e.actor !== world.playerId) shots++;
      if (e.type === 'alert') alerts++;
    }
    if (i % 100 === 99) hashes.push(stateHash(world));
  });
  return { world, shots, alerts };
}

describe('AI determinism', () => {
  const inputs = botInputs(2000, 7);

  it('same level, seed and inputs give the same stateHash over 2,000 ticks with the AI active', () => {
    const ha: string[] = [];
    const hb: string[] = [];
    const a = run(42, inputs, ha);
    const b = run(42, inputs, hb);
    expect(a.world.tick).toBe(2000);
    expect(a.world.outcome).toBe(null);
    expect(ha).toEqual(hb);
    expect(stateHash(a.world)).toBe(stateHash(b.world));
    // The AI really was at work.
    expect(a.shots).toBeGreaterThan(10);
    expect(a.alerts).toBeGreaterThan(3);
    // And another seed plays out differently.
    expect(stateHash(run(43, inputs).world)).not.toBe(stateHash(a.world));
  });

  it('a clone taken mid-fight continues exactly like the original', () => {
    const world = freshWorld(5);
    for (let i = 0; i < 1000; i++) step(world, inputs[i]!);
    const copy = cloneWorld(world);
    // Interleave the two so any state left in module scratch would leak from one into the other.
    for (let i = 1000; i < 2000; i++) {
      step(world, inputs[i]!);
      step(copy, inputs[i]!);
      if (i % 250 === 0) expect(stateHash(copy)).toBe(stateHash(world));
    }
    expect(stateHash(copy)).toBe(stateHash(world));
  });

  it('AI state is plain data: numbers, booleans, strings and arrays of numbers', () => {
    const { world } = run(42, inputs.slice(0, 600));
    for (const a of world.actors) {
      if (!a.ai) continue;
      for (const [key, v] of Object.entries(a.ai)) {
        const ok = ['number', 'boolean', 'string'].includes(typeof v) || (Array.isArray(v) && v.every((x) => typeof x === 'number' && Number.isFinite(x)));
        expect(ok, key).toBe(true);
        if (typeof v === 'number') expect(Number.isFinite(v), key).toBe(true);
      }
    }
  });
});
