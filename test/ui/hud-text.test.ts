// HUD words (src/ui/hud-text.ts): the control hint, the status line, caption timing, sound captions.
import { describe, expect, it } from 'vitest';
import { Material, type SimEvent } from '../../src/sim';
import { controlHint, soundCaption, statusLine, storyHoldMs } from '../../src/ui/hud-text';

const KEYS = { fire: ['Mouse0'], dive: ['Space'], use: ['KeyE'], throw: ['KeyG', 'Mouse2'] };
const describe_ = (code: string): string => code.replace(/^Key/, '');
const BARE = { sawedOff: 0, wildey: 0, grenades: 0 };
const LOADED = { sawedOff: 8, wildey: 6, grenades: 2 };
const EL = 1;

describe('HUD text', () => {
  it('hints the player\'s own keys, and the case\'s guns and grenades when the level loads them', () => {
    expect(controlHint(KEYS, BARE, false, describe_)).toBe('Click: draw the sleeve pistols    Space: dive    E: pick up');
    expect(controlHint(KEYS, LOADED, false, describe_)).toBe('Click: draw the sleeve pistols    Space: dive    E: pick up    1-4: weapons    G: grenade');
    // An action left without a key drops out of the hint instead of showing a blank.
    expect(controlHint({ ...KEYS, dive: [] }, BARE, false, describe_)).toBe('Click: draw the sleeve pistols    E: pick up');
    expect(controlHint({ ...KEYS, throw: [] }, { ...BARE, grenades: 1 }, false, describe_)).toBe('Click: draw the sleeve pistols    Space: dive    E: pick up');
  });

  it('hints the pad\'s buttons with a gamepad in hand', () => {
    expect(controlHint(KEYS, BARE, true, describe_)).toBe('Right trigger: draw the sleeve pistols');
    expect(controlHint(KEYS, LOADED, true, describe_)).toBe('Right trigger: draw the sleeve pistols    D-pad: weapons    LT: grenade');
  });

  it('puts reloading before an empty click, and tells how to get back to the pistols', () => {
    expect(statusLine(true, true, true)).toBe('RELOADING');
    expect(statusLine(false, true, true)).toBe('EMPTY');
    expect(statusLine(false, true, false)).toBe('EMPTY - press 1 for the pistols');
    expect(statusLine(false, false, false)).toBe('');
  });

  it('holds a story caption long enough to read, within 2.4-6 s', () => {
    expect(storyHoldMs('Hi')).toBe(2400);
    expect(storyHoldMs('x'.repeat(60))).toBe(1200 + 60 * 45);
    expect(storyHoldMs('x'.repeat(400))).toBe(6000);
  });

  it('captions what others do, not what El does himself', () => {
    const door = (by: number): SimEvent => ({ type: 'door', door: 0, open: true, by });
    expect(soundCaption(door(7), EL)).toBe('[a door bangs open]');
    expect(soundCaption(door(EL), EL)).toBeNull();
    expect(soundCaption({ type: 'dryFire', actor: EL, weapon: 'pistol' }, EL)).toBe('[click - empty]');
    expect(soundCaption({ type: 'dryFire', actor: 7, weapon: 'pistol' }, EL)).toBe('[an empty gun clicks]');
    expect(soundCaption({ type: 'reload', actor: EL, weapon: 'sleevePistols', done: false }, EL)).toBe('[reloading]');
    expect(soundCaption({ type: 'reload', actor: EL, weapon: 'sleevePistols', done: true }, EL)).toBeNull();
    expect(soundCaption({ type: 'explosion', x: 0, y: 0, radius: 40, by: EL }, EL)).toBe('[an explosion]');
    expect(soundCaption({ type: 'spawn', actor: 9, group: 'back' }, EL)).toBe('[footsteps behind you]');
    // Footfalls themselves are not captioned: they come every few ticks.
    expect(soundCaption({ type: 'footstep', actor: 7, foot: 0, x: 0, y: 0, material: Material.Wood }, EL)).toBeNull();
  });
});
