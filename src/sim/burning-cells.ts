// The burning cells of a world in ascending index order: a derived index of world.burn, so the fire
// code visits the few cells alight instead of scanning the whole grid every tick. It is a cache,
// not world state (never hashed or cloned): it is keyed by the world's burn array, so a clone (which
// has its own array) builds its own from the grid on first use and can never see another's list.
// fire.ts keeps it in step with world.burn: every write of BurnState.Burning goes through it.
//
// Beside each cell it keeps a copy of its fuel (world.fuel, which only fire.ts writes): the burn
// reads the copy, packed together, instead of loading from all over world.fuel every tick; it still
// writes world.fuel, the state.
import { BurnState } from './burn-state';
import type { World } from './world';

export interface BurningIndex {
  /** Burning cell indices, ascending. */
  readonly cells: number[];
  /** fuel[k] equals world.fuel[cells[k]]. */
  readonly fuel: number[];
}

const indexes = new WeakMap<Uint8Array, BurningIndex>();
// The last pair looked up: a world steps many ticks in a row, and comparing one reference is
// cheaper than a WeakMap lookup every tick (the pair is the same entry the map holds).
let lastBurn: Uint8Array | null = null;
let lastIndex: BurningIndex | undefined;

/** The index of burning cells (rebuilt from the grid if missing or out of step). */
export function burningIndex(world: World): BurningIndex {
  let index = world.burn === lastBurn ? lastIndex : indexes.get(world.burn);
  // The count check also catches a grid written behind fire.ts's back (a test setting cells).
  if (index === undefined || index.cells.length !== world.burningCells) {
    index = { cells: [], fuel: [] };
    const burn = world.burn;
    for (let i = 0; i < burn.length; i++) {
      if (burn[i] !== BurnState.Burning) continue;
      index.cells.push(i);
      index.fuel.push(world.fuel[i]!);
    }
    indexes.set(world.burn, index);
  }
  lastBurn = world.burn;
  lastIndex = index;
  return index;
}

/** The ascending list of burning cell indices. */
export function burningCells(world: World): number[] {
  return burningIndex(world).cells;
}

/** Adds a newly burning cell with its fuel, keeping the order (call before counting it in world.burningCells). */
export function addBurningCell(world: World, i: number, fuel: number): void {
  const { cells, fuel: fuels } = burningIndex(world);
  // Insertion by shifting the larger entries up one (splice would allocate its result).
  let at = cells.length;
  cells.push(i);
  fuels.push(fuel);
  while (at > 0 && cells[at - 1]! > i) {
    cells[at] = cells[at - 1]!;
    fuels[at] = fuels[at - 1]!;
    at--;
  }
  cells[at] = i;
  fuels[at] = fuel;
}
