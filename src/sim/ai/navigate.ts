// Walking somewhere: plan a route (occasionally), steer toward the next cell centre, notice when
// stuck. Also the small helpers every behaviour uses to move and turn.
import { TILE } from '../grid';
import { angleDiff, angleOf, cosA, QUARTER_TURN, sinA, wrapAngle } from '../math';
import { moveByVelocity } from '../movement';
import type { Actor, World } from '../world';
import type { AiState } from './ai-state';
import { DoorPass, findPath, passable, PathResult } from './pathfind';

export const enum Nav {
  Moving = 0,
  Arrived = 1,
  /** The goal cannot be reached (closest point reached, or stuck too long). */
  Failed = 2,
}

/**
 * Ticks between route re-plans toward an unchanged goal (plus a per-actor stagger): only a safety
 * net, since a walker knocked off its route or stuck re-plans by itself, and doors that open only
 * shorten routes.
 */
const REPATH_TICKS = 240;
/** A goal that keeps moving (a chase after gunfire) is re-planned at most this often. */
const MIN_REPLAN_TICKS = 20;
/** A goal that moved this many cells or fewer keeps the current route until its end. */
const GOAL_SLACK = 2;
/** A waypoint (cell centre) counts as passed within this many pixels. */
const WAYPOINT_RADIUS = 4;
/** The final point counts as reached within this many pixels. */
const ARRIVE_RADIUS = 2;
/** Ticks of barely moving before re-planning, and before giving up on the goal. */
const STUCK_REPLAN = 15;
const STUCK_GIVE_UP = 60;

/** Who may open which doors: alerted henchmen every door, calm ones none, civilians ordinary ones. */
export function doorPassOf(a: Actor): DoorPass {
  if (a.team === 'enemy') return a.ai !== null && !a.ai.calm ? DoorPass.All : DoorPass.None;
  return DoorPass.Visible;
}

/** Turns the actor's facing toward `want` by at most `rate` angle units. */
export function turnToward(a: Actor, want: number, rate: number): void {
  const d = angleDiff(a.aim, want);
  if (d <= rate && d >= -rate) a.aim = wrapAngle(want);
  else a.aim = wrapAngle(a.aim + (d > 0 ? rate : -rate));
}

/** tan of the angle within which a facing already counts as pointing along a direction (about 1 degree). */
const ALIGNED_TAN = 0.02;

/** Whether the actor faces within atan(tanTol) of the direction (dx, dy) (no trig: dot and cross). */
export function facingWithin(a: Actor, dx: number, dy: number, tanTol: number): boolean {
  const c = cosA(a.aim);
  const s = sinA(a.aim);
  const dot = c * dx + s * dy;
  const cross = c * dy - s * dx;
  return dot > 0 && (cross < 0 ? -cross : cross) <= dot * tanTol;
}

/**
 * Units beyond `rate` a direction must lie from the facing before a turn toward it skips angleOf:
 * angleOf rounds to the nearest unit, so such a direction's angle differs by more than `rate` for sure.
 */
const TURN_MARGIN = 2;

/**
 * Turns toward the direction (dx, dy) by at most `rate`, exactly as turnToward(a, angleOf(dx, dy),
 * rate) would; skips the angle maths when already facing it, and when the direction lies clearly
 * more than `rate` (plus TURN_MARGIN) to one side and clearly not behind: then only the side matters,
 * and the signs of sin(delta -+ margin angle) (from the dot and cross products) give it.
 */
export function turnTowardVec(a: Actor, dx: number, dy: number, rate: number): void {
  if (dx === 0 && dy === 0) return;
  const c = cosA(a.aim);
  const s = sinA(a.aim);
  const dot = c * dx + s * dy;
  const cross = c * dy - s * dx;
  if (dot > 0 && (cross < 0 ? -cross : cross) <= dot * ALIGNED_TAN) return;
  const m = rate + TURN_MARGIN;
  if (m < QUARTER_TURN) {
    const cm = cosA(m);
    const sm = sinA(m);
    const past = cross * cm - dot * sm;
    const short = cross * cm + dot * sm;
    if (past > 0 && short > 0) {
      a.aim = wrapAngle(a.aim + rate);
      return;
    }
    if (past < 0 && short < 0) {
      a.aim = wrapAngle(a.aim - rate);
      return;
    }
  }
  turnToward(a, angleOf(dx, dy), rate);
}

/** Moves straight by up to `speed` toward (tx, ty); records the velocity. True if walls cut the move short. */
export function stepToward(world: World, a: Actor, tx: number, ty: number, speed: number): boolean {
  const dx = tx - a.x;
  const dy = ty - a.y;
  const d2 = dx * dx + dy * dy;
  if (d2 < 1e-9) return false;
  const d = Math.sqrt(d2);
  const s = speed < d ? speed : d;
  return stepBy(world, a, (dx / d) * s, (dy / d) * s);
}

