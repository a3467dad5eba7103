// Smoke: a density per cell (world.smoke, 0..255) fed by burning cells, spreading to open
// neighbours, drifting north (it rises: up the screen) and thinning out. Walls and closed doors
// hold none. Thick smoke blocks eyes (TraceMode.Eyes in trace.ts), never bullets.
// Integer arithmetic only, so it is exact on every engine.
import { BurnState } from './burn-state';
import { Cell } from './level-data';
import { smokeIndex, widenAt } from './smoke-index';
import type { World } from './world';


/** Density a burning cell adds each tick (capped at 255). */
export const SMOKE_EMIT = 48;
/** Smoke spreads and fades every SMOKE_PERIOD ticks. */
export const SMOKE_PERIOD = 6;
/** Density lost by every cell at each spread step. */
export const SMOKE_FADE = 2;
/** Eyes stop once the densities of the cells a line of sight crosses add up to this (two thick cells). */
export const SMOKE_BLOCK = 360;

// Scratch of updateSmoke: the grid before the step, padded with a ring of zeros (beyond the map
// edge smoke escapes, as into an empty cell), each entry packing what a neighbour needs to know:
// the density of a cell that holds smoke, or HOLDS_NONE for a wall or closed door. A sum of five
// packed entries thus carries both the densities (low 11 bits, at most 5 * 255) and how many of
// them hold none (the bits above), with no branch per neighbour. Written before it is read in every
// step (the box and the ring around it), so it holds no state; results go straight into world.smoke.
let seen = new Int16Array(0);
let seenWidth = 0;
const HOLDS_NONE = 1 << 11;
const DENSITIES = HOLDS_NONE - 1;
// By cell kind: -1 for those that hold no smoke (walls, closed doors), else 0; the scratch entry
// is then (density & ~m) | (m & HOLDS_NONE), with no branch to mispredict where walls and floors mix.
const HOLDS_NONE_MASK = new Int32Array(256);
HOLDS_NONE_MASK[Cell.Wall] = -1;
HOLDS_NONE_MASK[Cell.DoorClosed] = -1;

/** The box of cells that may hold smoke, [minX, minY, maxX, maxY] (for the fire code and tests). */
export function smokeBox(world: World): Int32Array {
  return smokeIndex(world).box;
}

/** A burning cell at index i puffs out smoke. */
export function emitSmoke(world: World, i: number): void {
  const v = world.smoke[i]!;
  if (v === 0) {
    world.smokyCells++;
    const width = world.level.width;
    widenAt(smokeIndex(world), i % width, (i / width) | 0);
  }
  world.smoke[i] = v + SMOKE_EMIT > 255 ? 255 : v + SMOKE_EMIT;
}

/**
 * Every burning cell (in `burning`, in any order: each touches only its own smoke) puffs out
 * smoke. Cells already at 255 stay there, so between two spread steps only those the index still
 * counts as not full are visited.
 */
export function emitFromBurning(world: World, burning: readonly number[]): void {
  const index = smokeIndex(world);
  const smoke = world.smoke;
  const unsaturated = index.unsaturated;
  if (index.emitAll) {
    index.emitAll = false;
    unsaturated.length = 0;
    for (let k = 0; k < burning.length; k++) {
      const i = burning[k]!;
      const v = smoke[i]!;
      if (v === 0) emitSmoke(world, i);
      else smoke[i] = v + SMOKE_EMIT > 255 ? 255 : v + SMOKE_EMIT;
      if (smoke[i]! < 255) unsaturated.push(i);
    }
    return;
  }
  if (unsaturated.length === 0) return;
  // Keeps, in place, the cells still burning and still below 255.
  const burn = world.burn;
  let kept = 0;
  for (let k = 0; k < unsaturated.length; k++) {
    const i = unsaturated[k]!;
    if (burn[i] !== BurnState.Burning) continue;
    const v = smoke[i]!;
    if (v === 0) emitSmoke(world, i);
    else smoke[i] = v + SMOKE_EMIT > 255 ? 255 : v + SMOKE_EMIT;
    if (smoke[i]! < 255) unsaturated[kept++] = i;
  }
  if (kept !== unsaturated.length) unsaturated.length = kept;
}

/** A cell just set alight: its smoke may be anything, so it emits on the next burn. */
export function noteNewlyBurning(world: World, i: number): void {
  const index = smokeIndex(world);
  if (!index.emitAll) index.unsaturated.push(i);
}

// Scratch of updateSmoke: per row, the span of columns it updates (written before read in every
// step, so no state).
let updLo = new Int32Array(0);
let updHi = new Int32Array(0);

