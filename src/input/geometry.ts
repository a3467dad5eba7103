// Pure helpers for analog input: stick dead zones, CSS-to-game pixels, wheel notches.

export interface Vec {
  readonly x: number;
  readonly y: number;
}

export const ZERO: Vec = Object.freeze({ x: 0, y: 0 });

/**
 * Radial dead zone, rescaled: inside `dz` -> zero; outside, the magnitude is remapped from
 * dz..1 to 0..1 (capped at 1), so small deflections give slow movement rather than a jump.
 * A radial zone (not per axis) keeps diagonals round and does not snap to the axes.
 */
export function radialDeadZone(x: number, y: number, dz: number): Vec {
  if (!Number.isFinite(x) || !Number.isFinite(y)) return ZERO;
  const m = Math.hypot(x, y);
  if (m <= dz) return ZERO;
  const scaled = Math.min(1, (m - dz) / (1 - dz));
  return { x: (x / m) * scaled, y: (y / m) * scaled };
}

/** The stick's direction when pushed past `dz`, else null (aim keeps its last angle). */
export function stickDirection(x: number, y: number, dz: number): Vec | null {
  if (!Number.isFinite(x) || !Number.isFinite(y)) return null;
  return Math.hypot(x, y) > dz ? { x, y } : null;
}

export interface RectLike {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Client (CSS) coordinates to game pixels: Phaser's Scale.FIT stretches the canvas with CSS, so
 * its drawing buffer (canvas.width x canvas.height = game size) and its box on screen differ.
 * Outside the canvas (letterbox bars) the result lies outside 0..width / 0..height.
 */
export function clientToGame(clientX: number, clientY: number, rect: RectLike, width: number, height: number): Vec {
  if (rect.width <= 0 || rect.height <= 0) return ZERO;
  return {
    x: ((clientX - rect.left) * width) / rect.width,
    y: ((clientY - rect.top) * height) / rect.height,
  };
}

/** Pixels of wheel travel that count as one notch; trackpads send many small deltas. */
const PIXELS_PER_STEP = 50;
/** A pause this long forgets a partial notch, so slow trackpad drift never adds up to a switch. */
const WHEEL_IDLE_MS = 300;

/** Collects wheel deltas into discrete WheelUp/WheelDown steps. */
export class WheelSteps {
  private acc = 0;
  private lastAt = -Infinity;

  /** `deltaMode`: 0 pixels, 1 lines, 2 pages (WheelEvent). Returns the code of a completed step or null. */
  add(deltaY: number, deltaMode: number, now: number): 'WheelUp' | 'WheelDown' | null {
    if (!Number.isFinite(deltaY) || deltaY === 0) return null;
    if (now - this.lastAt > WHEEL_IDLE_MS || Math.sign(deltaY) !== Math.sign(this.acc)) this.acc = 0;
    this.lastAt = now;
    this.acc += deltaMode === 0 ? deltaY : Math.sign(deltaY) * PIXELS_PER_STEP;
    if (Math.abs(this.acc) < PIXELS_PER_STEP) return null;
    const code = this.acc < 0 ? 'WheelUp' : 'WheelDown';
    this.acc = 0;
    return code;
  }
}
