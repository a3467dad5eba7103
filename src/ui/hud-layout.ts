// Where the play HUD sits on the 1280x720 screen, as boxes the camera keeps El out of: a band
// along the top (hearts, ammo, focus, the weapons, objective, timer, enemies left, run marks), a
// band along the bottom (the control hint, sound captions) and, in a full game, the level list on
// the right. Pure, so the camera, the HUD and the tests agree on one set of numbers.

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export const SCREEN = { w: 1280, h: 720 } as const;
/** Height of the top band, in screen pixels: everything the top HUD draws ends above it. */
export const TOP_BAND = 128;
/** Top of the bottom band: the hint and sound captions draw below it. */
export const BOTTOM_BAND = 644;
/** The full game's level list: one line per level under the top band, right-aligned. */
export const LEVEL_LIST = { right: SCREEN.w - 24, y: 140, width: 400, line: 22 } as const;

/** The play HUD's boxes; `fullGameLevels` > 0 adds the full game's level list. */
export function playHudBoxes(fullGameLevels = 0): Box[] {
  const boxes: Box[] = [
    { x: 0, y: 0, w: SCREEN.w, h: TOP_BAND },
    { x: 0, y: BOTTOM_BAND, w: SCREEN.w, h: SCREEN.h - BOTTOM_BAND },
  ];
  if (fullGameLevels > 0) boxes.push(levelListBox(fullGameLevels));
  return boxes;
}

export function levelListBox(levels: number): Box {
  return { x: LEVEL_LIST.right + 12 - LEVEL_LIST.width, y: LEVEL_LIST.y, w: LEVEL_LIST.width, h: levels * LEVEL_LIST.line + 14 };
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}
