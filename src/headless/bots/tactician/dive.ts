// Dives that are safe to take: never over or into a rooftop gap (a dive that ends over one is a
// fall, and a wall met mid-air can shorten a dive onto one), never into fire, and the direction
// that best gets El out of a line of danger.
import { Cell, cellAtPoint, DIVE_DRAG, DIVE_SPEED, DIVE_TICKS, TILE, type Actor, type World } from '../../../sim';
import { burningCell } from './hazards';

/** Points sampled across the body at each step of the flight: centre and both sides. */
const SIDE = 5;

/**
 * Where a dive from El's position along the unit vector (ux, uy) comes down, following the flight
 * tick by tick and stopping at the first blocking cell. Null if any point of the flight, the
 * landing or a little beyond it is over a gap: such a dive is never taken.
 */
export function diveLanding(world: World, me: Actor, ux: number, uy: number): [number, number] | null {
  let x = me.x;
  let y = me.y;
  let v = DIVE_SPEED;
  for (let i = 0; i < DIVE_TICKS; i++) {
    const nx = x + ux * v;
    const ny = y + uy * v;
    if (blocked(world, nx + ux * me.radius, ny + uy * me.radius)) break;
    if (overGap(world, nx, ny, ux, uy)) return null;
    x = nx;
    y = ny;
    v *= DIVE_DRAG;
  }
  // A little beyond the landing too: a shove or a slide may carry him on.
  if (overGap(world, x + ux * TILE * 0.75, y + uy * TILE * 0.75, ux, uy)) return null;
  return [x, y];
}

function blocked(world: World, x: number, y: number): boolean {
  const c = cellAtPoint(world, x, y);
  return c === Cell.Wall || c === Cell.Cover || c === Cell.DoorClosed;
}

function overGap(world: World, x: number, y: number, ux: number, uy: number): boolean {
  return cellAtPoint(world, x, y) === Cell.Void ||
    cellAtPoint(world, x - uy * SIDE, y + ux * SIDE) === Cell.Void ||
    cellAtPoint(world, x + uy * SIDE, y - ux * SIDE) === Cell.Void;
}

/** Whether a dive along (ux, uy) is safe: no gap on the way, no fire where it lands. */
export function safeDiveTo(world: World, me: Actor, ux: number, uy: number): [number, number] | null {
  const land = diveLanding(world, me, ux, uy);
  if (!land) return null;
  const w = world.level.width;
  const i = Math.floor(land[1] / TILE) * w + Math.floor(land[0] / TILE);
  if (burningCell(world, i)) return null;
  return land;
}

/** How far the dive carries El from where he stands (a short one is barely a dodge). */
export function diveLength(me: Actor, land: [number, number]): number {
  return Math.sqrt((land[0] - me.x) ** 2 + (land[1] - me.y) ** 2);
}

/**
 * The best safe dive across a line of danger along the unit vector (lx, ly): square to it, either
 * side (only the `prefer` side with `preferredOnly`), or slanting away; `prefer` (+1/-1) breaks the tie. `score` rates a landing spot (higher is
 * better). Returns the unit direction, or null when no dive is safe or long enough.
 */
export function diveAcross(
  world: World, me: Actor, lx: number, ly: number, prefer: number,
  score: (x: number, y: number) => number, minLength = 30, preferredOnly = false,
): [number, number] | null {
  let best: [number, number] | null = null;
  let bestScore = -Infinity;
  // Square to the line, then 30 and 60 degrees off square, away from where the danger comes from.
  const slants: [number, number][] = [[1, 0], [0.866, -0.5], [0.5, -0.866], [0.866, 0.5]];
  for (const side of preferredOnly ? [prefer] : [prefer, -prefer]) {
    for (const [c, s] of slants) {
      // Perpendicular (side) mixed with backwards along the line (-l) by the slant.
      const px = -ly * side;
      const py = lx * side;
      const ux = px * c + lx * s;
      const uy = py * c + ly * s;
      const land = safeDiveTo(world, me, ux, uy);
      if (!land || diveLength(me, land) < minLength) continue;
      const sc = score(land[0], land[1]) + (side === prefer ? 1 : 0) - Math.abs(s) * 2;
      if (sc > bestScore) {
        bestScore = sc;
        best = [ux, uy];
      }
    }
  }
  return best;
}
