// Level-select lines (src/ui/level-select-rows.ts): bests, pars, locks, the full game, practice starts.
import { describe, expect, it } from 'vitest';
import { fullGameValue, levelRowValue, practiceValue, randomSeedValue, shorten } from '../../src/ui/level-select-rows';

describe('level select rows', () => {
  it('shows a scene as locked, its par before a clear, its best time and grade after', () => {
    expect(levelRowValue(false, { bestTicks: 600, bestGrade: 'A' }, 3600)).toBe('locked');
    expect(levelRowValue(true, undefined, 3600)).toBe('par 1:00.000');
    expect(levelRowValue(true, { bestTicks: 2703, bestGrade: 'S' }, 3600)).toBe('0:45.050  S');
  });

  it('shows the full game\'s best, or what it is before one', () => {
    expect(fullGameValue(null, 5)).toBe('5 levels, one clock');
    expect(fullGameValue(60 * 60 * 5 + 30, 5)).toBe('best 5:00.500');
  });

  it('names the random-seed switch', () => {
    expect(randomSeedValue(true)).toBe('On');
    expect(randomSeedValue(false)).toBe('Off (fixed boards)');
  });

  it('shows where practice starts, cut to fit', () => {
    expect(practiceValue(false, 'Start')).toBe('locked');
    expect(practiceValue(true, 'Start of the level')).toBe('from: Start of the level');
    const long = 'Split 3: the back room, after the bartender and the two men at the bar';
    const shown = practiceValue(true, long);
    expect(shown).toBe(`from: ${long.slice(0, 37)}...`);
    expect(shorten('x'.repeat(40))).toBe('x'.repeat(40));
    expect(shorten('x'.repeat(41))).toHaveLength(40);
    expect(shorten('abcdef', 5)).toBe('ab...');
  });
});
