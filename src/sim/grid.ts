// Questions about the live collision grid. Outside the map counts as wall.
import { Cell } from './level-data';
import type { World } from './world';

export const TILE = 16;

export function cellAt(world: World, tx: number, ty: number): Cell {
  const { width, height } = world.level;
  if (tx < 0 || ty < 0 || tx >= width || ty >= height) return Cell.Wall;
  return world.cells[ty * width + tx] as Cell;
}

export function cellAtPoint(world: World, x: number, y: number): Cell {
  return cellAt(world, Math.floor(x / TILE), Math.floor(y / TILE));
}

/** Nothing can walk through walls, cover, gaps or closed doors. */
export function blocksWalk(c: Cell): boolean {
  return c !== Cell.Floor;
}

/** Eyes see over low cover and across gaps. */
export function blocksSight(c: Cell): boolean {
  return c === Cell.Wall || c === Cell.DoorClosed;
}

/** Index of the door at a cell, or -1. */
export function doorAt(world: World, tx: number, ty: number): number {
  const doors = world.level.doors;
  for (let i = 0; i < doors.length; i++) {
    const d = doors[i]!;
    if (d.tx === tx && d.ty === ty) return i;
  }
  return -1;
}
