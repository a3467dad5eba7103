import { describe, expect, it } from 'vitest';
import type { Action } from '../../src/input/actions';
import { keyMoveAxes, tickButtons } from '../../src/input/tick-encoding';
import { Button, quantiseInput, slotOf } from '../../src/sim';

function moveOf(...held: Action[]): [number, number] {
  const m = keyMoveAxes(new Set(held));
  const q = quantiseInput(m.x, m.y, 1, 0, 0);
  return [q.moveX, q.moveY];
}

describe('keyboard move vector', () => {
  it('quantises the 8 directions to ±127 combinations', () => {
    expect(moveOf('moveUp')).toEqual([0, -127]);
    expect(moveOf('moveDown')).toEqual([0, 127]);
    expect(moveOf('moveLeft')).toEqual([-127, 0]);
    expect(moveOf('moveRight')).toEqual([127, 0]);
    expect(moveOf('moveUp', 'moveRight')).toEqual([127, -127]);
    expect(moveOf('moveUp', 'moveLeft')).toEqual([-127, -127]);
    expect(moveOf('moveDown', 'moveRight')).toEqual([127, 127]);
    expect(moveOf('moveDown', 'moveLeft')).toEqual([-127, 127]);
    expect(moveOf()).toEqual([0, 0]);
  });

  it('cancels opposite keys', () => {
    expect(moveOf('moveLeft', 'moveRight')).toEqual([0, 0]);
    expect(moveOf('moveUp', 'moveDown', 'moveRight')).toEqual([127, 0]);
    expect(moveOf('moveUp', 'moveDown', 'moveLeft', 'moveRight')).toEqual([0, 0]);
  });
});

describe('tick buttons', () => {
  it('maps held actions to Button bits', () => {
    const b = tickButtons(new Set<Action>(['fire', 'dive', 'reload', 'use', 'switchWeapon']), []);
    expect(b).toBe(Button.Fire | Button.Dive | Button.Reload | Button.Use | Button.Switch);
  });

  it('requests the slot of the latest slot press, and only on the tick it is pressed', () => {
    expect(slotOf(tickButtons(new Set<Action>(['slot1']), ['slot1']))).toBe(1);
    expect(slotOf(tickButtons(new Set<Action>(['slot1', 'slot2']), ['slot1', 'slot2']))).toBe(2);
    expect(slotOf(tickButtons(new Set<Action>(['slot2']), []))).toBe(0);
  });
});
