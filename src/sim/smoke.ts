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

// Double buffer for one spread step (fully rewritten each time, so it holds no state).
let next = new Uint8Array(0);

const WALL: number = Cell.Wall;
const DOOR: number = Cell.DoorClosed;

function holdsSmoke(c: number): boolean {
  return c !== WALL && c !== DOOR;
}

/** A burning cell at index i puffs out smoke. */
export function emitSmoke(world: World, i: number): void {
  const v = world.smoke[i]!;
  if (v === 0) world.smokyCells++;
  world.smoke[i] = v + SMOKE_EMIT > 255 ? 255 : v + SMOKE_EMIT;
}

/** Once per tick while any smoke is about: every SMOKE_PERIOD ticks, one spread-drift-fade step. */
export function updateSmoke(world: World): void {
  if (world.tick % SMOKE_PERIOD !== 0) return;
  const width = world.level.width;
  const height = world.level.height;
  const smoke = world.smoke;
  const cells = world.cells;
  if (next.length !== smoke.length) next = new Uint8Array(smoke.length);
  const out = next;
  let smoky = 0;
  for (let ty = 0; ty < height; ty++) {
    const row = ty * width;
    for (let tx = 0; tx < width; tx++) {
      const i = row + tx;
      const c = smoke[i]!;
      if (!holdsSmoke(cells[i]!)) {
        out[i] = 0;
        continue;
      }
      // A neighbour that cannot hold smoke reflects this cell's own; beyond the map edge it escapes.
      const n = ty > 0 ? (holdsSmoke(cells[i - width]!) ? smoke[i - width]! : c) : 0;
      const s = ty + 1 < height ? (holdsSmoke(cells[i + width]!) ? smoke[i + width]! : c) : 0;
      const w = tx > 0 ? (holdsSmoke(cells[i - 1]!) ? smoke[i - 1]! : c) : 0;
      const e = tx + 1 < width ? (holdsSmoke(cells[i + 1]!) ? smoke[i + 1]! : c) : 0;
      // The southern neighbour weighs double: smoke drifts north.
      const v = (((4 * c + n + w + e + 2 * s) / 9) | 0) - SMOKE_FADE;
      if (v > 0) {
        out[i] = v;
        smoky++;
      } else {
        out[i] = 0;
      }
    }
  }
  smoke.set(out);
  world.smokyCells = smoky;
}

/** Smoke density at a cell (0 outside the map). */
export function smokeAt(world: World, tx: number, ty: number): number {
  const { width, height } = world.level;
  if (tx < 0 || ty < 0 || tx >= width || ty >= height) return 0;
  return world.smoke[ty * width + tx]!;
}
