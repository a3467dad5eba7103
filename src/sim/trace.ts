// Segment queries: a grid walk (Amanatides & Woo) so nothing fast ever skips a cell, and the
// exact segment/circle intersection for bullets against actors.
import { Cell, Material, type Point } from './level-data';
import { TILE } from './grid';
import { SMOKE_BLOCK } from './smoke';
import { AS_DOUBLE } from './layout';
import type { World } from './world';

export const enum TraceMode {
  /** Stops at walls and closed doors. */
  Sight = 0,
  /**
   * Stops at walls, closed doors, and low cover met farther than COVER_GRACE from `fromX/Y`.
   * A tipped table (tables.ts) is low cover whose top faces the way it was kicked: a bullet fired
   * from that far side (beyond the table's centre along its kick direction) stops at it however
   * close the shooter stands; from the near side the usual grace applies.
   */
  Bullet = 1,
  /** A living eye: stops like Sight, and also in thick smoke (SMOKE_BLOCK along the way). */
  Eyes = 2,
}

/** A shooter standing at low cover can fire over it; farther away the cover stops the bullet. */
export const COVER_GRACE = 22;

export interface TraceHit {
  /** Fraction 0..1 along the segment where it stopped; 1 = nothing hit. */
  t: number;
  cell: Cell;
  material: Material;
  /** Number of wall cells crossed (Sight mode keeps counting past the first, for sound damping). */
  walls: number;
  /** The cell where it stopped (meaningful when t < 1). */
  tx: number;
  ty: number;
}

/**
 * A segment query: from (x0, y0) to (x1, y1); in Bullet mode (fromX, fromY) is where the bullet was
 * fired, for the cover rule. Hot callers keep one per module and rewrite all six fields before each
 * traceRay: six doubles passed as arguments to a call V8 does not inline are boxed (~72 bytes of
 * garbage per call), fields of an object already holding doubles are written in place.
 */
export interface TraceRay {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  fromX: number;
  fromY: number;
}

export function newTraceRay(): TraceRay {
  // Fractional starting values, so V8 gives every field a double representation from the start.
  return { x0: 0.5, y0: 0.5, x1: 0.5, y1: 0.5, fromX: 0.5, fromY: 0.5 };
}

/** `ray` as a line of sight from `a` to `b` (fired from `a`, for Bullet mode); returns it. */
export function sightRay(ray: TraceRay, a: Point, b: Point): TraceRay {
  ray.x0 = a.x;
  ray.y0 = a.y;
  ray.x1 = b.x;
  ray.y1 = b.y;
  ray.fromX = a.x;
  ray.fromY = a.y;
  return ray;
}

/** `ray` from a round where it is now to `to`, with the cover rule from where it was fired. */
export function roundRay(ray: TraceRay, round: { readonly x: number; readonly y: number; readonly ox: number; readonly oy: number }, to: Point): TraceRay {
  ray.x0 = round.x;
  ray.y0 = round.y;
  ray.x1 = to.x;
  ray.y1 = to.y;
  ray.fromX = round.ox;
  ray.fromY = round.oy;
  return ray;
}

/** The ray traceSegment fills in for its callers (fully rewritten by each call). */
const segmentRay = newTraceRay();

/**
 * traceRay for callers off the hot path (tests, tools, once-a-tick checks): the same walk with the
 * segment as arguments. Writes into `out` and returns it.
 */
export function traceSegment(
  world: World, x0: number, y0: number, x1: number, y1: number,
  mode: TraceMode, fromX: number, fromY: number, out: TraceHit, maxWalls = 0,
): TraceHit {
  segmentRay.x0 = x0;
  segmentRay.y0 = y0;
  segmentRay.x1 = x1;
  segmentRay.y1 = y1;
  segmentRay.fromX = fromX;
  segmentRay.fromY = fromY;
  return traceRay(world, segmentRay, mode, out, maxWalls);
}

/**
 * Walks the cells from (ray.x0, ray.y0) to (ray.x1, ray.y1). Writes into `out` (no allocation)
 * and returns it; `ray` is only read. With maxWalls > 0 it walks on through walls, counting them
 * (out.t and the cell stay those of the first), and stops once it has counted maxWalls: callers
 * that only ask "more than so many?" need no full walk.
 */
