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

  constructor(cells: number) {
    this.values = new Int32Array(cells);
  }
}

export class SearchInputs {
  /** The walkable mask, as the grid's was at `gridVersion`, and its connected regions. */
  readonly open: Uint8Array;
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
  private gridVersion = -1;
  private costs: CellCosts | null = null;
  private costsVersion = -1;

  constructor(cells: number, private readonly grid: WalkGrid) {
    this.open = new Uint8Array(cells);
    this.regions = new Regions(cells);
    this.extra = new Int32Array(cells);
  }

  /**
   * Takes the world's walkable cells (through the grid) and `costs` (null for none) for the next
   * search; false if either may differ from what the last search ran over.
   */
  update(world: World, costs: CellCosts | null): boolean {
    const sameOpen = this.updateOpen(world);
    const sameExtra = this.updateExtra(costs);
    return sameOpen && sameExtra;
  }

  /** Brings the walkable mask (and its regions) up to date with the grid's; false if it changed. */
  private updateOpen(world: World): boolean {
    const grid = this.grid;
    grid.update(world);
    if (grid.version === this.gridVersion) return true;
    this.gridVersion = grid.version;
    if (sameBytes(grid.open, this.open)) return true;
    this.open.set(grid.open);
    this.regions.copyFrom(grid.regions);
    return false;
  }

  /** Takes the extra costs; false if they may differ from the last ones taken. */
  private updateExtra(costs: CellCosts | null): boolean {
    const extra = this.extra;
    if (costs === null) {
      this.costs = null;
      if (this.extraZero) return true;
      extra.fill(0);
      this.extraZero = true;
      this.aligned = true;
      return false;
    }
    if (costs === this.costs && costs.version === this.costsVersion) return true;
    extra.set(costs.values.subarray(0, extra.length));
    this.extraZero = false;
    this.aligned = alignedCosts(extra);
    this.costs = costs;
    this.costsVersion = costs.version;
    return false;
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
