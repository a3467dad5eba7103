// Where the camera looks, as a pure function: centred on a target, clamped to the level, then
// moved so El is never under a HUD box (the level may then show a dark margin beyond its edge,
// under the HUD, instead of ground El could stand on hidden behind it).
import type { Box } from '../ui/hud-layout';

/** Half of El's body in world pixels, with a pixel to spare: the part of him that must stay clear. */
export const EL_HALF = 9;

export interface Frame {
  /** The level's size in world pixels. */
  readonly levelW: number;
  readonly levelH: number;
  /** The view's size in screen pixels, and the zoom (screen pixels per world pixel). */
  readonly viewW: number;
  readonly viewH: number;
  readonly zoom: number;
  /** HUD boxes in screen pixels. */
  readonly hud: readonly Box[];
}

/** Phaser's own clamp: the view inside the level, or at its start when the level is smaller. */
function clamp(origin: number, size: number, view: number): number {
  return Math.min(Math.max(origin, 0), Math.max(0, size - view));
}

/** Top-left of the view in world pixels, looking at `target`, with `el` clear of every HUD box. */
export function viewOrigin(f: Frame, target: { x: number; y: number }, el: { x: number; y: number }): { x: number; y: number } {
  const vw = f.viewW / f.zoom;
  const vh = f.viewH / f.zoom;
  const x = clamp(target.x - vw / 2, f.levelW, vw);
  let y = clamp(target.y - vh / 2, f.levelH, vh);
  const half = EL_HALF * f.zoom;
  for (const b of f.hud) {
    const sx = (el.x - x) * f.zoom;
    const sy = (el.y - y) * f.zoom;
    if (sx + half <= b.x || sx - half >= b.x + b.w || sy + half <= b.y || sy - half >= b.y + b.h) continue;
    // A box in the top half pushes El down below it, one in the bottom half up above it.
    // (Two pixels spare, for the camera rounding its scroll to whole pixels.)
    if (b.y + b.h / 2 < f.viewH / 2) y = el.y - (b.y + b.h + half + 2) / f.zoom;
    else y = el.y - (b.y - half - 2) / f.zoom;
  }
  return { x, y };
}

/** El's body on screen (screen pixels) for a view origin: what the tests check against the HUD. */
export function elOnScreen(f: Frame, origin: { x: number; y: number }, el: { x: number; y: number }): Box {
  const half = EL_HALF * f.zoom;
  return { x: (el.x - origin.x) * f.zoom - half, y: (el.y - origin.y) * f.zoom - half, w: 2 * half, h: 2 * half };
}
