// Which cells a walker may step into, by door permission: the one rule the path search and its
// regions (path-regions.ts) both follow. Gaps (Cell.Void), walls and burning cells are closed
// (nobody plans a route through flames); a closed door is open to those allowed to open it.
import { Cell } from '../level-data';
import { BurnState } from '../burn-state';
import { doorAt } from '../grid';
import type { World } from '../world';

/** Which closed doors a walker may path through (they open when walked into). */
export const enum DoorPass {
  None = 0,
  /** Ordinary doors, not hidden ones (civilians). */
  Visible = 1,
  /** Every door, hidden ones included (alerted henchmen). */
  All = 2,
}

export const FLOOR: number = Cell.Floor;
export const DOOR: number = Cell.DoorClosed;
export const BURNING: number = BurnState.Burning;

/** Whether a closed door at cell index i may be walked into with this permission. */
export function doorOk(world: World, i: number, doors: DoorPass): boolean {
  if (doors === DoorPass.None) return false;
  if (doors === DoorPass.All) return true;
  const w = world.level.width;
  const tx = i % w;
  const d = doorAt(world, tx, (i - tx) / w);
  return d >= 0 && !world.level.doors[d]!.hidden;
}

/**
 * Whether a walker with this door permission may step into cell (tx, ty). Outside the map, gaps
 * (Cell.Void) and burning cells: no.
 */
export function passable(world: World, tx: number, ty: number, doors: DoorPass): boolean {
  const { width, height } = world.level;
  if (tx < 0 || ty < 0 || tx >= width || ty >= height) return false;
  const i = ty * width + tx;
  const c = world.cells[i]!;
  if (world.burn[i] === BURNING) return false;
  return c === FLOOR || (c === DOOR && doorOk(world, i, doors));
}