export function traceRay(world: World, ray: TraceRay, mode: TraceMode, out: TraceHit, maxWalls = 0): TraceHit {
  const x0 = ray.x0;
  const y0 = ray.y0;
  const x1 = ray.x1;
  const y1 = ray.y1;
  const fromX = ray.fromX;
  const fromY = ray.fromY;
  out.t = 1;
  out.cell = Cell.Floor;
  out.material = Material.None;
  out.walls = 0;
  const dx = x1 - x0;
  const dy = y1 - y0;
  // Cell coordinates as int32 (`| 0`, exact for any point on or near a map): V8 then walks and
  // indexes the grid in integer arithmetic instead of doubles (several times faster).
  let tx = Math.floor(x0 / TILE) | 0;
  let ty = Math.floor(y0 / TILE) | 0;
  const endX = Math.floor(x1 / TILE) | 0;
  const endY = Math.floor(y1 / TILE) | 0;
  const stepX = dx > 0 ? 1 : dx < 0 ? -1 : 0;
  const stepY = dy > 0 ? 1 : dy < 0 ? -1 : 0;
  // `1 / 0`, not the global `Infinity`: V8 keeps a number literal in a double register, while the
  // global makes these loop variables boxed heap numbers (an allocation at every cell crossed).
  const tDeltaX = stepX !== 0 ? TILE / (dx < 0 ? -dx : dx) : 1 / 0;
  const tDeltaY = stepY !== 0 ? TILE / (dy < 0 ? -dy : dy) : 1 / 0;
  let tMaxX = stepX > 0 ? ((tx + 1) * TILE - x0) / dx : stepX < 0 ? (tx * TILE - x0) / dx : 1 / 0;
  let tMaxY = stepY > 0 ? ((ty + 1) * TILE - y0) / dy : stepY < 0 ? (ty * TILE - y0) / dy : 1 / 0;
  let tEnter = 0;
  let smoke = 0;
  // The grid is read directly (outside the map counts as wall, as cellAt has it).
  const { width, height } = world.level;
  const cells = world.cells;
  const smokeGrid = mode === TraceMode.Eyes ? world.smoke : null;
  const maxSteps = (endX > tx ? endX - tx : tx - endX) + (endY > ty ? endY - ty : ty - endY) + 1;
  for (let i = 0; i < maxSteps; i++) {
    if (i > 0 || mode === TraceMode.Bullet) {
      const inside = tx >= 0 && ty >= 0 && tx < width && ty < height;
      const c: Cell = inside ? (cells[ty * width + tx]! as Cell) : Cell.Wall;
      // Floor never stops anything, and only a bullet meeting low cover needs the cover rule (kept
      // inline: a call with double arguments would box them, an allocation per cell crossed).
      let stop = c === Cell.Wall || c === Cell.DoorClosed;
      if (!stop && c === Cell.Cover && mode === TraceMode.Bullet) {
        const offX = x0 + dx * tEnter - fromX;
        const offY = y0 + dy * tEnter - fromY;
        stop = offX * offX + offY * offY > COVER_GRACE * COVER_GRACE || behindTippedTable(world, tx, ty, ray);
      }
      if (stop) {
        if (out.walls === 0) {
          out.t = tEnter;
          out.tx = tx;
          out.ty = ty;
          out.cell = c;
          out.material = materialAt(world, tx, ty, c);
        }
        if (++out.walls >= maxWalls) return out;
      }
      if (smokeGrid !== null && inside) {
        smoke += smokeGrid[ty * width + tx]!;
        if (smoke >= SMOKE_BLOCK) {
          out.t = tEnter;
          return out;
        }
      }
    }
    if (tx === endX && ty === endY) break;
    if (tMaxX < tMaxY) {
      tEnter = tMaxX;
      tMaxX += tDeltaX;
      tx += stepX;
    } else {
      tEnter = tMaxY;
      tMaxY += tDeltaY;
      ty += stepY;
    }
  }
  return out;
}

/**
 * Whether traceRay(world, ray, mode, ...) would come back with t >= 1 (nothing stops the ray before
 * its end), walked by the same loop with the same arithmetic but none of the bookkeeping: lines of
 * sight and lines of fire are most of the traces, and their callers only ask yes or no.
 */
