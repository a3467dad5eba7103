import { describe, expect, it } from 'vitest';
import { ACTION_LABELS, type Action } from '../../src/input/actions';
import { defaultBindings } from '../../src/input/bindings';
import { PAD_ACTIONS } from '../../src/input/gamepad';
import { tickButtons } from '../../src/input/tick-encoding';
import { Button, slotOf } from '../../src/sim';

describe('arsenal controls', () => {
  it('bind slots 3 and 4, Throw to G and the right mouse button, Focus to left Shift', () => {
    const b = defaultBindings();
    expect(b.slot3).toEqual(['Digit3']);
    expect(b.slot4).toEqual(['Digit4']);
    expect(b.throw).toEqual(['KeyG', 'Mouse2']);
    expect(b.focus).toEqual(['ShiftLeft']);
    for (const a of ['slot3', 'slot4', 'throw', 'focus'] as const) expect(ACTION_LABELS[a].length).toBeGreaterThan(3);
  });

  it('encode Throw and Focus as their buttons and slot presses as slots 3 and 4', () => {
    expect(tickButtons(new Set<Action>(['throw']), [])).toBe(Button.Throw);
    expect(tickButtons(new Set<Action>(['focus', 'fire']), [])).toBe(Button.Focus | Button.Fire);
    expect(slotOf(tickButtons(new Set<Action>(['slot3']), ['slot3']))).toBe(3);
    expect(slotOf(tickButtons(new Set<Action>(['slot4']), ['slot4']))).toBe(4);
  });

  it('give the pad a throw (LT), focus (LB) and the four slots on the d-pad', () => {
    expect(PAD_ACTIONS.Pad6).toContain('throw');
    expect(PAD_ACTIONS.Pad4).toContain('focus');
    const dpad = ['Pad12', 'Pad15', 'Pad13', 'Pad14'].map((c) => PAD_ACTIONS[c]!.find((a) => a.startsWith('slot')));
    expect(dpad).toEqual(['slot1', 'slot2', 'slot3', 'slot4']);
  });
});
