// The burning cells of a world and when each one's fuel runs out: a derived index of world.burn
// and world.fuel, so the fire code visits the few cells alight instead of scanning the whole grid,
// and does not touch every burning cell's fuel every tick. It is a cache, not world state (never
// hashed or cloned): it is keyed by the world's burn array, so a clone (which has its own array)
// builds its own from the grid on first use and can never see another's. fire.ts keeps it in step
// with world.burn: every write of BurnState.Burning goes through lightCell.
//
// Fuel is settled lazily. Every burn pass takes one tick of fuel from every burning cell, so
// instead of writing all of them each pass the index counts passes, and world.fuel of a burning
// cell is exact only after settleFuel (stateHash and cloneWorld call it; so must anything else
// that reads world.fuel). Until then a burning cell's entry is ahead by (passes - settled); the
// Uint16Array wraps, so that stays exact however long it is left unsettled. Since a cell's fuel
// only falls by one a pass, the pass on which it runs out is known when it is lit: cells are
// filed under that pass in `due`, and a pass visits only the cells burning out on it.
import { BurnState } from './burn-state';
import type { World } from './world';

interface BurningIndex {
  /** The burning cells, in no set order (those who need an order keep their own). */
  readonly list: number[];
  /**
   * The burning cells that may still set a neighbour alight, ascending, as the spread draws in
   * index order (plus cells burnt out since the last spread); the spread prunes it as it goes.
   */
  readonly spreaders: number[];
  /** The fuel array the lazy counts refer to (a world given a new one gets a new index). */
  readonly fuel: Uint16Array;
  /** Burn passes run since the index was built. */
  passes: number;
  /** Passes already taken off world.fuel for every cell in the list. */
  settled: number;
  /** Pass number -> the cells (any order) whose fuel runs out on that pass. */
  readonly due: Map<number, number[]>;
  /** The earliest pass in `due` (Infinity when empty): most passes compare one number, no lookup. */
  nextDue: number;
}

const indexes = new WeakMap<Uint8Array, BurningIndex>();
// The last pair looked up: a world steps many ticks in a row, and comparing one reference is
// cheaper than a WeakMap lookup every tick (the pair is the same entry the map holds).
let lastBurn: Uint8Array | null = null;
let lastIndex: BurningIndex | undefined;
// Emptied `due` lists, reused for later passes so a long fire allocates none.
const spares: number[][] = [];

function lookUp(world: World): BurningIndex | undefined {
  return world.burn === lastBurn ? lastIndex : indexes.get(world.burn);
}

/** Writes the passes not yet taken off into the fuel of every cell that burned through them. */
function settle(index: BurningIndex): void {
  const lag = index.passes - index.settled;
  if (lag === 0) return;
  const { list, fuel } = index;
  for (let k = 0; k < list.length; k++) {
    const i = list[k]!;
    fuel[i] = fuel[i]! - lag;
  }
  index.settled = index.passes;
}

/** Files cell i, with `left` ticks of fuel, under the pass on which it runs out. */
function schedule(index: BurningIndex, i: number, left: number): void {
  // A cell at 0 (only ever set from outside the fire code) burns out on the next pass, at -1.
  const pass = index.passes + (left > 0 ? left : 1);
  let cells = index.due.get(pass);
  if (cells === undefined) {
    cells = spares.pop() ?? [];
    index.due.set(pass, cells);
    if (pass < index.nextDue) index.nextDue = pass;
  }
  cells.push(i);
}

/** The index of a world's burning cells, rebuilt from the grid if missing or out of step. */
function burningIndex(world: World): BurningIndex {
  let index = lookUp(world);
  // The count check also catches a grid written behind fire.ts's back (a test setting cells).
  if (index === undefined || index.list.length !== world.burningCells || index.fuel !== world.fuel) {
    // What the old index still owes its fuel array is written first, so the grid is read exact.
    if (index !== undefined) settle(index);
    index = { list: [], spreaders: [], fuel: world.fuel, passes: 0, settled: 0, due: new Map(), nextDue: Infinity };
    const burn = world.burn;
    for (let i = 0; i < burn.length; i++) {
      if (burn[i] !== BurnState.Burning) continue;
      index.list.push(i);
      index.spreaders.push(i);
      schedule(index, i, world.fuel[i]!);
    }
    indexes.set(world.burn, index);
  }
  lastBurn = world.burn;
  lastIndex = index;
  return index;
}

/** Adds i to an ascending list, by shifting the larger entries up one (splice would allocate). */
function insertSorted(list: number[], i: number): void {
  let at = list.length;
  list.push(i);
  while (at > 0 && list[at - 1]! > i) {
    list[at] = list[at - 1]!;
    at--;
  }
  list[at] = i;
}

/** The burning cell indices, in no set order (smoke emission, for one, needs none). */
export function burningCells(world: World): number[] {
  return burningIndex(world).list;
}

/**
 * The burning cells that may still spread, ascending (and some burnt out since the last spread);
 * the spread may drop entries in place: those burnt out, and those whose every neighbour is burning,
 * burnt out or not wood (for good: a cell never returns to unburnt).
 */
export function spreadingCells(world: World): number[] {
  return burningIndex(world).spreaders;
}

/** Makes world.fuel exact for every cell (it lags for burning cells between settlings). */
export function settleFuel(world: World): void {
  const index = lookUp(world);
  if (index !== undefined) settle(index);
}

/**
 * Adds a newly burning cell with `fuel` ticks to burn and sets its world.fuel (call before
 * counting it in world.burningCells).
 */
export function lightCell(world: World, i: number, fuel: number): void {
  const index = burningIndex(world);
  index.list.push(i);
  insertSorted(index.spreaders, i);
  // Ahead by the lag like every other burning cell, so settling brings it to `fuel`.
  world.fuel[i] = fuel + (index.passes - index.settled);
  schedule(index, i, fuel);
}

/**
 * One burn pass: a tick of fuel off every burning cell. Returns the cells whose fuel it used up,
 * ascending (their world.fuel now exact: 0), or null when none; the caller must then burn them
 * out and call dropSpent. The returned array is reused: read it before the next pass.
 */
export function burnPass(world: World): number[] | null {
  const index = burningIndex(world);
  const pass = ++index.passes;
  if (pass !== index.nextDue) return null;
  const spent = index.due.get(pass)!;
  index.due.delete(pass);
  let next = Infinity;
  for (const later of index.due.keys()) if (later < next) next = later;
  index.nextDue = next;
  // Insertion sort: cells lit together are mostly in order already.
  for (let k = 1; k < spent.length; k++) {
    const i = spent[k]!;
    let at = k;
    while (at > 0 && spent[at - 1]! > i) {
      spent[at] = spent[at - 1]!;
      at--;
    }
    spent[at] = i;
  }
  const lag = pass - index.settled;
  const fuel = index.fuel;
  for (let k = 0; k < spent.length; k++) {
    const i = spent[k]!;
    fuel[i] = fuel[i]! - lag;
  }
  return spent;
}

/**
 * Takes the cells of the last burnPass, now burnt out in world.burn, off the list (call before
 * world.burningCells counts them out) and recycles the pass's array.
 */
export function dropSpent(world: World, spent: number[]): void {
  // The index burnPass used (burnOut has already counted the cells out of world.burningCells).
  const list = lookUp(world)!.list;
  const burn = world.burn;
  let kept = 0;
  for (let k = 0; k < list.length; k++) {
    const i = list[k]!;
    if (burn[i] === BurnState.Burning) list[kept++] = i;
  }
  list.length = kept;
  spent.length = 0;
  spares.push(spent);
}