export function rayClear(world: World, ray: TraceRay, mode: TraceMode): boolean {
  const x0 = ray.x0;
  const y0 = ray.y0;
  const dx = ray.x1 - x0;
  const dy = ray.y1 - y0;
  let tx = Math.floor(x0 / TILE) | 0;
  let ty = Math.floor(y0 / TILE) | 0;
  const endX = Math.floor(ray.x1 / TILE) | 0;
  const endY = Math.floor(ray.y1 / TILE) | 0;
  const stepX = dx > 0 ? 1 : dx < 0 ? -1 : 0;
  const stepY = dy > 0 ? 1 : dy < 0 ? -1 : 0;
  const tDeltaX = stepX !== 0 ? TILE / (dx < 0 ? -dx : dx) : 1 / 0;
  const tDeltaY = stepY !== 0 ? TILE / (dy < 0 ? -dy : dy) : 1 / 0;
  let tMaxX = stepX > 0 ? ((tx + 1) * TILE - x0) / dx : stepX < 0 ? (tx * TILE - x0) / dx : 1 / 0;
  let tMaxY = stepY > 0 ? ((ty + 1) * TILE - y0) / dy : stepY < 0 ? (ty * TILE - y0) / dy : 1 / 0;
  let tEnter = 0;
  let smoke = 0;
  const { width, height } = world.level;
  const cells = world.cells;
  const bullet = mode === TraceMode.Bullet;
  const smokeGrid = mode === TraceMode.Eyes ? world.smoke : null;
  // Before t = 1 the walk never leaves the box of its two end cells: with both on the map, no cell
  // needs the outside test (outside counts as wall). A ray ending exactly on a cell corner may step
  // one cell past the box, but only at t >= 1, where any answer is "clear".
  const onMap = tx >= 0 && ty >= 0 && tx < width && ty < height && endX >= 0 && endY >= 0 && endX < width && endY < height;
  const maxSteps = (endX > tx ? endX - tx : tx - endX) + (endY > ty ? endY - ty : ty - endY) + 1;
  for (let i = 0; i < maxSteps; i++) {
    if (i > 0 || bullet) {
      const inside = onMap || (tx >= 0 && ty >= 0 && tx < width && ty < height);
      const c: Cell = inside ? (cells[ty * width + tx]! as Cell) : Cell.Wall;
      let stop = c === Cell.Wall || c === Cell.DoorClosed;
      if (!stop && bullet && c === Cell.Cover) {
        const offX = x0 + dx * tEnter - ray.fromX;
        const offY = y0 + dy * tEnter - ray.fromY;
        stop = offX * offX + offY * offY > COVER_GRACE * COVER_GRACE || behindTippedTable(world, tx, ty, ray);
      }
      // traceRay reports a stop at t = tEnter: a cell entered at exactly t = 1 still counts as clear.
      if (stop) return tEnter >= 1;
      if (smokeGrid !== null && inside) {
        smoke += smokeGrid[ty * width + tx]!;
        if (smoke >= SMOKE_BLOCK) return tEnter >= 1;
      }
    }
    if (tx === endX && ty === endY) return true;
    if (tMaxX < tMaxY) {
      tEnter = tMaxX;
      tMaxX += tDeltaX;
      tx += stepX;
    } else {
      tEnter = tMaxY;
      tMaxY += tDeltaY;
      ty += stepY;
    }
  }
  return true;
}

/**
 * How many wall or closed-door cells the ray crosses after its first cell (outside the map counts
 * as wall), counting no further than `maxWalls` (>= 1): traceRay(world, ray, TraceMode.Sight, out,
 * maxWalls).walls by the same walk, for noises, which need only that count.
 */
