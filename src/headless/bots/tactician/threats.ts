// What is about to hit El, in world ticks (bullet time slows the world, not El): a round or knife
// on course for him, Navajas's raised arm aimed his way, the car bearing down.
import {
  cosA, FAN_FAR, FAN_NEAR, FAN_STEP, FAN_WIDE_FROM, newTraceRay, rayClear, roundRay, sinA, TraceMode, WEAPONS, type Actor,
  type World,
} from '../../../sim';
import { drivingCar } from './hazards';

export interface Incoming {
  /** Unit direction the danger travels in. */
  readonly dx: number;
  readonly dy: number;
  /** World ticks until it is closest to El. */
  readonly ticks: number;
  /** Closest approach to El's centre, in pixels. */
  readonly miss: number;
}

/** The segment traced (rewritten in full before each trace: no doubles boxed as arguments). */
const ray = newTraceRay();
/** Radians per angle unit (4096 to the turn). */
const RAD_PER_UNIT = 6.283185307179586 / 4096;
/** Pixels kept between El and the nearest blade. */
const KNIFE_MARGIN = 6;

/**
 * The soonest round (anyone's but El's) that passes within `within` pixels of El in the next
 * `horizon` world ticks (`knifeHorizon` for Navajas's slow blades, so the dive is timed for their
 * arrival) and that no wall or low cover stops first; null if none.
 */
export function incomingRound(world: World, me: Actor, horizon: number, within: number, knifeHorizon = horizon): Incoming | null {
  let best: Incoming | null = null;
  const h0 = horizon;
  const bullets = world.bullets;
  for (let i = 0; i < bullets.length; i++) {
    const b = bullets[i]!;
    if (!b.alive || b.owner === me.id) continue;
    horizon = b.weapon === 'knife' ? knifeHorizon : h0;
    const rx = me.x - b.x;
    const ry = me.y - b.y;
    const vv = b.vx * b.vx + b.vy * b.vy;
    if (vv < 1e-9) continue;
    const closing = rx * b.vx + ry * b.vy;
    if (closing <= 0) continue;
    const t = Math.min(horizon, closing / vv);
    // Out of reach before it gets here.
    if (b.travelled + t * Math.sqrt(vv) > b.range + me.radius) continue;
    const mx = rx - b.vx * t;
    const my = ry - b.vy * t;
    const miss = Math.sqrt(mx * mx + my * my);
    if (miss >= within) continue;
    if (t >= horizon && closing / vv > horizon) continue;
    if (!rayClear(world, roundRay(ray, b, me), TraceMode.Bullet)) continue;
    if (!best || t < best.ticks) {
      const v = Math.sqrt(vv);
      best = { dx: b.vx / v, dy: b.vy / v, ticks: t, miss };
    }
  }
  return best;
}

export interface Windup {
  readonly thrower: Actor;
  /** World ticks until the knives leave his hand. */
  readonly left: number;
  /** Unit direction of the throw (locked when the arm went up). */
  readonly dx: number;
  readonly dy: number;
  /** How far along the throw El stands, and how far off its line, in pixels. */
  readonly along: number;
  readonly off: number;
  /** Half-width of the fan where it reaches El, body and a margin included. */
  readonly halfWidth: number;
  /** World ticks from now until the blades reach El's distance. */
  readonly arrives: number;
  /** Which side of the throw's line El is on (+1 / -1), in diveAcross's terms. */
  readonly side: number;
}

/** Navajas with his arm up and El inside (or at the edge of) the fan he will throw; null if none. */
export function knifeWindup(world: World, me: Actor): Windup | null {
  const actors = world.actors;
  for (let i = 0; i < actors.length; i++) {
    const a = actors[i]!;
    const ai = a.ai;
    if (!a.alive || !ai || ai.windupLeft <= 0) continue;
    const ux = cosA(ai.windupAngle);
    const uy = sinA(ai.windupAngle);
    const rx = me.x - a.x;
    const ry = me.y - a.y;
    const along = rx * ux + ry * uy;
    if (along < 0) continue;
    const cross = rx * -uy + ry * ux;
    const off = Math.abs(cross);
    // The fan he throws at El's distance (navajas.ts): its outer blades' angle as a slope.
    const count = along > FAN_WIDE_FROM ? FAN_FAR : FAN_NEAR;
    const slope = ((count - 1) / 2) * FAN_STEP * RAD_PER_UNIT;
    const halfWidth = along * slope + me.radius + KNIFE_MARGIN;
    if (off > halfWidth + KNIFE_MARGIN) continue;
    return {
      thrower: a, left: ai.windupLeft, dx: ux, dy: uy, along, off, halfWidth,
      arrives: ai.windupLeft + Math.max(0, along - 8) / WEAPONS.knife.bulletSpeed,
      side: cross >= 0 ? 1 : -1,
    };
  }
  return null;
}

/**
 * The car on a course that meets El within `horizon` world ticks (El standing where he is), with
 * the car's heading as the direction; null if it will pass clear or none is driving.
 */
export function carComing(world: World, me: Actor, horizon: number): Incoming | null {
  const car = drivingCar(world);
  if (!car || !car.ai) return null;
  const speed = car.ai.driveSpeed;
  const hx = cosA(car.aim);
  const hy = sinA(car.aim);
  const rx = me.x - car.x;
  const ry = me.y - car.y;
  const along = rx * hx + ry * hy;
  const reach = car.radius + me.radius + 6;
  const d2 = rx * rx + ry * ry;
  if (d2 < reach * reach) return { dx: hx, dy: hy, ticks: 0, miss: Math.sqrt(d2) };
  if (along <= 0) return null;
  const off = Math.abs(rx * hy - ry * hx);
  // It turns toward its target as it comes: allow for a closing swerve.
  if (off > reach + 10) return null;
  const ticks = Math.max(0, along - reach) / Math.max(speed, 0.5);
  if (ticks > horizon) return null;
  return { dx: hx, dy: hy, ticks, miss: off };
}

/** A rocket's blast radius, for keeping clear of Quino's fire. */
export const ROCKET_BLAST = WEAPONS.quinoCase.blastRadius ?? 0;
