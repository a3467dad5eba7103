// Which line of a menu is selected: the first line that can be chosen, and where up/down goes from
// a line (wrapping round, skipping lines that cannot be chosen). Pure, so menus are tested without Phaser.

/** What navigation needs to know of a line. */
export interface NavItem {
  readonly enabled?: boolean;
}

const usable = (item: NavItem | undefined): boolean => item !== undefined && item.enabled !== false;

/** The first line that can be chosen (0 when none can: the arrow still has somewhere to sit). */
export function firstUsable(items: readonly NavItem[]): number {
  return Math.max(0, items.findIndex(usable));
}

/**
 * The line `direction` (-1 up, +1 down) from `index`, wrapping past either end and skipping
 * disabled lines; `index` itself when no other line can be chosen.
 */
export function stepSelection(items: readonly NavItem[], index: number, direction: -1 | 1): number {
  const n = items.length;
  for (let k = 1; k < n; k++) {
    const i = (((index + direction * k) % n) + n) % n;
    if (usable(items[i])) return i;
  }
  return index;
}

/** A choice among `count` options moved by `direction`, wrapping (the practice page's start points). */
export function cycle(current: number, direction: number, count: number): number {
  if (count <= 0) return 0;
  return (((current + direction) % count) + count) % count;
}

/**
 * A line's tap band in the text's own (unscaled) coordinates: from `indent` game pixels left of the
 * text to the menu's right edge, and the full line height around the text, so a thumb that lands
 * between two lines still picks the nearer one.
 */
export function rowBand(menuWidth: number, lineHeight: number, textHeight: number, indent: number, scale: number): { x: number; y: number; w: number; h: number } {
  return { x: -indent / scale, y: -(lineHeight - textHeight) / 2 / scale, w: menuWidth / scale, h: lineHeight / scale };
}

/**
 * Which way a tap or click on a value changes it: a finger has no right button, so the value's
 * left half steps down and its right half up; a mouse steps up, or down with the right button.
 */
export function adjustDirection(touch: boolean, rightButton: boolean, x: number, valueCentreX: number): -1 | 1 {
  if (touch) return x < valueCentreX ? -1 : 1;
  return rightButton ? -1 : 1;
}
