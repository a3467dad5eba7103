// How smoke looks, shared by the game's hazard view and the headless frame renderer: which cells
// show puffs, where each cell's two puffs bob (north, as the sim drifts smoke) and how big and
// opaque they are for the cell's density.

/** Smoke below this density is not drawn; the darkest puff is this opaque. */
export const SMOKE_MIN = 10;
export const SMOKE_MAX_ALPHA = 0.78;
export const SMOKE_COLOUR = 0x2a2329;
/** Standing in thick smoke darkens the whole view this much. */
export const HAZE_MAX = 0.45;
/** Width of the smoke puff sprite (smoke2), to scale it to a puff's diameter. */
export const PUFF_PX = 12;

export interface SmokePuff {
  x: number;
  y: number;
  /** Sprite scale (the puff's diameter over PUFF_PX). */
  scale: number;
  alpha: number;
}

/**
 * Fills `out` (two puffs) for cell (tx, ty) of `tile`-px cells with density `v` (SMOKE_MIN..255)
 * at `now` ms: each cell on its own phase.
 */
export function smokePuffs(tx: number, ty: number, v: number, now: number, tile: number, out: readonly [SmokePuff, SmokePuff]): void {
  const seed = tx * 13 + ty * 7;
  const t = now / 900 + seed;
  const x = (tx + 0.5) * tile + Math.sin(t) * 3;
  const y = (ty + 0.5) * tile + Math.cos(t * 0.7) * 2 - ((now / 60 + seed * 5) % 8);
  const k = v / 255;
  const [big, small] = out;
  big.x = x;
  big.y = y;
  big.scale = (14 + k * 12) / PUFF_PX;
  big.alpha = k * SMOKE_MAX_ALPHA * 0.6;
  small.x = x + 4;
  small.y = y - 3;
  small.scale = (10 + k * 10) / PUFF_PX;
  small.alpha = k * SMOKE_MAX_ALPHA * 0.4;
}

/** Two puffs to fill again and again (no allocation per cell per frame). */
export function newSmokePuffs(): [SmokePuff, SmokePuff] {
  return [{ x: 0, y: 0, scale: 0, alpha: 0 }, { x: 0, y: 0, scale: 0, alpha: 0 }];
}
