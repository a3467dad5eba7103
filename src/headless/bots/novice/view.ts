// What is on the player's screen: the camera's view box (src/render/camera-rig.ts: zoom 3 on
// 1280x720 is 427x240 world px, centred on El plus a look-ahead of a third of the mouse pointer's
// offset, at most 56 px, kept inside the level), and whether an eye at El sees a point in it
// (walls, closed doors and thick smoke hide what is behind them).
import { clamp, newTraceHit, TILE, TraceMode, traceSegment, type Actor, type World } from '../../../sim';
import { LOOK_AHEAD_DIVISOR, LOOK_AHEAD_MAX, VIEW_H, VIEW_W } from './human-limits';

export interface ViewBox {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** The view with El at (x, y) and the mouse pointer over the world point (px, py). */
export function viewBox(world: World, x: number, y: number, px: number, py: number): ViewBox {
  let ax = (px - x) / LOOK_AHEAD_DIVISOR;
  let ay = (py - y) / LOOK_AHEAD_DIVISOR;
  const len = Math.sqrt(ax * ax + ay * ay);
  if (len > LOOK_AHEAD_MAX) {
    ax *= LOOK_AHEAD_MAX / len;
    ay *= LOOK_AHEAD_MAX / len;
  }
  const w = world.level.width * TILE;
  const h = world.level.height * TILE;
  // Phaser's camera bounds: the view stays inside the level (centred when the level is smaller).
  const left = w <= VIEW_W ? (w - VIEW_W) / 2 : clamp(x + ax - VIEW_W / 2, 0, w - VIEW_W);
  const top = h <= VIEW_H ? (h - VIEW_H) / 2 : clamp(y + ay - VIEW_H / 2, 0, h - VIEW_H);
  return { left, top, right: left + VIEW_W, bottom: top + VIEW_H };
}

export function inView(v: ViewBox, x: number, y: number): boolean {
  return x >= v.left && x <= v.right && y >= v.top && y <= v.bottom;
}

const scratch = newTraceHit();

/** On screen and in El's line of sight. */
export function seesPoint(world: World, me: Actor, v: ViewBox, x: number, y: number): boolean {
  if (!inView(v, x, y)) return false;
  return traceSegment(world, me.x, me.y, x, y, TraceMode.Eyes, me.x, me.y, scratch).t >= 1;
}