export function wallsCrossed(world: World, ray: TraceRay, maxWalls: number): number {
  const x0 = ray.x0;
  const y0 = ray.y0;
  const dx = ray.x1 - x0;
  const dy = ray.y1 - y0;
  let tx = Math.floor(x0 / TILE) | 0;
  let ty = Math.floor(y0 / TILE) | 0;
  const endX = Math.floor(ray.x1 / TILE) | 0;
  const endY = Math.floor(ray.y1 / TILE) | 0;
  const stepX = dx > 0 ? 1 : dx < 0 ? -1 : 0;
  const stepY = dy > 0 ? 1 : dy < 0 ? -1 : 0;
  const tDeltaX = stepX !== 0 ? TILE / (dx < 0 ? -dx : dx) : 1 / 0;
  const tDeltaY = stepY !== 0 ? TILE / (dy < 0 ? -dy : dy) : 1 / 0;
  let tMaxX = stepX > 0 ? ((tx + 1) * TILE - x0) / dx : stepX < 0 ? (tx * TILE - x0) / dx : 1 / 0;
  let tMaxY = stepY > 0 ? ((ty + 1) * TILE - y0) / dy : stepY < 0 ? (ty * TILE - y0) / dy : 1 / 0;
  const { width, height } = world.level;
  const cells = world.cells;
  const maxSteps = (endX > tx ? endX - tx : tx - endX) + (endY > ty ? endY - ty : ty - endY) + 1;
  let walls = 0;
  for (let i = 0; i < maxSteps; i++) {
    if (i > 0) {
      // Every cell asks whether it is on the map: a ray ending exactly on a cell corner can step
      // one cell past its end box, and off the map that cell counts as a wall.
      const c: Cell = tx >= 0 && ty >= 0 && tx < width && ty < height ? (cells[ty * width + tx]! as Cell) : Cell.Wall;
      if ((c === Cell.Wall || c === Cell.DoorClosed) && ++walls >= maxWalls) return walls;
    }
    if (tx === endX && ty === endY) return walls;
    if (tMaxX < tMaxY) {
      tMaxX += tDeltaX;
      tx += stepX;
    } else {
      tMaxY += tDeltaY;
      ty += stepY;
    }
  }
  return walls;
}

/** rayClear for callers holding the segment as numbers (once-a-tick checks): fills a ray and asks. */
export function segmentClear(world: World, x0: number, y0: number, x1: number, y1: number, mode: TraceMode, fromX: number, fromY: number): boolean {
  segmentRay.x0 = x0;
  segmentRay.y0 = y0;
  segmentRay.x1 = x1;
  segmentRay.y1 = y1;
  segmentRay.fromX = fromX;
  segmentRay.fromY = fromY;
  return rayClear(world, segmentRay, mode);
}

/** Whether the ray's (fromX, fromY) is on the far side of a tipped table standing at cell (tx, ty). */
function behindTippedTable(world: World, tx: number, ty: number, ray: TraceRay): boolean {
  const tables = world.tables;
  for (let i = 0; i < tables.length; i++) {
    const t = tables[i]!;
    if (!t.tipped || t.tx !== tx || t.ty !== ty) continue;
    const ox = ray.fromX - (tx + 0.5) * TILE;
    const oy = ray.fromY - (ty + 0.5) * TILE;
    // Kick directions 0..3 are east, south, west, north.
    const along = t.dir === 0 ? ox : t.dir === 1 ? oy : t.dir === 2 ? -ox : -oy;
    return along > 0;
  }
  return false;
}

function materialAt(world: World, tx: number, ty: number, c: Cell): Material {
  if (c === Cell.DoorClosed) return Material.Wood;
  const { width, height } = world.level;
  if (tx < 0 || ty < 0 || tx >= width || ty >= height) return Material.Stone;
  return world.level.materials[ty * width + tx] as Material;
}

/** Whether the straight line between two points is clear for eyes (walls, closed doors, thick smoke). */
export function clearSight(world: World, x0: number, y0: number, x1: number, y1: number, scratch: TraceHit): boolean {
  return traceSegment(world, x0, y0, x1, y1, TraceMode.Eyes, x0, y0, scratch).t >= 1;
}

/**
 * Smallest t in [0, 1] where the segment p0 + t*d enters the circle (cx, cy, r), or -1.
 * A segment starting inside the circle hits at t = 0.
 */
export function segmentCircle(x0: number, y0: number, dx: number, dy: number, cx: number, cy: number, r: number): number {
  const fx = x0 - cx;
  const fy = y0 - cy;
  const c = fx * fx + fy * fy - r * r;
  if (c <= 0) return 0;
  const a = dx * dx + dy * dy;
  if (a === 0) return -1;
  const b = fx * dx + fy * dy;
  if (b >= 0) return -1;
  const disc = b * b - a * c;
  if (disc < 0) return -1;
  const t = (-b - Math.sqrt(disc)) / a;
  return t <= 1 ? t : -1;
}

export function newTraceHit(): TraceHit {
  const hit: TraceHit = { t: AS_DOUBLE, cell: Cell.Floor, material: Material.None, walls: 0, tx: 0, ty: 0 };
  // Laid out as a double (layout.ts), then its real start.
  hit.t = 1;
  return hit;
}
