// The burning cells of a world in ascending index order: a derived index of world.burn, so the fire
// code visits the few cells alight instead of scanning the whole grid every tick. It is a cache,
// not world state (never hashed or cloned): it is keyed by the world's burn array, so a clone (which
// has its own array) builds its own from the grid on first use and can never see another's list.
// fire.ts keeps it in step with world.burn: every write of BurnState.Burning goes through it.
import { BurnState } from './burn-state';
import type { World } from './world';

const lists = new WeakMap<Uint8Array, number[]>();
// The last pair looked up: a world steps many ticks in a row, and comparing one reference is
// cheaper than a WeakMap lookup every tick (the pair is the same entry the map holds).
let lastBurn: Uint8Array | null = null;
let lastList: number[] | undefined;

/** The ascending list of burning cell indices (rebuilt from the grid if missing or out of step). */
export function burningCells(world: World): number[] {
  let list = world.burn === lastBurn ? lastList : lists.get(world.burn);
  // The count check also catches a grid written behind fire.ts's back (a test setting cells).
  if (list === undefined || list.length !== world.burningCells) {
    list = [];
    const burn = world.burn;
    for (let i = 0; i < burn.length; i++) if (burn[i] === BurnState.Burning) list.push(i);
    lists.set(world.burn, list);
  }
  lastBurn = world.burn;
  lastList = list;
  return list;
}

/** Adds a newly burning cell, keeping the order (call before counting it in world.burningCells). */
export function addBurningCell(world: World, i: number): void {
  const list = burningCells(world);
  // Insertion by shifting the larger entries up one (splice would allocate its result).
  let at = list.length;
  list.push(i);
  while (at > 0 && list[at - 1]! > i) {
    list[at] = list[at - 1]!;
    at--;
  }
  list[at] = i;
}
