// What a grid search reads, held still while it runs: the walkable cells and their regions, and the
// extra cost of entering each cell. A search keeps its own copies so that it goes on over the cells
// and costs it started with, even after the world (or another field sharing the walk grid) moved on.
import type { World } from '../../../sim';
import { Regions } from '../regions';
import { sameBytes } from '../same-bytes';
import type { WalkGrid } from './walk-grid';

/** What entering an ordinary cell costs. */
export const STEP = 10;
/** Highest extra cost a cell may carry (bounds the bucket rings). */
export const MAX_EXTRA = 500;

/**
 * Extra costs of entering each cell, for a search's compute(). Whoever fills `values` bumps
 * `version` when they change, so a field can tell whether its search still holds without
 * comparing every cell.
 */
export class CellCosts {
  readonly values: Int32Array;
  version = 0;
  /**
   * For the last BOXES versions bumped by bumpWithin(), the box (x0, y0, x1, y1, inclusive) that
   * holds every cell it changed, and the version each entry is for (a version bumped plainly has
   * no entry: its changes could be anywhere).
   */
  private readonly boxes = new Int32Array(BOXES * 4);
  private readonly boxVersions = new Int32Array(BOXES).fill(-1);

  constructor(cells: number) {
    this.values = new Int32Array(cells);
  }

  /** Bumps the version, noting that only cells in the box x0..x1, y0..y1 (inclusive) changed. */
  bumpWithin(x0: number, y0: number, x1: number, y1: number): void {
    const v = ++this.version;
    const k = v % BOXES;
    this.boxVersions[k] = v;
    this.boxes[k * 4] = x0;
    this.boxes[k * 4 + 1] = y0;
    this.boxes[k * 4 + 2] = x1;
    this.boxes[k * 4 + 3] = y1;
  }

  /**
   * Writes into `out` a box holding every cell changed after version `since` (empty: x0 > x1 when
   * none); false if some version since has no box on record.
   */
  changedSince(since: number, out: Int32Array): boolean {
    if (since < 0 || this.version - since > BOXES) return false;
    out[0] = 0x7fffffff;
    out[1] = 0x7fffffff;
    out[2] = -1;
    out[3] = -1;
    for (let v = since + 1; v <= this.version; v++) {
      const k = v % BOXES;
      if (this.boxVersions[k] !== v) return false;
      const b = this.boxes;
      if (b[k * 4]! < out[0]!) out[0] = b[k * 4]!;
      if (b[k * 4 + 1]! < out[1]!) out[1] = b[k * 4 + 1]!;
      if (b[k * 4 + 2]! > out[2]!) out[2] = b[k * 4 + 2]!;
      if (b[k * 4 + 3]! > out[3]!) out[3] = b[k * 4 + 3]!;
    }
    return true;
  }
}

/** How many versions' boxes CellCosts keeps (a field asks every few ticks; the car moves every tick). */
const BOXES = 32;

/** What update() found: nothing changed, only the costs of the listed cells, or more. */
export type InputChange = 0 | 1 | 2;
export const SAME = 0;
export const COSTS_LISTED = 1;
export const CHANGED = 2;

/** At most this many changed costs are listed (more, and a search starts over). */
const MAX_LISTED = 64;

export class SearchInputs {
  /** The walkable mask, as the grid's was at `gridVersion`, its steps (WalkGrid.steps) and its connected regions. */
  readonly open: Uint8Array;
  readonly steps: Uint8Array;
  readonly regions: Regions;
  /** The extra costs, copied from `costs` at its version `costsVersion` (zero for none). */
  readonly extra: Int32Array;
  /** Every extra cost zero. */
  extraZero = true;
  /**
   * Every extra cost, as a search counts it (at most MAX_EXTRA), a multiple of STEP (fire, the
   * car and grenades all are): then so is every distance, and only every STEP-th bucket can hold one.
   */
  aligned = true;
  /** The cells whose cost the last update() changed (the first changedCount), when COSTS_LISTED. */
  readonly changed = new Int32Array(MAX_LISTED);
  changedCount = 0;
  private gridVersion = -1;
  private costs: CellCosts | null = null;
  private costsVersion = -1;
  /** Scratch: the box changedSince() fills. */
  private readonly box = new Int32Array(4);

