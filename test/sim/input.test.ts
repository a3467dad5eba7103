import { describe, expect, it } from 'vitest';
import { stateHash } from '../../src/sim/hash';
import { BUTTON_BITS, Button, quantiseInput, sanitiseInput, slotOf, withSlot } from '../../src/sim/input';
import { step } from '../../src/sim/step';
import { createWorld } from '../../src/sim/world';
import { asciiLevel } from './ascii-level';

describe('TickInput encoding', () => {
  it('quantises device values to the integers a replay stores', () => {
    const q = quantiseInput(0.5, -1, 0, 10, Button.Fire | Button.Dive);
    expect(q).toEqual({ moveX: 64, moveY: -127, aim: 1024, buttons: 3 });
    expect(quantiseInput(2, -7, 0, 0, 0, 300)).toEqual({ moveX: 127, moveY: -127, aim: 300, buttons: 0 });
  });

  it('keeps a weapon slot request beside the buttons', () => {
    const b = withSlot(Button.Fire, 2);
    expect(slotOf(b)).toBe(2);
    expect(b & Button.Fire).toBe(Button.Fire);
    expect(slotOf(withSlot(b, 0))).toBe(0);
  });

  it('sanitises garbage into range and passes valid input through untouched', () => {
    const valid = { moveX: 3, moveY: -4, aim: 4095, buttons: 1 };
    expect(sanitiseInput(valid)).toBe(valid);
    expect(sanitiseInput({ moveX: NaN, moveY: 1e9, aim: -1, buttons: 0xffffffff })).toEqual({
      moveX: 0, moveY: 127, aim: 4095, buttons: BUTTON_BITS,
    });
    expect(sanitiseInput({ moveX: 0.4, moveY: Infinity, aim: 5000.2, buttons: NaN })).toEqual({ moveX: 0, moveY: 0, aim: 904, buttons: 0 });
  });

  it('never hands the sim a -0 (a replay brings back 0, and the state hash tells them apart)', () => {
    const s = sanitiseInput({ moveX: -0, moveY: -0, aim: -0, buttons: 0 });
    for (const v of [s.moveX, s.moveY, s.aim]) expect(Object.is(v, -0)).toBe(false);
    const q = quantiseInput(-0.001, -0.002, 1, 0, 0);
    expect(Object.is(q.moveX, -0) || Object.is(q.moveY, -0)).toBe(false);
    // Stepping a world with -0 or 0 gives the same hash.
    const level = asciiLevel(['#####', '#@..#', '#####']);
    const a = createWorld(level, 1);
    const b = createWorld(level, 1);
    for (let t = 0; t < 30; t++) {
      step(a, { moveX: -0, moveY: -0, aim: -0, buttons: 0 });
      step(b, { moveX: 0, moveY: 0, aim: 0, buttons: 0 });
    }
    expect(stateHash(a)).toBe(stateHash(b));
  });
});
