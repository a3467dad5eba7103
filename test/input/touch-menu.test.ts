// Menus by tap: each line answers taps across its whole band, and a value steps down or up by
// which half a finger lands on (a finger has no right button).
import { describe, expect, it } from 'vitest';
import { adjustDirection, rowBand } from '../../src/ui/menu-nav';

describe('menu taps', () => {
  it('a line\'s band spans the menu\'s width and the whole line height, in the text\'s own units', () => {
    // Scale 3 text, 21 px tall, on 40 px lines, 30 px right of the menu's left edge, menu 600 wide.
    const b = rowBand(600, 40, 21, 30, 3);
    expect(b).toEqual({ x: -10, y: -9.5 / 3, w: 200, h: 40 / 3 });
    // Scaled back to game pixels, consecutive lines' bands meet with no gap between them.
    expect(b.h * 3).toBe(40);
  });

  it('a finger steps a value down on its left half and up on its right half', () => {
    expect(adjustDirection(true, false, 90, 100)).toBe(-1);
    expect(adjustDirection(true, false, 110, 100)).toBe(1);
  });

  it('a mouse steps up on a left click and down on a right click, wherever it lands', () => {
    expect(adjustDirection(false, false, 90, 100)).toBe(1);
    expect(adjustDirection(false, true, 110, 100)).toBe(-1);
  });
});