/** Once per tick while any smoke is about: every SMOKE_PERIOD ticks, one spread-drift-fade step. */
export function updateSmoke(world: World): void {
  if (world.tick % SMOKE_PERIOD !== 0) return;
  const width = world.level.width;
  const height = world.level.height;
  const smoke = world.smoke;
  const cells = world.cells;
  const index = smokeIndex(world);
  const box = index.box;
  const rowLo = index.rowLo;
  const rowHi = index.rowHi;
  // The step rewrites every cell that may hold smoke, burning ones too: all emit again next burn.
  index.emitAll = true;
  // The rows to update: those that may hold smoke and one row either side.
  const y0 = box[1]! > 0 ? box[1]! - 1 : 0;
  const y1 = box[3]! + 1 < height ? box[3]! + 1 : height - 1;
  // In each, the cells that may hold smoke after the step: under, beside (one column out) or
  // above smoke now; farther cells see only zeros and stay 0.
  if (updLo.length < height) {
    updLo = new Int32Array(height);
    updHi = new Int32Array(height);
  }
  for (let ty = y0; ty <= y1; ty++) {
    let lo = rowLo[ty]! - 1;
    let hi = rowHi[ty]! + 1;
    if (ty > 0) {
      if (rowLo[ty - 1]! < lo) lo = rowLo[ty - 1]!;
      if (rowHi[ty - 1]! > hi) hi = rowHi[ty - 1]!;
    }
    if (ty + 1 < height) {
      if (rowLo[ty + 1]! < lo) lo = rowLo[ty + 1]!;
      if (rowHi[ty + 1]! > hi) hi = rowHi[ty + 1]!;
    }
    updLo[ty] = lo < 0 ? 0 : lo;
    updHi[ty] = hi >= width ? width - 1 : hi;
  }
  // Padded scratch: row ty, column tx of the map is at (ty + 1) * pw + tx + 1.
  const pw = width + 2;
  const size = pw * (height + 2);
  // A new scratch for another shape of map (its zero border lies elsewhere).
  if (seen.length !== size || seenWidth !== pw) {
    seen = new Int16Array(size);
    seenWidth = pw;
  }
  const grid = seen;
  // What the updated cells read: each row's span one column wider, and the spans of the rows
  // above and below (the scratch's zero border is never written, so past the map edge it reads 0).
  const sy0 = y0 > 0 ? y0 - 1 : 0;
  const sy1 = y1 + 1 < height ? y1 + 1 : y1;
  for (let ty = sy0; ty <= sy1; ty++) {
    let lo = width;
    let hi = -1;
    if (ty >= y0 && ty <= y1 && updLo[ty]! <= updHi[ty]!) {
      lo = updLo[ty]! - 1;
      hi = updHi[ty]! + 1;
    }
    if (ty - 1 >= y0 && ty - 1 <= y1) {
      if (updLo[ty - 1]! < lo) lo = updLo[ty - 1]!;
      if (updHi[ty - 1]! > hi) hi = updHi[ty - 1]!;
    }
    if (ty + 1 >= y0 && ty + 1 <= y1) {
      if (updLo[ty + 1]! < lo) lo = updLo[ty + 1]!;
      if (updHi[ty + 1]! > hi) hi = updHi[ty + 1]!;
    }
    if (lo < 0) lo = 0;
    if (hi >= width) hi = width - 1;
    const row = ty * width;
    const d = (ty + 1) * pw + 1 - row;
    for (let i = row + lo; i <= row + hi; i++) {
      const m = HOLDS_NONE_MASK[cells[i]!]!;
      grid[i + d] = (smoke[i]! & ~m) | (m & HOLDS_NONE);
    }
  }
  let smoky = 0;
  let bx0 = width;
  let by0 = height;
  let bx1 = -1;
  let by1 = -1;
  for (let ty = y0; ty <= y1; ty++) {
    const row = ty * width;
    const d = (ty + 1) * pw + 1 - row;
    let rx0 = width;
    let rx1 = -1;
    const start = row + updLo[ty]!;
    const end = row + updHi[ty]!;
    // The western neighbour and the cell itself are carried along the row from the last cell.
    let west = grid[start + d - 1]!;
    let c = grid[start + d]!;
    for (let i = start; i <= end; i++) {
      const j = i + d;
      const east = grid[j + 1]!;
      if (c >= HOLDS_NONE) {
        smoke[i] = 0;
        west = c;
        c = east;
        continue;
      }
      // A neighbour that cannot hold smoke reflects this cell's own; beyond the map edge it escapes.
      // The southern neighbour weighs double: smoke drifts north.
      const s = grid[j + pw]!;
      const sum = grid[j - pw]! + west + east + s + s;
      const blocked = sum >> 11;
      // The total is at most 9 * 255, where (total * 7282) >> 16 equals floor(total / 9) exactly,
      // without a division.
      const v = ((((4 + blocked) * c + (sum & DENSITIES)) * 7282) >> 16) - SMOKE_FADE;
      if (v > 0) {
        smoke[i] = v;
        smoky++;
        const tx = i - row;
        if (tx < rx0) rx0 = tx;
        rx1 = tx;
      } else {
        smoke[i] = 0;
      }
      west = c;
      c = east;
    }
    rowLo[ty] = rx0;
    rowHi[ty] = rx1;
    if (rx1 >= 0) {
      if (rx0 < bx0) bx0 = rx0;
      if (rx1 > bx1) bx1 = rx1;
      if (ty < by0) by0 = ty;
      by1 = ty;
    }
  }
  box[0] = bx0;
  box[1] = by0;
  box[2] = bx1;
  box[3] = by1;
  world.smokyCells = smoky;
}

/** Smoke density at a cell (0 outside the map). */
export function smokeAt(world: World, tx: number, ty: number): number {
  const { width, height } = world.level;
  if (tx < 0 || ty < 0 || tx >= width || ty >= height) return 0;
  return world.smoke[ty * width + tx]!;
}
