// Weighted distances over the walkable grid toward one goal cell (Dijkstra with a bucket queue),
// so a bot can walk downhill around what hurts: burning floor, the car's lane, the edge of a gap.
// Costs are small integers per cell entered; the plain step costs STEP.
//
// The search is lazy: compute() only sets it up, and each question (downhill, reachable, distTo)
// runs it on just until the cells asked about are settled. A bot mostly asks about the few cells
// around El, so a goal a few steps away costs a few steps, not the whole map. Answers are exactly
// those of a full search (Dijkstra's distances do not depend on how far it has run). A compute()
// with the same goal, walkable cells and costs as the last one keeps the search where it is.
import type { World } from '../../../sim';
import { GoalRegions, Regions } from '../regions';
import { sameBytes } from '../same-bytes';
import { WalkGrid } from './walk-grid';

export const UNREACHED = 0x7fffffff;
/** What entering an ordinary cell costs. */
export const STEP = 10;
/** Highest extra cost a cell may carry (bounds the bucket ring). */
export const MAX_EXTRA = 500;

/**
 * Extra costs of entering each cell, for CostField.compute(). Whoever fills `values` bumps
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

export class CostField {
  /** Distances found so far: final where settled (see settle), else an upper bound or UNREACHED. */
  private readonly dist: Int32Array;
  /** The extra costs and walkable cells the running search was started with (it reads only these). */
  private readonly searchExtra: Int32Array;
  private searchExtraZero = true;
  /**
   * Every extra cost of the search a multiple of STEP (fire, the car and grenades all are): then
   * every distance is one too, and only every STEP-th bucket can hold a node.
   */
  private searchAligned = true;
  /** Where searchExtra was copied from, and its version then. */
  private searchCosts: CellCosts | null = null;
  private searchVersion = -1;
  /** The walkable mask this search runs over, as the grid's was at `gridVersion`. */
  private readonly open: Uint8Array;
  private gridVersion = -1;
  /** Connected regions of the walkable mask, and those the goal's search enters. */
  private readonly regions: Regions;
  private readonly goalRegions: GoalRegions;
  /** Bucket queue without allocation: per bucket a linked list of pool nodes (cell, next). */
  private readonly head: Int32Array;
  private readonly nodeCell: Int32Array;
  private readonly nodeNext: Int32Array;
  /** The search's state between questions: next bucket distance, nodes queued, pool nodes used. */
  private bucket = 0;
  private pending = 0;
  private nodes = 0;
  goal = -1;

  /** `grid` may be shared with the bot's other fields. */
  constructor(private readonly width: number, height: number, private readonly grid = new WalkGrid(width, height)) {
    const n = width * height;
    this.dist = new Int32Array(n).fill(UNREACHED);
    this.searchExtra = new Int32Array(n);
    this.open = new Uint8Array(n);
    this.regions = new Regions(n);
    this.goalRegions = new GoalRegions(this.regions, width);
    this.head = new Int32Array(STEP + MAX_EXTRA + 1);
    // Each cell is queued at most once per neighbour that lowers it, so 4 per cell (+ the goal).
    this.nodeCell = new Int32Array(n * 4 + 1);
    this.nodeNext = new Int32Array(n * 4 + 1);
  }

  /**
   * Starts the search toward `goal` over the world's walkable cells, with `extra` (per cell, at
   * most MAX_EXTRA counted) added to the cost of entering a cell; null for none. The costs are
   * copied: changing them later does not disturb this search.
   */
  compute(world: World, goal: number, extra: CellCosts | null = null): void {
    const sameOpen = this.updateOpen(world);
    const sameExtra = this.updateExtra(extra);
    if (goal === this.goal && sameOpen && sameExtra) return;
    this.goal = goal;
    this.goalRegions.set(goal);
    this.dist.fill(UNREACHED);
    this.pending = 0;
    if (goal < 0 || goal >= this.dist.length) return;
    this.head.fill(-1);
    this.dist[goal] = 0;
    this.nodeCell[0] = goal;
    this.nodeNext[0] = -1;
    this.head[0] = 0;
    this.nodes = 1;
    this.pending = 1;
    this.bucket = 0;
  }

  /**
   * Brings the walkable mask (and its regions) up to date with the grid's; false if it changed
   * since this field's last search. The field keeps its own copy: a search goes on over the cells
   * it started with even after another field has seen the grid change.
   */
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

  /** Takes the extra costs for the next search; false if they may differ from the last search's. */
  private updateExtra(extra: CellCosts | null): boolean {
    const searchExtra = this.searchExtra;
    if (extra === null) {
      this.searchCosts = null;
      if (this.searchExtraZero) return true;
      searchExtra.fill(0);
      this.searchExtraZero = true;
      this.searchAligned = true;
      return false;
    }
    if (extra === this.searchCosts && extra.version === this.searchVersion) return true;
    searchExtra.set(extra.values.subarray(0, searchExtra.length));
    this.searchExtraZero = false;
    this.searchAligned = alignedCosts(searchExtra);
    this.searchCosts = extra;
    this.searchVersion = extra.version;
    return false;
  }

  /**
   * Runs the search on until `cell`'s distance is final: every bucket below `bucket` has been
   * processed, so a cell at or below it cannot be lowered any more (each step costs at least STEP).
   */
  private settle(cell: number): void {
    // Out of the goal's regions: never entered (the goal itself is settled from the start).
    if (!this.goalRegions.joins(cell)) return;
    const dist = this.dist;
    while (this.pending > 0 && dist[cell]! > this.bucket) this.processBucket();
  }

  /**
   * The least distance to the goal from any of the first `count` cells (UNREACHED if none has a
   * way), running the search only until the nearest is settled: the first a search outward from
   * the goal settles. All the cells at that distance are settled then too (distTo is cheap on them).
   */
  nearest(cells: ArrayLike<number>, count: number): number {
    const dist = this.dist;
    const n = dist.length;
    let least = UNREACHED;
    let joined = 0;
    for (let k = 0; k < count; k++) {
      const c = cells[k]!;
      if (c < 0 || c >= n || !this.goalRegions.joins(c)) continue;
      joined++;
      if (dist[c]! < least) least = dist[c]!;
    }
    // None can be reached: no need to search the goal's whole region to find that out.
    if (joined === 0) return UNREACHED;
    // Distances only fall as the search goes on, and only in a bucket that held a node.
    while (this.pending > 0 && least > this.bucket) {
      if (!this.processBucket()) continue;
      for (let k = 0; k < count; k++) {
        const c = cells[k]!;
        if (c >= 0 && c < n && dist[c]! < least) least = dist[c]!;
      }
    }
    return least;
  }

  /** Pops every node of the current bucket, relaxing its neighbours, and moves on to the next; false if it was empty. */
  private processBucket(): boolean {
    const { dist, searchExtra, head, nodeCell, nodeNext, width, open } = this;
    const n = dist.length;
    const size = head.length;
    const d = this.bucket;
    const b = d % size;
    // With costs all multiples of STEP every distance is one too: the buckets up to the next
    // multiple are empty, and passing them one by one would change nothing but `bucket`.
    const next = this.searchAligned ? d - (d % STEP) + STEP : d + 1;
    if (head[b]! < 0) {
      this.bucket = next;
      return false;
    }
    let nodes = this.nodes;
    let pending = this.pending;
    while (head[b]! >= 0) {
      const node = head[b]!;
      head[b] = nodeNext[node]!;
      pending--;
      const i = nodeCell[node]!;
      if (dist[i] !== d) continue;
      const x = i % width;
      for (let k = 0; k < 4; k++) {
        const j = k === 0 ? i - width : k === 1 ? i + width : k === 2 ? (x > 0 ? i - 1 : -1) : x < width - 1 ? i + 1 : -1;
        if (j < 0 || j >= n || open[j] === 0) continue;
        const e = searchExtra[j]!;
        const nd = d + STEP + (e < MAX_EXTRA ? e : MAX_EXTRA);
        if (nd >= dist[j]!) continue;
        dist[j] = nd;
        const slot = nd % size;
        nodeCell[nodes] = j;
        nodeNext[nodes] = head[slot]!;
        head[slot] = nodes++;
        pending++;
      }
    }
    this.nodes = nodes;
    this.pending = pending;
    this.bucket = next;
    return true;
  }

  /** Weighted distance from `cell` to the goal, UNREACHED if there is no way (or off the grid). */
  distTo(cell: number): number {
    if (cell < 0 || cell >= this.dist.length) return UNREACHED;
    this.settle(cell);
    return this.dist[cell]!;
  }

  /** Runs the search to its end, so that every distance is final (for scans of the whole grid). */
  settleAll(): void {
    while (this.pending > 0) this.processBucket();
  }

  /** The neighbouring cell (4-way) nearest the goal, or -1 if none is nearer than `cell`. */
  downhill(cell: number): number {
    const width = this.width;
    const x = cell % width;
    let best = -1;
    let bestD = this.distTo(cell);
    for (let k = 0; k < 4; k++) {
      const j = k === 0 ? cell - width : k === 1 ? cell + width : k === 2 ? (x > 0 ? cell - 1 : -1) : x < width - 1 ? cell + 1 : -1;
      if (j < 0 || j >= this.dist.length) continue;
      const d = this.distTo(j);
      if (d < bestD) {
        bestD = d;
        best = j;
      }
    }
    return best;
  }

  reachable(cell: number): boolean {
    return this.distTo(cell) !== UNREACHED;
  }
}

/** Whether every cost (as the search counts it, at most MAX_EXTRA) is a multiple of STEP. */
function alignedCosts(extra: Int32Array): boolean {
  for (let i = 0; i < extra.length; i++) {
    const e = extra[i]!;
    if (e < MAX_EXTRA && e % STEP !== 0) return false;
  }
  return true;
}
