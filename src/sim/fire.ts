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
import { addBurningCell, burningCells } from './burning-cells';
import { damage, isInvulnerable } from './combat';
import { FIRE } from './harm';
import { doorAt, TILE } from './grid';
import { Cell, Material, type Rect } from './level-data';
import { nextInt } from './rng';
import { emitSmoke, updateSmoke } from './smoke';
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
  if (world.level.materials[i] !== Material.Wood || world.burn[i] !== BurnState.Unburnt) return false;
  const c = world.cells[i];
  if (c === Cell.Void || c === Cell.DoorClosed) return false;
  const w = world.level.width;
  const tx = i % w;
  return doorAt(world, tx, (i - tx) / w) < 0;
}

function fuelFor(c: number): number {
  return c === Cell.Wall ? FUEL_WALL : c === Cell.Cover ? FUEL_COVER : FUEL_FLOOR;
}

/** Sets cell i burning if it can burn; returns whether it caught. */
function igniteCell(world: World, i: number): boolean {
  if (!flammable(world, i)) return false;
  addBurningCell(world, i);
  world.burn[i] = BurnState.Burning;
  world.fuel[i] = fuelFor(world.cells[i]!);
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
// so a fire never races across the map within one pass.
const caught: number[] = [];

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
  const burning = burningCells(world);
  caught.length = 0;
  for (let k = 0; k < burning.length; k++) {
    const i = burning[k]!;
    const tx = i % width;
    if (i >= width) tryCatch(world, i - width);
    if (tx + 1 < width) tryCatch(world, i + 1);
    if (i + width < width * height) tryCatch(world, i + width);
    if (tx > 0) tryCatch(world, i - 1);
  }
  for (let k = 0; k < caught.length; k++) igniteCell(world, caught[k]!);
}

function tryCatch(world: World, i: number): void {
  if (!flammable(world, i) || caught.includes(i)) return;
  if (nextInt(world, 0, 99) < SPREAD_CHANCE) caught.push(i);
}

/** In index order: each burning cell smokes and spends a tick of fuel; spent ones burn out. */
function burn(world: World): void {
  const width = world.level.width;
  const burnArr = world.burn;
  const fuel = world.fuel;
  const burning = burningCells(world);
  // Compacts the list in place as cells burn out (their order is kept).
  let kept = 0;
  for (let k = 0; k < burning.length; k++) {
    const i = burning[k]!;
    emitSmoke(world, i);
    const left = fuel[i]! - 1;
    fuel[i] = left;
    if (left > 0) {
      burning[kept++] = i;
      continue;
    }
    burnArr[i] = BurnState.BurntOut;
    world.burningCells--;
    const collapsed = world.cells[i] === Cell.Cover;
    if (collapsed) world.cells[i] = Cell.Floor;
    const tx = i % width;
    emit(world, { type: 'burnOut', tx, ty: (i - tx) / width, collapsed });
  }
  burning.length = kept;
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
