// Whether El may pull the trigger at a target: the bullet reaches it (no wall, no distant cover),
// and nobody on his side (an ally, the boy, a bystander) stands in the cone his rounds may fly in,
// all the way to the end of the round's range (a miss flies on; the Wildey passes through a man).
import {
  cosA, newTraceHit, sinA, TraceMode, traceSegment, WEAPONS, type Actor, type WeaponId, type World,
} from '../../../sim';

/** Radians per angle unit (4096 to the turn). */
const RAD_PER_UNIT = 6.283185307179586 / 4096;
/** Pixels kept clear of a friend's body on top of the spread. */
const MARGIN = 4;
/** The muzzle sits this far ahead of El's centre (arsenal.ts). */
const MUZZLE_AHEAD = 9;

const scratch = newTraceHit();

/** Where El would shoot from: only his centre matters here (a spot he might step to will do). */
export interface Muzzle {
  readonly x: number;
  readonly y: number;
}

/** Someone El must never hit: anyone not an enemy, but El himself. */
export function isFriend(a: Actor): boolean {
  return a.team !== 'enemy' && a.team !== 'player';
}

/** Half-width of the weapon's spread, as a slope (small angles). */
export function spreadSlope(weapon: WeaponId): number {
  return WEAPONS[weapon].spread * RAD_PER_UNIT;
}

/** Whether a round from El's muzzle toward (tx, ty) gets there (walls, doors, distant cover). */
export function bulletReaches(world: World, me: Muzzle, tx: number, ty: number): boolean {
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
export function friendInLine(world: World, me: Muzzle, tx: number, ty: number, weapon: WeaponId): Actor | null {
  const dx = tx - me.x;
  const dy = ty - me.y;
  const len = Math.sqrt(dx * dx + dy * dy);
  if (len < 1e-6) return null;
  const ux = dx / len;
  const uy = dy / len;
  const def = WEAPONS[weapon];
  const slope = spreadSlope(weapon) + 0.02;
  // A miss flies on to the end of its range (the boy across the street is not safe behind a man).
  const reach = def.range;
  const actors = world.actors;
  for (let i = 0; i < actors.length; i++) {
    const b = actors[i]!;
    if (!b.alive || !isFriend(b)) continue;
    const bx = b.x - me.x;
    const by = b.y - me.y;
    const along = bx * ux + by * uy;
    if (along < -b.radius || along > reach) continue;
    const off = Math.abs(bx * uy - by * ux);
    if (off > b.radius + MARGIN + Math.max(0, along) * slope) continue;
    // A wall (or low cover beyond the graze distance) shields him only if it stands both on the
    // line of fire short of him and between the muzzle and his body (a corner clipped by one line
    // but not the other shields nobody). Judged from the muzzle, as the sim does.
    const mx = me.x + ux * MUZZLE_AHEAD;
    const my = me.y + uy * MUZZLE_AHEAD;
    if (along > MUZZLE_AHEAD + b.radius &&
      traceSegment(world, mx, my, me.x + ux * (along - b.radius), me.y + uy * (along - b.radius), TraceMode.Bullet, mx, my, scratch).t < 1 &&
      traceSegment(world, mx, my, b.x, b.y, TraceMode.Bullet, mx, my, scratch).t < 1) continue;
    return b;
  }
  return null;
}

/** Whether a shot at (tx, ty) with `weapon` reaches it and endangers nobody on El's side. */
export function clearShot(world: World, me: Muzzle, tx: number, ty: number, weapon: WeaponId): boolean {
  return bulletReaches(world, me, tx, ty) && friendInLine(world, me, tx, ty, weapon) === null;
}

/** Whether firing along `aim` at a target at (tx, ty) is safe: it reaches him and spares every friend. */
export function clearShotAlong(world: World, me: Muzzle, tx: number, ty: number, aim: number, weapon: WeaponId): boolean {
  return bulletReaches(world, me, tx, ty) && sparesFriends(world, me, tx, ty, aim, weapon);
}

/** Whether firing along `aim` at a target at (tx, ty) spares every friend (whether it reaches him aside). */
export function sparesFriends(world: World, me: Muzzle, tx: number, ty: number, aim: number, weapon: WeaponId): boolean {
  const d = Math.max(1, Math.sqrt((tx - me.x) ** 2 + (ty - me.y) ** 2));
  return friendInLine(world, me, me.x + cosA(aim) * d, me.y + sinA(aim) * d, weapon) === null && friendInLine(world, me, tx, ty, weapon) === null;
}
