import { describe, expect, it } from 'vitest';
import { loadLevelIndex } from '../../src/headless/level-files';
import { DEFAULT_MOOD, MOODS, moodOf, shadowAt, type Sun } from '../../src/render/moods';
import { asciiLevel } from '../sim/ascii-level';

// A wall at cell (2, 1) and a table at (6, 1) on open floor; the sun throws shadows due south.
const level = asciiLevel([
  '..........',
  '..#...T...',
  '..........',
  '..........',
  '.@........',
]);
const south: Sun = { dx: 0, dy: 1, length: 24, alpha: 0.3 };

describe('moods', () => {
  it('every level of the film has its own time of day; others fall back to the bar\'s', () => {
    for (const entry of loadLevelIndex().levels) expect(MOODS[entry.id], entry.id).toBeDefined();
    expect(moodOf('no-such-level')).toBe(DEFAULT_MOOD);
    // Noon and afternoon are bright outside, night is dark: the places differ as ART.md asks.
    expect(moodOf('church').outdoor).toBeLessThan(moodOf('bar').outdoor);
    expect(moodOf('rooftops').outdoor).toBeGreaterThan(moodOf('ranch').outdoor);
  });

  it('Los Tejados is night: the darkest place of all, in a blue dark', () => {
    const night = moodOf('rooftops');
    for (const [id, m] of Object.entries(MOODS)) {
      if (id === 'rooftops') continue;
      expect(night.outdoor, id).toBeGreaterThan(m.outdoor);
      expect(night.indoor, id).toBeGreaterThan(m.indoor);
    }
    const [r, g, b] = night.ink;
    expect(b).toBeGreaterThan(2 * Math.max(r, g));
    expect(night.outdoor).toBeGreaterThanOrEqual(0.6);
  });

  it('a wall throws its shadow down-sun for its length, and nothing up-sun', () => {
    const x = 2 * 16 + 8;
    expect(shadowAt(level, south, x, 2 * 16 + 4)).toBe(0.3); // just below the wall
    expect(shadowAt(level, south, x, 1 * 16 + 16 + 23)).toBe(0.3); // 23 px from its edge
    expect(shadowAt(level, south, x, 1 * 16 + 16 + 26)).toBe(0); // past its reach
    expect(shadowAt(level, south, x, 0 * 16 + 8)).toBe(0); // above it
    expect(shadowAt(level, south, x, 1 * 16 + 8)).toBe(0); // the wall itself
    expect(shadowAt(level, south, 4 * 16 + 8, 2 * 16 + 4)).toBe(0); // beside its shadow
  });

  it('low cover throws a third of a wall\'s shadow', () => {
    const x = 6 * 16 + 8;
    expect(shadowAt(level, south, x, 2 * 16 + 6)).toBe(0.3);
    expect(shadowAt(level, south, x, 2 * 16 + 12)).toBe(0);
  });

  it('a slanted sun moves the shadow sideways', () => {
    const southEast: Sun = { dx: 1, dy: 1, length: 20, alpha: 0.3 };
    expect(shadowAt(level, southEast, 3 * 16 + 6, 2 * 16 + 6)).toBe(0.3);
    expect(shadowAt(level, southEast, 1 * 16 + 10, 2 * 16 + 6)).toBe(0);
  });
});
