import { describe, expect, it } from 'vitest';
import { REBINDABLE_ACTIONS } from '../../src/input/actions';
import { buildCodeMap, defaultBindings, rebind, validateBindings } from '../../src/input/bindings';
import { describeCode, setKeyboardLayout } from '../../src/input/code-labels';

describe('default bindings', () => {
  it('binds every action, by physical key code, with no code twice', () => {
    const b = defaultBindings();
    const all = REBINDABLE_ACTIONS.flatMap((a) => b[a]);
    expect(new Set(all).size).toBe(all.length);
    expect(b.moveUp).toEqual(['KeyW', 'ArrowUp']);
    expect(b.fire).toEqual(['Mouse0']);
    expect(b.dive).toEqual(['Space']);
    expect(validateBindings(b)).toEqual({ ok: true, bindings: b });
  });

  it('is a fresh copy every time', () => {
    const b = defaultBindings();
    b.fire.push('KeyF');
    expect(defaultBindings().fire).toEqual(['Mouse0']);
  });

  it('maps codes to actions, menu keys included', () => {
    const map = buildCodeMap(defaultBindings());
    expect(map.get('Space')).toEqual(['dive', 'confirm']);
    expect(map.get('Escape')).toEqual(['pause', 'back']);
    expect(map.get('KeyW')).toEqual(['moveUp', 'menuUp']);
    expect(map.get('Mouse0')).toEqual(['fire']);
  });
});

describe('rebind', () => {
  it('moves a code bound elsewhere and reports which action lost it', () => {
    const before = defaultBindings();
    const { bindings, movedFrom } = rebind(before, 'fire', 1, 'Space');
    expect(bindings.fire).toEqual(['Mouse0', 'Space']);
    expect(bindings.dive).toEqual([]);
    expect(movedFrom).toBe('dive');
    expect(before.dive).toEqual(['Space']); // input untouched
  });

  it('replaces the slot, clears it with null, and does not report the same action', () => {
    let b = rebind(defaultBindings(), 'moveUp', 0, 'KeyI').bindings;
    expect(b.moveUp).toEqual(['KeyI', 'ArrowUp']);
    const same = rebind(b, 'moveUp', 1, 'KeyI');
    expect(same.movedFrom).toBeNull();
    expect(same.bindings.moveUp).toEqual(['ArrowUp', 'KeyI']);
    b = rebind(b, 'moveUp', 1, null).bindings;
    expect(b.moveUp).toEqual(['KeyI']);
    expect(rebind(b, 'reload', 7, 'KeyT').bindings.reload).toEqual(['KeyR', 'KeyT']);
  });
});

describe('validateBindings', () => {
  it('rejects wrong shapes and duplicates with one line', () => {
    expect(validateBindings('nope')).toMatchObject({ ok: false });
    const tooMany = { ...defaultBindings(), fire: ['Mouse0', 'KeyF', 'KeyG'] };
    const r = validateBindings(tooMany);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/^fire: expected at most 2/);
    const dup = { ...defaultBindings(), reload: ['Space'] };
    expect(validateBindings(dup)).toEqual({ ok: false, error: 'a key is bound to two actions' });
    expect(validateBindings({ ...defaultBindings(), use: [3] })).toMatchObject({ ok: false });
  });

  it('fills actions missing from older saves with their default codes that are still free', () => {
    const { slot2: _gone, ...rest } = defaultBindings();
    const r = validateBindings({ ...rest, reload: ['Digit2'] });
    expect(r.ok && r.bindings.slot2).toEqual([]);
    const r2 = validateBindings(rest);
    expect(r2.ok && r2.bindings.slot2).toEqual(['Digit2']);
  });
});

describe('describeCode', () => {
  it('gives short labels', () => {
    expect(describeCode('KeyW')).toBe('W');
    expect(describeCode('Digit1')).toBe('1');
    expect(describeCode('Space')).toBe('Space');
    expect(describeCode('Mouse0')).toBe('Left mouse');
    expect(describeCode('Mouse2')).toBe('Right mouse');
    expect(describeCode('Mouse7')).toBe('Mouse 8');
    expect(describeCode('ArrowUp')).toBe('↑');
    expect(describeCode('Backspace')).toBe('Backspace');
    expect(describeCode('WheelDown')).toBe('Wheel down');
    expect(describeCode('ShiftLeft')).toBe('Left Shift');
    expect(describeCode('Numpad4')).toBe('Num 4');
    expect(describeCode('F5')).toBe('F5');
    expect(describeCode('Pad0')).toBe('A');
  });

  it('uses the printed character from the keyboard layout when known', () => {
    setKeyboardLayout(new Map([['KeyW', 'z'], ['KeyQ', 'a'], ['Numpad1', '1']]));
    try {
      expect(describeCode('KeyW')).toBe('Z');
      expect(describeCode('Numpad1')).toBe('Num 1');
      expect(describeCode('Space')).toBe('Space');
      expect(['KeyW', 'KeyE'].map(describeCode)).toEqual(['Z', 'E']);
    } finally {
      setKeyboardLayout(null);
    }
  });
});
