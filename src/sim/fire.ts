// Fire: which cells burn, how it spreads, who it hurts. Per-cell state lives in the world as typed
// arrays (world.burn, world.fuel); smoke is in smoke.ts.
//
// What burns: any cell whose material is Wood (wooden floors, tables and crates as low cover,
// bookshelves and wooden walls), except door cells. Stone, glass, metal, "none" (sand, dirt, rugs)
// and gaps never burn, so a stone wall or a street stops a fire.
// When the fuel is spent the cell is burnt out for good: it stays passable floor; burnt low cover
// (tables, crates) collapses into floor; a burnt wooden wall stays standing (charred), because
// levels rely on their walls to hold their shape.
import { BurnState } from './burn-state';
import { burningCells, burnPass, dropSpent, lightCell, spreadingCells } from './burning-cells';
import { damage, isInvulnerable } from './combat';
import { FIRE } from './harm';
import { TILE } from './grid';
import { Cell, type Rect } from './level-data';
import { nextInt } from './rng';
import { emitFromBurning, noteNewlyBurning, updateSmoke } from './smoke';
import { woodMask } from './wood-mask';
import { emit, type World } from './world';

export { BurnState };

/** Every SPREAD_PERIOD ticks each burning cell tries its four neighbours (N, E, S, W). */
export const SPREAD_PERIOD = 20;
/** Chance in percent that one try sets a flammable neighbour alight. */
export const SPREAD_CHANCE = 30;
/** Ticks a cell burns before it is burnt out, by what it is. */
export const FUEL_FLOOR = 300;
export const FUEL_COVER = 420;
export const FUEL_WALL = 600;
/** Anyone whose centre is on a burning cell loses BURN_DAMAGE every BURN_PERIOD ticks (not airborne in a dive). */
export const BURN_PERIOD = 30;
export const BURN_DAMAGE = 1;

function flammable(world: World, i: number): boolean {
  if (world.burn[i] !== BurnState.Unburnt || woodMask(world.level)[i] !== 1) return false;
  const c = world.cells[i];
  return c !== Cell.Void && c !== Cell.DoorClosed;
}

function fuelFor(c: number): number {
  return c === Cell.Wall ? FUEL_WALL : c === Cell.Cover ? FUEL_COVER : FUEL_FLOOR;
}

/** Sets cell i burning if it can burn; returns whether it caught. */
function igniteCell(world: World, i: number): boolean {
  if (!flammable(world, i)) return false;
  lightCell(world, i, fuelFor(world.cells[i]!));
  noteNewlyBurning(world, i);
  world.burn[i] = BurnState.Burning;
  world.burningCells++;
  const w = world.level.width;
  const tx = i % w;
  emit(world, { type: 'ignite', tx, ty: (i - tx) / w });
  return true;
}

/** Sets the cell under a point alight (explosions, rockets); returns whether it caught. */
export function igniteAt(world: World, x: number, y: number): boolean {
  const tx = Math.floor(x / TILE);
  const ty = Math.floor(y / TILE);
  const { width, height } = world.level;
  if (tx < 0 || ty < 0 || tx >= width || ty >= height) return false;
  return igniteCell(world, ty * width + tx);
}

/** Sets alight every flammable cell whose centre lies in the rectangle (world pixels); returns how many caught. */
export function igniteArea(world: World, r: Rect): number {
  const { width, height } = world.level;
  const x0 = Math.max(0, Math.ceil(r.x / TILE - 0.5));
  const y0 = Math.max(0, Math.ceil(r.y / TILE - 0.5));
  const x1 = Math.min(width - 1, Math.ceil((r.x + r.w) / TILE - 0.5) - 1);
  const y1 = Math.min(height - 1, Math.ceil((r.y + r.h) / TILE - 0.5) - 1);
  let n = 0;
  for (let ty = y0; ty <= y1; ty++) {
    for (let tx = x0; tx <= x1; tx++) if (igniteCell(world, ty * width + tx)) n++;
  }
  return n;
}

/** Whether the cell under a point is burning. */
export function burningAt(world: World, x: number, y: number): boolean {
  const tx = Math.floor(x / TILE);
  const ty = Math.floor(y / TILE);
  const { width, height } = world.level;
  if (tx < 0 || ty < 0 || tx >= width || ty >= height) return false;
  return world.burn[ty * width + tx] === BurnState.Burning;
}