/** Moves by (dx, dy) with collision and records the velocity for drawing and aim error. */
export function stepBy(world: World, a: Actor, dx: number, dy: number): boolean {
  a.vx = dx;
  a.vy = dy;
  return moveByVelocity(world, a);
}

/** Plans a route toward the goal in `order` (an object: doubles as arguments would be boxed). */
function plan(world: World, a: Actor, ai: AiState, order: WalkOrder, goalCell: number): void {
  const gx = order.gx;
  const gy = order.gy;
  const w = world.level.width;
  const doors = doorPassOf(a);
  let gtx = goalCell % w;
  let gty = (goalCell - gtx) / w;
  ai.navX = gx;
  ai.navY = gy;
  if (!passable(world, gtx, gty, doors)) {
    // A goal inside a wall or table (a muzzle against it): take the nearest passable cell around it.
    let bestD = 1 / 0;
    let bx = -1;
    let by = -1;
    for (let r = 1; r <= 2 && bx < 0; r++) {
      for (let y = gty - r; y <= gty + r; y++) {
        for (let x = gtx - r; x <= gtx + r; x++) {
          if (!passable(world, x, y, doors)) continue;
          const cx = (x + 0.5) * TILE - gx;
          const cy = (y + 0.5) * TILE - gy;
          const d = cx * cx + cy * cy;
          if (d < bestD) {
            bestD = d;
            bx = x;
            by = y;
          }
        }
      }
    }
    if (bx >= 0) {
      gtx = bx;
      gty = by;
      ai.navX = (bx + 0.5) * TILE;
      ai.navY = (by + 0.5) * TILE;
    }
  }
  const sx = Math.floor(a.x / TILE);
  const sy = Math.floor(a.y / TILE);
  const result = findPath(world, sx, sy, gtx, gty, doors, ai.route);
  ai.routeFull = result === PathResult.Full;
  ai.routeIndex = 0;
  ai.goalCell = goalCell;
  ai.planTick = world.tick;
  ai.repathIn = REPATH_TICKS + (a.id & 15);
}

/**
 * Skips passed waypoints; returns the route cell to steer for next, or -1 when steering for the
 * route's end point (ai.navX, ai.navY). A return value, not a module scratch: nothing hidden.
 */
function nextWaypoint(world: World, a: Actor, ai: AiState): number {
  const w = world.level.width;
  const route = ai.route;
  while (ai.routeIndex < route.length) {
    // The last cell of a full route is walked to the exact end point instead of its centre.
    if (ai.routeFull && ai.routeIndex === route.length - 1) return -1;
    const c = route[ai.routeIndex]!;
    const tx = c % w;
    const dx = (tx + 0.5) * TILE - a.x;
    const dy = ((c - tx) / w + 0.5) * TILE - a.y;
    if (dx * dx + dy * dy < WAYPOINT_RADIUS * WAYPOINT_RADIUS) {
      ai.routeIndex++;
      continue;
    }
    return c;
  }
  return -1;
}

/**
 * Whether a changed goal is worth a new route right away: not if the last plan was very recent, nor
 * if the goal only shifted a couple of cells (the old route still leads there; the new end point is
 * planned for on arrival).
 */
function replanNow(world: World, ai: AiState, gtx: number, gty: number): boolean {
  if (ai.goalCell < 0) return true;
  if (world.tick - ai.planTick < MIN_REPLAN_TICKS) return false;
  const w = world.level.width;
  const ox = ai.goalCell % w;
  const oy = (ai.goalCell - ox) / w;
  return gtx - ox > GOAL_SLACK || ox - gtx > GOAL_SLACK || gty - oy > GOAL_SLACK || oy - gty > GOAL_SLACK;
}

/** Where and how to walk: what navigate() hands to walk(). */
interface WalkOrder {
  gx: number;
  gy: number;
  speed: number;
  faceRate: number;
}

/** The one WalkOrder navigate() fills (rewritten in full by each call). */
const walkOrder: WalkOrder = { gx: 0.5, gy: 0.5, speed: 0.5, faceRate: 0.5 };

/**
 * One tick of walking toward (gx, gy) at `speed` pixels per tick, along a route planned when the
 * goal cell changes, every REPATH_TICKS, or when knocked off it. With faceRate > 0 the actor also
 * turns toward where it walks.
 * Kept tiny so V8 inlines it into its callers: the doubles then reach walk() inside an object,
 * where as arguments to a call V8 does not inline they would be boxed (an allocation each).
 */
