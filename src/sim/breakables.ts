// Glass that breaks: a bullet (or, once wired, an explosion) hitting a breakable cell breaks it.
// A window pane becomes Void (bullets and eyes pass, nobody walks through); a shelf of bottles or a
// neon sign loses its glass but stays a wall. What each becomes comes from level.breakable.
import { TILE } from './grid';
import type { Cell } from './level-data';
import { emit, type World } from './world';

/** Breaks cell (tx, ty) if it is breakable and whole; returns whether it broke. */
export function breakCell(world: World, tx: number, ty: number, by: number): boolean {
  const { width, height } = world.level;
  if (tx < 0 || ty < 0 || tx >= width || ty >= height) return false;
  const i = ty * width + tx;
  const code = world.level.breakable[i]!;
  if (code === 0 || world.broken[i] === 1) return false;
  world.broken[i] = 1;
  world.cells[i] = (code - 1) as Cell;
  emit(world, { type: 'shatter', tx, ty, x: (tx + 0.5) * TILE, y: (ty + 0.5) * TILE, cell: world.cells[i] as Cell, by });
  return true;
}

/** Breaks every breakable cell whose centre lies within `radius` of (x, y) (for explosions). */
export function breakAround(world: World, x: number, y: number, radius: number, by: number): number {
  let count = 0;
  const minTx = Math.floor((x - radius) / TILE);
  const maxTx = Math.floor((x + radius) / TILE);
  const minTy = Math.floor((y - radius) / TILE);
  const maxTy = Math.floor((y + radius) / TILE);
  for (let ty = minTy; ty <= maxTy; ty++) {
    for (let tx = minTx; tx <= maxTx; tx++) {
      const dx = (tx + 0.5) * TILE - x;
      const dy = (ty + 0.5) * TILE - y;
      if (dx * dx + dy * dy <= radius * radius && breakCell(world, tx, ty, by)) count++;
    }
  }
  return count;
}
