// Whether El may pull the trigger at a target: the bullet reaches it (no wall, no distant cover),
// and nobody on his side (an ally, the boy, a bystander) stands in the cone his rounds may fly in,
// as far as a miss carries on — or, for the piercing Wildey, as far as the round goes.
import { newTraceHit, traceSegment, TraceMode } from '../../../sim/trace';
import { WEAPONS, type WeaponId } from '../../../sim/weapons';
import type { Actor, World } from '../../../sim/world';

/** Radians per angle unit (4096 to the turn). */
const RAD_PER_UNIT = 6.283185307179586 / 4096;
/** Pixels kept clear of a friend's body on top of the spread. */
const MARGIN = 4;
/** How far past the target a miss is still feared. */
const OVERSHOOT = 160;
/** The muzzle sits this far ahead of El's centre (arsenal.ts). */
const MUZZLE_AHEAD = 9;

const scratch = newTraceHit();

/** Someone El must never hit: anyone not an enemy, but El himself. */
export function isFriend(a: Actor): boolean {
  return a.team !== 'enemy' && a.team !== 'player';
}

/** Half-width of the weapon's spread, as a slope (small angles). */
export function spreadSlope(weapon: WeaponId): number {
  return WEAPONS[weapon].spread * RAD_PER_UNIT;
}

/** Whether a round from El's muzzle toward (tx, ty) gets there (walls, doors, distant cover). */
export function bulletReaches(world: World, me: Actor, tx: number, ty: number): boolean {
  const dx = tx - me.x;
  const dy = ty - me.y;
  const d = Math.sqrt(dx * dx + dy * dy);
  if (d < 1e-6) return true;
  const mx = me.x + (dx / d) * MUZZLE_AHEAD;
  const my = me.y + (dy / d) * MUZZLE_AHEAD;
  // Fired from beyond the target's centre (point blank): only the wall check from El matters.
  if (d <= MUZZLE_AHEAD) return traceSegment(world, me.x, me.y, tx, ty, TraceMode.Bullet, me.x, me.y, scratch).t >= 1;
  return traceSegment(world, mx, my, tx, ty, TraceMode.Bullet, mx, my, scratch).t >= 1;
}

/**
 * The friend nearest the line of fire from El toward (tx, ty) with `weapon`, if one is inside the
 * danger cone; null when the shot is safe for everyone on his side.
 */
export function friendInLine(world: World, me: Actor, tx: number, ty: number, weapon: WeaponId): Actor | null {
  const dx = tx - me.x;
  const dy = ty - me.y;
  const len = Math.sqrt(dx * dx + dy * dy);
  if (len < 1e-6) return null;
  const ux = dx / len;
  const uy = dy / len;
  const def = WEAPONS[weapon];
  const slope = spreadSlope(weapon) + 0.02;
  const reach = def.pierce ? def.range : Math.min(def.range, len + OVERSHOOT);
  for (const b of world.actors) {
    if (!b.alive || !isFriend(b)) continue;
    const bx = b.x - me.x;
    const by = b.y - me.y;
    const along = bx * ux + by * uy;
    if (along < -b.radius || along > reach) continue;
    const off = Math.abs(bx * uy - by * ux);
    if (off > b.radius + MARGIN + Math.max(0, along) * slope) continue;
    // A wall between El and the friend shields him.
    if (traceSegment(world, me.x, me.y, b.x, b.y, TraceMode.Bullet, me.x, me.y, scratch).t < 1) continue;
    return b;
  }
  return null;
}

/** Whether a shot at `target` with `weapon` reaches it and endangers nobody on El's side. */
export function clearShot(world: World, me: Actor, tx: number, ty: number, weapon: WeaponId): boolean {
  return bulletReaches(world, me, tx, ty) && friendInLine(world, me, tx, ty, weapon) === null;
}
