// Menu navigation (src/ui/menu-nav.ts): up and down wrap and skip lines that cannot be chosen.
import { describe, expect, it } from 'vitest';
import { cycle, firstUsable, stepSelection } from '../../src/ui/menu-nav';

const on = { enabled: true };
const off = { enabled: false };
const plain = {};

describe('menu navigation', () => {
  it('starts on the first line that can be chosen', () => {
    expect(firstUsable([plain, on])).toBe(0);
    expect(firstUsable([off, off, on, plain])).toBe(2);
    expect(firstUsable([off, off])).toBe(0);
    expect(firstUsable([])).toBe(0);
  });

  it('moves one line, wrapping past the bottom and the top', () => {
    const items = [plain, plain, plain];
    expect(stepSelection(items, 0, 1)).toBe(1);
    expect(stepSelection(items, 2, 1)).toBe(0);
    expect(stepSelection(items, 0, -1)).toBe(2);
    expect(stepSelection(items, 1, -1)).toBe(0);
  });

  it('skips locked lines in either direction, wrapping if it must', () => {
    // A level list: 1 open, 2-3 locked, then the rest of the menu.
    const items = [on, off, off, plain, plain];
    expect(stepSelection(items, 0, 1)).toBe(3);
    expect(stepSelection(items, 3, -1)).toBe(0);
    expect(stepSelection(items, 0, -1)).toBe(4);
    expect(stepSelection([off, on, off], 1, 1)).toBe(1);
  });

  it('stays put when nothing else can be chosen', () => {
    expect(stepSelection([off, on, off], 1, -1)).toBe(1);
    expect(stepSelection([plain], 0, 1)).toBe(0);
  });

  it('cycles a choice among options both ways', () => {
    expect(cycle(0, 1, 3)).toBe(1);
    expect(cycle(2, 1, 3)).toBe(0);
    expect(cycle(0, -1, 3)).toBe(2);
    expect(cycle(5, -1, 3)).toBe(1);
    expect(cycle(0, 1, 1)).toBe(0);
    expect(cycle(0, 1, 0)).toBe(0);
  });
});
