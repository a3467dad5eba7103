// Where a round starts and which way it flies. A gun's muzzle sits ahead of the body (and for two
// guns, beside each hand); the sleeve pistols' two rounds converge on the aim point, so what is
// under the crosshair is what gets hit. A muzzle must never start a round inside or behind a wall
// next to the shooter: then the round starts from the body's centre, along the centre line.
import { angleOf, cosA, sinA } from './math';
import { newTraceHit, traceSegment, TraceMode } from './trace';
import type { Actor, World } from './world';

/** The muzzle sits this far ahead of the body centre... */
export const MUZZLE_AHEAD = 9;
/** ...and, for two guns, this far to the side of each hand. */
export const HAND_OFFSET = 4;
/** The nearest aim point the two guns converge on: nearer, they would cross within arm's reach. */
const MIN_CONVERGE = 24;

export interface ShotLine {
  x: number;
  y: number;
  angle: number;
}

const scratch = newTraceHit();

/**
 * Whether nothing but open floor or low cover lies between the shooter's centre and (x, y): no wall
 * or closed door for a muzzle to sit in or behind (smoke is no wall, so not Eyes mode).
 */
export function muzzleClear(world: World, a: Actor, x: number, y: number): boolean {
  return traceSegment(world, a.x, a.y, x, y, TraceMode.Sight, a.x, a.y, scratch).t >= 1;
}

/** Whether the round from (x, y) toward (tx, ty) reaches it. */
function reaches(world: World, x: number, y: number, tx: number, ty: number): boolean {
  return traceSegment(world, x, y, tx, ty, TraceMode.Bullet, x, y, scratch).t >= 1;
}

/**
 * The round of hand `side` (-1 left, 0 a single gun, +1 right) toward the aim point `dist` px
 * ahead of `a` along its aim. A hand's round starts at its muzzle and flies to the aim point,
 * unless the muzzle is in a wall, or a corner near the shooter blocks the hand's line where the
 * centre line is clear: then it starts at the centre and flies along the aim. Writes `out`.
 */
export function shotLine(world: World, a: Actor, side: number, dist: number, out: ShotLine): ShotLine {
  const fx = cosA(a.aim);
  const fy = sinA(a.aim);
  const mx = a.x + fx * MUZZLE_AHEAD - fy * HAND_OFFSET * side;
  const my = a.y + fy * MUZZLE_AHEAD + fx * HAND_OFFSET * side;
  out.x = a.x;
  out.y = a.y;
  out.angle = a.aim;
  if (!muzzleClear(world, a, mx, my)) return out;
  if (side === 0) {
    out.x = mx;
    out.y = my;
    return out;
  }
  const d = dist < MIN_CONVERGE ? MIN_CONVERGE : dist;
  const px = a.x + fx * d;
  const py = a.y + fy * d;
  if (!reaches(world, mx, my, px, py) && reaches(world, a.x, a.y, px, py)) return out;
  out.x = mx;
  out.y = my;
  out.angle = angleOf(px - mx, py - my);
  return out;
}
