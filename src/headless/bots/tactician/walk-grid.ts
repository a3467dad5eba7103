// The cells El may walk (floor, and doors he may open: not hidden ones) and their connected
// regions, kept up to date with the world's cells. One grid serves every cost field of a bot, so
// a door opening or a beam burning through is worked out once, not once per field.
import { Cell, type World } from '../../../sim';
import { Regions } from '../regions';
import { nextDifference } from '../same-bytes';
import type { SimChanges } from './sim-changes';

// Read once: a const enum imported across modules costs a property read per use when transpiled
// file by file, and the walkable mask is rebuilt for every cell.
const FLOOR: number = Cell.Floor;
const DOOR: number = Cell.DoorClosed;

export class WalkGrid {
  /** 1 where El may walk. */
  readonly open: Uint8Array;
  /**
   * Per cell, its walkable 4-neighbours as bits (UP, DOWN, LEFT, RIGHT): a search steps through
   * them without the edge tests, the division for the column and a look at `open` per neighbour.
   */
  readonly steps: Uint8Array;
  readonly regions: Regions;
  /** Bumped whenever `open` changes. */
  version = 0;
  /** The world's cells as the mask was last built from. */
  private readonly cellsSeen: Uint8Array;
  private readonly doorCells: Uint8Array;
  /** Scratch for update(): the cells that became walkable. */
  private readonly opened: Int32Array;
  private doorsOf: World['level'] | null = null;
  /** The version of `changes.cells` the cells were last compared at. */
  private comparedAt = -1;

  /**
   * `changes`: what tells the grid the world's cells may have changed (a bot's, watched every act
   * and shared with its hazard costs); without it the cells are compared on every update (a caller
   * may change them between two looks at the same tick).
   */
  constructor(private readonly width: number, height: number, private readonly changes: SimChanges | null = null) {
    const n = width * height;
    this.open = new Uint8Array(n);
    this.steps = new Uint8Array(n);
    this.regions = new Regions(n);
    this.cellsSeen = new Uint8Array(n);
    this.doorCells = new Uint8Array(n);
    this.opened = new Int32Array(n);
  }

  /**
   * Brings the mask (and the regions) up to date with the world's cells. The cells change rarely:
   * they are compared with a copy of the last ones seen (with `changes`, only when it says they
   * may have changed), and only those that differ (found four at a time) are redone.
   */
  update(world: World): void {
    const changes = this.changes;
    if (changes !== null) {
      changes.watch(world);
      if (changes.cells === this.comparedAt) return;
      this.comparedAt = changes.cells;
    }
    const { width, doorCells, open } = this;
    const n = open.length;
    const cells = world.cells;
    const opened = this.opened;
    let openedCount = 0;
    let closed = false;
    if (this.doorsOf !== world.level || cells.length !== n) {
      doorCells.fill(0);
      for (const d of world.level.doors) if (!d.hidden) doorCells[d.ty * width + d.tx] = 1;
      this.doorsOf = world.level;
      this.cellsSeen.set(cells.subarray(0, n));
      for (let i = 0; i < n; i++) {
        const o = walkable(cells[i]!, doorCells[i]!);
        if (o !== open[i]) {
          open[i] = o;
          if (o === 1) opened[openedCount++] = i;
          else closed = true;
        }
      }
    } else {
      // Only where the cells changed since the last look (a door opened, a beam burnt through).
      const seen = this.cellsSeen;
      for (let i = nextDifference(cells, seen, 0); i >= 0; i = nextDifference(cells, seen, i + 1)) {
        seen[i] = cells[i]!;
        const o = walkable(cells[i]!, doorCells[i]!);
        if (o !== open[i]) {
          open[i] = o;
          if (o === 1) opened[openedCount++] = i;
          else closed = true;
        }
      }
    }
    // Cells that opened are taken into the regions one by one; one that closed may split a
    // region, and then they are built afresh.
    if (openedCount === 0 && !closed) return;
    if (closed || this.version === 0) this.regions.build(open, width);
    else for (let k = 0; k < openedCount; k++) this.regions.opened(opened[k]!, open, width);
    buildSteps(open, width, this.steps);
    this.version++;
  }
}

/** The bits of WalkGrid.steps: which neighbour of a cell is walkable. */
export const UP = 1;
export const DOWN = 2;
export const LEFT = 4;
export const RIGHT = 8;

/** Fills `steps` from the walkable mask (cells rarely change: the whole grid is redone then). */
function buildSteps(open: Uint8Array, width: number, steps: Uint8Array): void {
  const n = open.length;
  for (let i = 0, x = 0; i < n; i++, x = x === width - 1 ? 0 : x + 1) {
    steps[i] =
      (i >= width && open[i - width] === 1 ? UP : 0) |
      (i + width < n && open[i + width] === 1 ? DOWN : 0) |
      (x > 0 && open[i - 1] === 1 ? LEFT : 0) |
      (x < width - 1 && open[i + 1] === 1 ? RIGHT : 0);
  }
}

/** 1 if El may stand on a cell of this kind (a door only where `door` marks one he may open), else 0. */
function walkable(cell: number, door: number): number {
  return cell === FLOOR || (cell === DOOR && door === 1) ? 1 : 0;
}
