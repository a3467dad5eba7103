// Eyes and ears: the sight cone with line of sight, spotting bodies, and how far a noise carries
// through walls.
import { cosA, sinA } from '../math';
import { newTraceRay, rayClear, sightRay, TraceMode, wallsCrossed } from '../trace';
import type { Actor, World } from '../world';

/** Sight checks run every SIGHT_PERIOD ticks (every ENGAGED_SIGHT_PERIOD while alert), staggered by id. */
const SIGHT_PERIOD = 4;
const ENGAGED_SIGHT_PERIOD = 2;
/** Anyone this close (with a clear line) is noticed whatever the facing: a body brushing past. */
export const NEAR_SENSE = 24;
/** Each wall (or closed door) cell between a noise and a listener adds this many pixels of distance. */
export const WALL_DAMPING = 90;

/** The segment every query here traces (rewritten in full before each trace). */
const ray = newTraceRay();

/** Whether this actor looks around this tick (spreads the sight checks of many actors over ticks). */
export function sightDue(world: World, a: Actor, alert: boolean): boolean {
  const mask = (alert ? ENGAGED_SIGHT_PERIOD : SIGHT_PERIOD) - 1;
  return ((world.tick + a.id) & mask) === 0;
}

/**
 * Whether `a` sees the point `p` (an actor, usually): within `range`, inside the cone of half-angle
 * `halfAngle` around its facing (halfAngle < 0: all around), and nothing blocking eyes in between.
 * The point comes as an object, not two doubles, so asking allocates nothing.
 */
export function canSee(world: World, a: Actor, p: { readonly x: number; readonly y: number }, range: number, halfAngle: number): boolean {
  const dx = p.x - a.x;
  const dy = p.y - a.y;
  const d2 = dx * dx + dy * dy;
  if (d2 > range * range) return false;
  if (halfAngle >= 0 && d2 > NEAR_SENSE * NEAR_SENSE) {
    // In the cone when cos(angle to target) >= cos(halfAngle): compare dot products, no trig.
    const dot = dx * cosA(a.aim) + dy * sinA(a.aim);
    const limit = cosA(halfAngle) * Math.sqrt(d2);
    if (dot < limit) return false;
  }
  return eyeLineClear(world, a, p);
}

/** Whether nothing blocks `a`'s eyes on the way to `p`: walls, closed doors, and thick smoke too. */
export function eyeLineClear(world: World, a: Actor, p: { readonly x: number; readonly y: number }): boolean {
  return rayClear(world, sightRay(ray, a, p), TraceMode.Eyes);
}

/** A corpse in sight that died after `sinceTick` (its index in world.actors), or -1. */
export function spotBody(world: World, a: Actor, range: number, halfAngle: number, sinceTick: number): number {
  const list = world.actors;
  for (let i = 0; i < list.length; i++) {
    const b = list[i]!;
    // The living (diedTick -1) and bodies already seen fail the first test.
    if (b.diedTick <= sinceTick || b.alive || b.team === 'player' || b === a) continue;
    if (canSee(world, a, b, range, halfAngle)) return i;
  }
  return -1;
}

/**
 * How far a noise at (x, y) effectively is from the listener: the straight distance plus
 * WALL_DAMPING for every wall or closed door cell in between. Past `limit` the exact figure does
 * not matter: the walk stops at the first wall that takes it beyond (the result is then > limit).
 */
export function noiseDistance(world: World, x: number, y: number, lx: number, ly: number, limit: number): number {
  const dx = lx - x;
  const dy = ly - y;
  const d = Math.sqrt(dx * dx + dy * dy);
  if (d > limit) return d;
  // The fewest walls that put the noise beyond the limit, settled on the very sum returned below
  // (so rounding can never flip the caller's comparison).
  let maxWalls = Math.floor((limit - d) / WALL_DAMPING) + 1;
  while (maxWalls > 1 && d + (maxWalls - 1) * WALL_DAMPING > limit) maxWalls--;
  while (!(d + maxWalls * WALL_DAMPING > limit)) maxWalls++;
  ray.x0 = x;
  ray.y0 = y;
  ray.x1 = lx;
  ray.y1 = ly;
  ray.fromX = x;
  ray.fromY = y;
  return d + wallsCrossed(world, ray, maxWalls) * WALL_DAMPING;
}
