// Whether El may pull the trigger at a target: the bullet reaches it (no wall, no distant cover),
// and nobody on his side (an ally, the boy, a bystander) stands in the cone his rounds may fly in,
// all the way to the end of the round's range (a miss flies on; the Wildey passes through a man).
import {
  cosA, newTraceRay, rayClear, sinA, TraceMode, WEAPONS, type Actor, type WeaponId, type World,
} from '../../../sim';

/** Radians per angle unit (4096 to the turn). */
const RAD_PER_UNIT = 6.283185307179586 / 4096;
/** Pixels kept clear of a friend's body on top of the spread. */
const MARGIN = 4;
/** The muzzle sits this far ahead of El's centre (arsenal.ts). */
const MUZZLE_AHEAD = 9;

/** The segment traced next (every trace here rewrites all of it first). */
const ray = newTraceRay();

/**
 * A point on the map. Points travel as objects (an actor, a spot) rather than as two doubles: V8
 * boxes doubles passed to a call it does not inline, an allocation per call.
 */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/**
 * A point of one fixed shape. The functions below read their shooter (and friendInLine its target
 * point) as a Spot: a property read from objects of different shapes (an Actor one call, a plain
 * point the next) merges into a boxed number, an allocation per read.
 */
export class Spot {
  x = 0.5;
  y = 0.5;
}

/** Where El would shoot from: only his centre matters here (a spot he might step to will do). */
export type Muzzle = Spot;

/** The Spot shooterSpot() returns (rewritten by each call). */
const shooter = new Spot();
/** Target points this module hands to friendInLine (each rewritten in full before use). */
const aimPoint = new Spot();
const targetPoint = new Spot();

/** An actor's position as this module's shooter Spot (rewritten by the next call): pass it as `me`. */
export function shooterSpot(a: Actor): Spot {
  shooter.x = a.x;
  shooter.y = a.y;
  return shooter;
}

/** Someone El must never hit: anyone not an enemy, but El himself. */
export function isFriend(a: Actor): boolean {
  return a.team !== 'enemy' && a.team !== 'player';
}

/**
 * The living friends (isFriend) of a world as it stands, in world.actors order. A bot fills one at
 * the start of an act and hands it to every line-of-fire question, which then looks at a few
 * bodies instead of every one. Entries past `count` are left over from earlier fills.
 */
export class Friends {
  readonly men: Actor[] = [];
  count = 0;

  /** Lists the living friends of `world` now; returns this list. */
  fill(world: World): Friends {
    const men = this.men;
    const actors = world.actors;
    let count = 0;
    for (let i = 0; i < actors.length; i++) {
      const a = actors[i]!;
      if (a.alive && isFriend(a)) men[count++] = a;
    }
    this.count = count;
    return this;
  }
}

/** For callers that bring no list: filled afresh by each such call (nothing is kept). */
const ownFriends = new Friends();

/** Half-width of the weapon's spread, as a slope (small angles). */
export function spreadSlope(weapon: WeaponId): number {
  return WEAPONS[weapon].spread * RAD_PER_UNIT;
}

/** Whether a round from El's muzzle toward `t` gets there (walls, doors, distant cover). */
export function bulletReaches(world: World, me: Muzzle, t: Point): boolean {
  const tx = t.x;
  const ty = t.y;
  const dx = tx - me.x;
  const dy = ty - me.y;
  const d = Math.sqrt(dx * dx + dy * dy);
  if (d < 1e-6) return true;
  const mx = me.x + (dx / d) * MUZZLE_AHEAD;
  const my = me.y + (dy / d) * MUZZLE_AHEAD;
  // Fired from beyond the target's centre (point blank): only the wall check from El matters.
  const fromX = d <= MUZZLE_AHEAD ? me.x : mx;
  const fromY = d <= MUZZLE_AHEAD ? me.y : my;
  ray.x0 = fromX;
  ray.y0 = fromY;
  ray.x1 = tx;
  ray.y1 = ty;
  ray.fromX = fromX;
  ray.fromY = fromY;
  return rayClear(world, ray, TraceMode.Bullet);
}

/**
 * The friend nearest the line of fire from El toward `t` with `weapon`, if one is inside the
 * danger cone; null when the shot is safe for everyone on his side.
 */
export function friendInLine(world: World, me: Muzzle, t: Spot, weapon: WeaponId, friends: Friends = ownFriends.fill(world)): Actor | null {
  const dx = t.x - me.x;
  const dy = t.y - me.y;
  const len = Math.sqrt(dx * dx + dy * dy);
  if (len < 1e-6) return null;
  const ux = dx / len;
  const uy = dy / len;
  const def = WEAPONS[weapon];
  const slope = spreadSlope(weapon) + 0.02;
  // A miss flies on to the end of its range (the boy across the street is not safe behind a man).
  const reach = def.range;
  const men = friends.men;
  for (let i = 0; i < friends.count; i++) {
    const b = men[i]!;
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
    // The ray's fields are written here, not passed: double arguments to a call V8 does not
    // inline are boxed, an allocation each.
    if (along > MUZZLE_AHEAD + b.radius) {
      ray.x0 = mx;
      ray.y0 = my;
      ray.fromX = mx;
      ray.fromY = my;
      ray.x1 = me.x + ux * (along - b.radius);
      ray.y1 = me.y + uy * (along - b.radius);
      if (!rayClear(world, ray, TraceMode.Bullet)) {
        ray.x1 = b.x;
        ray.y1 = b.y;
        if (!rayClear(world, ray, TraceMode.Bullet)) continue;
      }
    }
    return b;
  }
  return null;
}

/** Whether a shot at `t` with `weapon` reaches it and endangers nobody on El's side. */
export function clearShot(world: World, me: Muzzle, t: Point, weapon: WeaponId, friends: Friends | null = null): boolean {
  if (!bulletReaches(world, me, t)) return false;
  targetPoint.x = t.x;
  targetPoint.y = t.y;
  return friendInLine(world, me, targetPoint, weapon, friends ?? ownFriends.fill(world)) === null;
}

/** Whether firing along `aim` at a target at `t` is safe: it reaches him and spares every friend. */
export function clearShotAlong(world: World, me: Muzzle, t: Point, aim: number, weapon: WeaponId): boolean {
  return bulletReaches(world, me, t) && sparesFriends(world, me, t, aim, weapon);
}

/** Whether firing along `aim` at a target at `t` spares every friend (whether it reaches him aside). */
export function sparesFriends(world: World, me: Muzzle, t: Point, aim: number, weapon: WeaponId, friends: Friends = ownFriends.fill(world)): boolean {
  const d = Math.max(1, Math.sqrt((t.x - me.x) ** 2 + (t.y - me.y) ** 2));
  aimPoint.x = me.x + cosA(aim) * d;
  aimPoint.y = me.y + sinA(aim) * d;
  if (friendInLine(world, me, aimPoint, weapon, friends) !== null) return false;
  targetPoint.x = t.x;
  targetPoint.y = t.y;
  return friendInLine(world, me, targetPoint, weapon, friends) === null;
}
