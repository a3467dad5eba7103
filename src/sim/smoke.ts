// Smoke: a density per cell (world.smoke, 0..255) fed by burning cells, spreading to open
// neighbours, drifting north (it rises: up the screen) and thinning out. Walls and closed doors
// hold none. Thick smoke blocks eyes (TraceMode.Eyes in trace.ts), never bullets.
// Integer arithmetic only, so it is exact on every engine.
import { Cell } from './level-data';
import type { World } from './world';

/** Density a burning cell adds each tick (capped at 255). */
export const SMOKE_EMIT = 48;
/** Smoke spreads and fades every SMOKE_PERIOD ticks. */
export const SMOKE_PERIOD = 6;
/** Density lost by every cell at each spread step. */
export const SMOKE_FADE = 2;
/** Eyes stop once the densities of the cells a line of sight crosses add up to this (two thick cells). */
export const SMOKE_BLOCK = 360;

// Scratch of updateSmoke: the densities before the step (written before it is read in every step,
// so it holds no state). Every new density is computed from it, so results go straight into
// world.smoke with no second buffer to copy back.
let seen = new Int16Array(0);

const WALL: number = Cell.Wall;
const DOOR: number = Cell.DoorClosed;

function holdsSmoke(c: number): boolean {
  return c !== WALL && c !== DOOR;
}

// The box of cells that may hold smoke, per world: [minX, minY, maxX, maxY] (empty when minX > maxX).
// A cache, not world state: keyed by the world's smoke array, so a clone (its own array) measures
// its own on first use. Every cell outside the box holds 0, so a spread step need only look at the
// box and one cell around it (farther cells see only zeros and stay 0). emitSmoke widens it; each
// spread step shrinks it to what is left.
const boxes = new WeakMap<Uint8Array, Int32Array>();

/** The box (for the fire code and tests); measured from the grid on first use for this smoke array. */
export function smokeBox(world: World): Int32Array {
  let box = boxes.get(world.smoke);
  if (box === undefined) {
    const width = world.level.width;
    const smoke = world.smoke;
    box = new Int32Array([width, world.level.height, -1, -1]);
    for (let i = 0; i < smoke.length; i++) if (smoke[i] !== 0) widen(box, i % width, (i / width) | 0);
    boxes.set(world.smoke, box);
  }
  return box;
}

function widen(box: Int32Array, tx: number, ty: number): void {
  if (tx < box[0]!) box[0] = tx;
  if (ty < box[1]!) box[1] = ty;
  if (tx > box[2]!) box[2] = tx;
  if (ty > box[3]!) box[3] = ty;
}

/** A burning cell at index i puffs out smoke. */
export function emitSmoke(world: World, i: number): void {
  const v = world.smoke[i]!;
  if (v === 0) {
    world.smokyCells++;
    const width = world.level.width;
    widen(smokeBox(world), i % width, (i / width) | 0);
  }
  world.smoke[i] = v + SMOKE_EMIT > 255 ? 255 : v + SMOKE_EMIT;
}

/** Once per tick while any smoke is about: every SMOKE_PERIOD ticks, one spread-drift-fade step. */
export function updateSmoke(world: World): void {
  if (world.tick % SMOKE_PERIOD !== 0) return;
  const width = world.level.width;
  const height = world.level.height;
  const smoke = world.smoke;
  const cells = world.cells;
  const box = smokeBox(world);
  const x0 = box[0]! > 0 ? box[0]! - 1 : 0;
  const y0 = box[1]! > 0 ? box[1]! - 1 : 0;
  const x1 = box[2]! + 1 < width ? box[2]! + 1 : width - 1;
  const y1 = box[3]! + 1 < height ? box[3]! + 1 : height - 1;
  box[0] = width;
  box[1] = height;
  box[2] = -1;
  box[3] = -1;
  // Each cell's density as its neighbours see it, -1 where it holds none (a wall or closed door),
  // over the updated box and the ring around it: one read per neighbour below instead of two.
  if (seen.length !== smoke.length) seen = new Int16Array(smoke.length);
  const sx0 = x0 > 0 ? x0 - 1 : 0;
  const sy0 = y0 > 0 ? y0 - 1 : 0;
  const sx1 = x1 + 1 < width ? x1 + 1 : x1;
  const sy1 = y1 + 1 < height ? y1 + 1 : y1;
  for (let ty = sy0; ty <= sy1; ty++) {
    const row = ty * width;
    for (let i = row + sx0; i <= row + sx1; i++) seen[i] = holdsSmoke(cells[i]!) ? smoke[i]! : -1;
  }
  let smoky = 0;
  for (let ty = y0; ty <= y1; ty++) {
    const row = ty * width;
    for (let tx = x0; tx <= x1; tx++) {
      const i = row + tx;
      const c = seen[i]!;
      if (c < 0) {
        smoke[i] = 0;
        continue;
      }
      // A neighbour that cannot hold smoke reflects this cell's own; beyond the map edge it escapes.
      let n = 0;
      if (ty > 0) n = seen[i - width]! < 0 ? c : seen[i - width]!;
      let s = 0;
      if (ty + 1 < height) s = seen[i + width]! < 0 ? c : seen[i + width]!;
      let w = 0;
      if (tx > 0) w = seen[i - 1]! < 0 ? c : seen[i - 1]!;
      let e = 0;
      if (tx + 1 < width) e = seen[i + 1]! < 0 ? c : seen[i + 1]!;
      // The southern neighbour weighs double: smoke drifts north. The sum is at most 9 * 255, where
      // (sum * 7282) >> 16 equals floor(sum / 9) exactly, without a division.
      const v = (((4 * c + n + w + e + 2 * s) * 7282) >> 16) - SMOKE_FADE;
      if (v > 0) {
        smoke[i] = v;
        smoky++;
        widen(box, tx, ty);
      } else {
        smoke[i] = 0;
      }
    }
  }
  world.smokyCells = smoky;
}

/** Smoke density at a cell (0 outside the map). */
export function smokeAt(world: World, tx: number, ty: number): number {
  const { width, height } = world.level;
  if (tx < 0 || ty < 0 || tx >= width || ty >= height) return 0;
  return world.smoke[ty * width + tx]!;
}
