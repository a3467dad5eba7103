// Settings values (src/ui/settings-values.ts): volume steps and bars, switches, key lists, warnings.
import { describe, expect, it } from 'vitest';
import { bindingText, onOffText, stepVolume, unboundWarning, volumeText } from '../../src/ui/settings-values';

describe('settings values', () => {
  it('steps volumes by tenths, on whole tenths, within 0..1', () => {
    expect(stepVolume(0.5, 1)).toBe(0.6);
    expect(stepVolume(0.2, 1)).toBe(0.3); // not 0.30000000000000004
    expect(stepVolume(0.7, -1)).toBe(0.6);
    expect(stepVolume(1, 1)).toBe(1);
    expect(stepVolume(0, -1)).toBe(0);
    // A value saved off the grid (an older version, a hand-edited save) lands back on it.
    expect(stepVolume(0.83, 1)).toBe(0.9);
    let v = 0;
    for (let i = 0; i < 10; i++) v = stepVolume(v, 1);
    expect(v).toBe(1);
  });

  it('shows a volume as a ten-cell bar and a percentage', () => {
    expect(volumeText(0)).toBe('.......... 0%');
    expect(volumeText(0.6)).toBe('||||||.... 60%');
    expect(volumeText(1)).toBe('|||||||||| 100%');
  });

  it('names switches and the keys of an action', () => {
    expect(onOffText(true)).toBe('On');
    expect(onOffText(false)).toBe('Off');
    const describe = (code: string): string => code.replace(/^Key/, '').replace(/^Arrow/, '');
    expect(bindingText(['KeyW', 'ArrowUp'], describe)).toBe('W / Up');
    expect(bindingText([], describe)).toBe('-');
    expect(bindingText(undefined, describe)).toBe('-');
  });

  it('warns of actions without a key on the controls page only', () => {
    expect(unboundWarning(true, ['Dive', 'Reload'])).toBe('No key: Dive, Reload');
    expect(unboundWarning(false, ['Dive'])).toBe('');
    expect(unboundWarning(true, [])).toBe('');
  });
});