export function navigate(world: World, a: Actor, ai: AiState, gx: number, gy: number, speed: number, faceRate: number): Nav {
  walkOrder.gx = gx;
  walkOrder.gy = gy;
  walkOrder.speed = speed;
  walkOrder.faceRate = faceRate;
  return walk(world, a, ai, walkOrder);
}

function walk(world: World, a: Actor, ai: AiState, order: WalkOrder): Nav {
  const gx = order.gx;
  const gy = order.gy;
  const speed = order.speed;
  const faceRate = order.faceRate;
  const w = world.level.width;
  const h = world.level.height;
  let gtx = Math.floor(gx / TILE);
  let gty = Math.floor(gy / TILE);
  gtx = gtx < 0 ? 0 : gtx >= w ? w - 1 : gtx;
  gty = gty < 0 ? 0 : gty >= h ? h - 1 : gty;
  const goalCell = gty * w + gtx;
  ai.repathIn--;
  let pending = goalCell !== ai.goalCell;
  if (ai.repathIn <= 0 || (pending && replanNow(world, ai, gtx, gty))) {
    plan(world, a, ai, order, goalCell);
    pending = false;
  } else if (ai.routeIndex < ai.route.length) {
    // Knocked off the route (pushed by a body): re-plan from where it stands.
    const c = ai.route[ai.routeIndex]!;
    const cx = c % w;
    const cy = (c - cx) / w;
    const ax = Math.floor(a.x / TILE);
    const ay = Math.floor(a.y / TILE);
    if (cx - ax > 1 || ax - cx > 1 || cy - ay > 1 || ay - cy > 1) {
      plan(world, a, ai, order, goalCell);
      pending = false;
    }
  }
  let waypoint = nextWaypoint(world, a, ai);
  if (waypoint < 0 && pending) {
    // At the end of the route planned for an earlier goal: plan for the new one now.
    plan(world, a, ai, order, goalCell);
    waypoint = nextWaypoint(world, a, ai);
  }
  const final = waypoint < 0;
  if (final && !ai.routeFull) {
    ai.stuckTicks = 0;
    return Nav.Failed;
  }
  const wx = waypoint % w;
  const tx = final ? ai.navX : (wx + 0.5) * TILE;
  const ty = final ? ai.navY : ((waypoint - wx) / w + 0.5) * TILE;
  const dx = tx - a.x;
  const dy = ty - a.y;
  const d2 = dx * dx + dy * dy;
  if (final && d2 <= ARRIVE_RADIUS * ARRIVE_RADIUS) {
    ai.stuckTicks = 0;
    return Nav.Arrived;
  }
  // turnTowardVec written out: passing it dx, dy would box them (a call V8 does not inline here).
  if (faceRate > 0 && (dx !== 0 || dy !== 0)) {
    const c = cosA(a.aim);
    const s = sinA(a.aim);
    const dot = c * dx + s * dy;
    const cross = c * dy - s * dx;
    if (!(dot > 0 && (cross < 0 ? -cross : cross) <= dot * ALIGNED_TAN)) {
      const m = faceRate + TURN_MARGIN;
      const cm = cosA(m);
      const sm = sinA(m);
      const past = cross * cm - dot * sm;
      const short = cross * cm + dot * sm;
      if (m < QUARTER_TURN && past > 0 && short > 0) a.aim = wrapAngle(a.aim + faceRate);
      else if (m < QUARTER_TURN && past < 0 && short < 0) a.aim = wrapAngle(a.aim - faceRate);
      else turnToward(a, angleOf(dx, dy), faceRate);
    }
  }
  const ox = a.x;
  const oy = a.y;
  // stepToward's move, written out for the same reason (its dx, dy, d2 are these).
  let blocked = false;
  if (d2 >= 1e-9) {
    const d = Math.sqrt(d2);
    const s = speed < d ? speed : d;
    // stepBy's velocity and move, by way of the velocity (no doubles passed).
    a.vx = (dx / d) * s;
    a.vy = (dy / d) * s;
    blocked = moveByVelocity(world, a);
  }
  const mx = a.x - ox;
  const my = a.y - oy;
  const want = speed * speed < d2 ? speed : Math.sqrt(d2);
  if (mx * mx + my * my < want * want * 0.09) {
    ai.stuckTicks++;
    // An end point hard against a wall cannot be reached exactly: close enough is there.
    if (final && blocked && d2 < 10 * 10) {
      ai.stuckTicks = 0;
      return Nav.Arrived;
    }
    if (ai.stuckTicks === STUCK_REPLAN) ai.repathIn = 0;
    if (ai.stuckTicks >= STUCK_GIVE_UP) {
      ai.stuckTicks = 0;
      return Nav.Failed;
    }
  } else {
    ai.stuckTicks = 0;
  }
  return Nav.Moving;
}