  constructor(cells: number, private readonly grid: WalkGrid) {
    this.open = new Uint8Array(cells);
    this.steps = new Uint8Array(cells);
    this.regions = new Regions(cells);
    this.extra = new Int32Array(cells);
  }

  /**
   * Takes the world's walkable cells (through the grid) and `costs` (null for none) for the next
   * search: SAME if neither changed since the last call; COSTS_LISTED if only a few costs did, at
   * the first `changedCount` cells of `changed` (a search that has not reached any of them yet is
   * still sound: it has read no cost that changed); CHANGED otherwise.
   */
  update(world: World, costs: CellCosts | null): InputChange {
    const sameOpen = this.updateOpen(world);
    const extra = this.updateExtra(costs, world.level.width);
    return sameOpen ? extra : CHANGED;
  }

  /** Brings the walkable mask (and its regions) up to date with the grid's; false if it changed. */
  private updateOpen(world: World): boolean {
    const grid = this.grid;
    grid.update(world);
    if (grid.version === this.gridVersion) return true;
    this.gridVersion = grid.version;
    if (sameBytes(grid.open, this.open)) return true;
    this.open.set(grid.open);
    this.steps.set(grid.steps);
    this.regions.copyFrom(grid.regions);
    return false;
  }

  /** Takes the extra costs (none: all zero), listing the cells whose cost changed. */
  private updateExtra(costs: CellCosts | null, width: number): InputChange {
    if (costs === null) {
      this.costs = null;
      if (this.extraZero) return SAME;
      this.extraZero = true;
      return this.take(null, null, width);
    }
    if (costs === this.costs && costs.version === this.costsVersion) return SAME;
    // The same costs a few versions on: only the cells in the boxes of those versions can differ.
    const box = costs === this.costs && !this.extraZero && costs.changedSince(this.costsVersion, this.box) ? this.box : null;
    this.extraZero = false;
    this.costs = costs;
    this.costsVersion = costs.version;
    return this.take(costs.values, box, width);
  }

  /**
   * Copies the costs in (null: zeros) where they differ, listing those cells (in order) while they
   * are few; only inside `box` when it is given (x0, y0, x1, y1: every other cell is the same).
   */
  private take(values: Int32Array | null, box: Int32Array | null, width: number): InputChange {
    const { extra, changed } = this;
    const wasAligned = this.aligned;
    let count = 0;
    let aligned = true;
    // Row by row through the box (the whole grid as one run without one): the cells in order.
    const rows = box === null ? 1 : box[3]! - box[1]! + 1;
    for (let r = 0; r < rows; r++) {
      const start = box === null ? 0 : (box[1]! + r) * width + box[0]!;
      const end = box === null ? extra.length : (box[1]! + r) * width + box[2]! + 1;
      for (let i = start; i < end; i++) {
        const v = values === null ? 0 : values[i]!;
        if (v === extra[i]) continue;
        extra[i] = v;
        if (count < changed.length) changed[count] = i;
        count++;
        if (v < MAX_EXTRA && v % STEP !== 0) aligned = false;
      }
    }
    // Unchanged cells kept their alignment: only the changed ones need looking at, unless some
    // cell was out of step before.
    this.aligned = wasAligned ? aligned : alignedCosts(extra);
    this.changedCount = count;
    if (count === 0) return SAME;
    // Buckets skipped as empty under aligned costs might not be under the new ones.
    if (count > changed.length || (wasAligned && !this.aligned)) return CHANGED;
    return COSTS_LISTED;
  }
}

/** Whether every cost (as a search counts it, at most MAX_EXTRA) is a multiple of STEP. */
function alignedCosts(extra: Int32Array): boolean {
  for (let i = 0; i < extra.length; i++) {
    const e = extra[i]!;
    if (e < MAX_EXTRA && e % STEP !== 0) return false;
  }
  return true;
}
