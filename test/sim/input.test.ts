import { describe, expect, it } from 'vitest';
import { BUTTON_BITS, Button, quantiseInput, sanitiseInput, slotOf, withSlot } from '../../src/sim/input';

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
});