// Cells caught during a spread pass (in catch order): they start spreading from the next pass on,
// so a fire never races across the map within one pass. `marked` flags them (1) for a pass, so a
// second try at one is known without a search; it is cleared again at the end of every pass.
const caught: number[] = [];
let marked = new Uint8Array(0);

/** Once per tick: burn fuel, spread, hurt whoever stands in the flames, and move the smoke. */
export function updateFire(world: World): void {
  if (world.burningCells > 0) {
    if (world.tick % SPREAD_PERIOD === 0) spread(world);
    burn(world);
    if (world.tick % BURN_PERIOD === 0) scorch(world);
  }
  if (world.smokyCells > 0) updateSmoke(world);
}

/** In index (row-major) order; each burning cell draws once per flammable neighbour, N, E, S, W. */
function spread(world: World): void {
  const { width, height } = world.level;
  // Only the cells that may still spread: a burning cell with no neighbour left to catch draws
  // nothing, so skipping it changes no draw (and it never gets one back).
  const spreaders = spreadingCells(world);
  const size = width * height;
  if (marked.length < size) marked = new Uint8Array(size);
  // What flammable() reads, fetched once for the pass.
  const wood = woodMask(world.level);
  const burnArr = world.burn;
  const cells = world.cells;
  caught.length = 0;
  let kept = 0;
  for (let k = 0; k < spreaders.length; k++) {
    const i = spreaders[k]!;
    if (burnArr[i] !== BurnState.Burning) continue;
    const tx = i % width;
    let open = 0;
    if (i >= width) open += tryCatch(world, i - width, wood, burnArr, cells);
    if (tx + 1 < width) open += tryCatch(world, i + 1, wood, burnArr, cells);
    if (i + width < size) open += tryCatch(world, i + width, wood, burnArr, cells);
    if (tx > 0) open += tryCatch(world, i - 1, wood, burnArr, cells);
    if (open > 0) spreaders[kept++] = i;
  }
  if (kept !== spreaders.length) spreaders.length = kept;
  for (let k = 0; k < caught.length; k++) {
    marked[caught[k]!] = 0;
    igniteCell(world, caught[k]!);
  }
}

/**
 * One try at cell i: a flammable cell not yet caught this pass catches with SPREAD_CHANCE.
 * Returns 1 while cell i may still catch on some later pass (unburnt wood), else 0.
 */
function tryCatch(world: World, i: number, wood: Uint8Array, burnArr: Uint8Array, cells: Uint8Array): number {
  // flammable(), from the arrays in hand; most tries meet a cell already burning or burnt.
  if (burnArr[i] !== BurnState.Unburnt || wood[i] !== 1) return 0;
  if (marked[i] === 1) return 1;
  // A gap or a closed door cannot catch now; kept as open, since the grid under it may change.
  const c = cells[i];
  if (c === Cell.Void || c === Cell.DoorClosed) return 1;
  if (nextInt(world, 0, 99) < SPREAD_CHANCE) {
    caught.push(i);
    marked[i] = 1;
  }
  return 1;
}

/** Each burning cell smokes and spends a tick of fuel; spent ones burn out, in index order. */
function burn(world: World): void {
  // Smoke first, for every cell alight at the start of the burn (emitting touches only the smoke,
  // so doing it in its own pass changes nothing).
  emitFromBurning(world, burningCells(world));
  const spent = burnPass(world);
  if (spent === null) return;
  for (let k = 0; k < spent.length; k++) burnOut(world, spent[k]!);
  dropSpent(world, spent);
}

/** A cell whose fuel is spent: burnt out for good; burnt low cover collapses into floor. */
function burnOut(world: World, i: number): void {
  world.burn[i] = BurnState.BurntOut;
  world.burningCells--;
  const collapsed = world.cells[i] === Cell.Cover;
  if (collapsed) world.cells[i] = Cell.Floor;
  const width = world.level.width;
  const tx = i % width;
  emit(world, { type: 'burnOut', tx, ty: (i - tx) / width, collapsed });
}

/** The steady damage of standing in fire. */
function scorch(world: World): void {
  const actors = world.actors;
  for (let i = 0; i < actors.length; i++) {
    const a = actors[i]!;
    if (!a.alive || isInvulnerable(a) || !burningAt(world, a.x, a.y)) continue;
    emit(world, { type: 'burn', actor: a.id, x: a.x, y: a.y });
    // By 0: the level itself, nobody's kill.
    damage(world, a, BURN_DAMAGE, 0, a.x, a.y, FIRE);
  }
}
