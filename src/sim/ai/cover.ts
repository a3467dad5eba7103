// Picking low cover: a floor cell beside a table or counter such that the table stops the
// target's bullets toward it, while a shooter standing there can still fire over it.
import { Cell } from '../level-data';
import { TILE } from '../grid';
import { newTraceHit, segmentClear, traceSegment, TraceMode } from '../trace';
import type { Actor, World } from '../world';
import { AiMode, type AiState } from './ai-state';

/** Cells searched around the actor, in each direction. */
const SEARCH_CELLS = 6;
/** Never take cover closer to the target than this. */
const MIN_TARGET_DIST = 48;
/** Preferred distance to the target; spots far off it score worse. */
const IDEAL_TARGET_DIST = 120;
const MUZZLE_AHEAD = 9;

const hit = newTraceHit();

function isCover(world: World, tx: number, ty: number): boolean {
  const { width, height } = world.level;
  if (tx < 0 || ty < 0 || tx >= width || ty >= height) return false;
  return world.cells[ty * width + tx] === Cell.Cover;
}

/** Whether a spot at (px, py) is shielded by low cover from a shooter at (tx, ty) and can fire back over it. */
export function coverProtects(world: World, px: number, py: number, tx: number, ty: number): boolean {
  traceSegment(world, tx, ty, px, py, TraceMode.Bullet, tx, ty, hit);
  if (hit.t >= 1 || hit.cell !== Cell.Cover) return false;
  const dx = tx - px;
  const dy = ty - py;
  const d = Math.sqrt(dx * dx + dy * dy);
  const mx = px + (dx / d) * MUZZLE_AHEAD;
  const my = py + (dy / d) * MUZZLE_AHEAD;
  return segmentClear(world, mx, my, tx, ty, TraceMode.Bullet, mx, my);
}

/**
 * Looks for cover near `a` against a shooter at (tx, ty), within `range` of him. On success writes
 * the spot (a cell centre) to ai.coverX/coverY and returns true.
 */
export function findCover(world: World, a: Actor, ai: AiState, tx: number, ty: number, range: number): boolean {
  const { width, height } = world.level;
  const ax = Math.floor(a.x / TILE);
  const ay = Math.floor(a.y / TILE);
  let best = Infinity;
  let bx = 0;
  let by = 0;
  for (let y = ay - SEARCH_CELLS; y <= ay + SEARCH_CELLS; y++) {
    if (y < 0 || y >= height) continue;
    for (let x = ax - SEARCH_CELLS; x <= ax + SEARCH_CELLS; x++) {
      if (x < 0 || x >= width || world.cells[y * width + x] !== Cell.Floor) continue;
      if (!isCover(world, x + 1, y) && !isCover(world, x - 1, y) && !isCover(world, x, y + 1) && !isCover(world, x, y - 1)) continue;
      const px = (x + 0.5) * TILE;
      const py = (y + 0.5) * TILE;
      const tdx = tx - px;
      const tdy = ty - py;
      const dt2 = tdx * tdx + tdy * tdy;
      if (dt2 < MIN_TARGET_DIST * MIN_TARGET_DIST || dt2 > range * range) continue;
      const adx = px - a.x;
      const ady = py - a.y;
      const dt = Math.sqrt(dt2);
      const score = Math.sqrt(adx * adx + ady * ady) + (dt > IDEAL_TARGET_DIST ? dt - IDEAL_TARGET_DIST : IDEAL_TARGET_DIST - dt) * 0.3;
      if (score >= best || takenByAlly(world, a, px, py)) continue;
      if (!coverProtects(world, px, py, tx, ty)) continue;
      best = score;
      bx = px;
      by = py;
    }
  }
  if (best === Infinity) return false;
  ai.coverX = bx;
  ai.coverY = by;
  return true;
}

function takenByAlly(world: World, a: Actor, px: number, py: number): boolean {
  const list = world.actors;
  for (let i = 0; i < list.length; i++) {
    const b = list[i]!;
    if (b === a || !b.alive || !b.ai || b.ai.mode !== AiMode.Cover) continue;
    const dx = b.ai.coverX - px;
    const dy = b.ai.coverY - py;
    if (dx * dx + dy * dy < 1) return true;
  }
  return false;
}
