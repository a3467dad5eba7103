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
import { GoalRegions } from '../regions';
import { CellCosts, COSTS_LISTED, MAX_EXTRA, SAME, SearchInputs, STEP } from './search-inputs';
import { WalkGrid } from './walk-grid';

export { CellCosts, MAX_EXTRA, STEP };
export const UNREACHED = 0x7fffffff;

export class CostField {
  /** Distances found so far: final where settled (see settle), else an upper bound or UNREACHED. */
  private readonly dist: Int32Array;
  /** The walkable cells and extra costs the running search was started with (it reads only these). */
  private readonly inputs: SearchInputs;
  /** The regions the goal's search enters. */
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
  constructor(private readonly width: number, height: number, grid = new WalkGrid(width, height)) {
    const n = width * height;
    this.dist = new Int32Array(n).fill(UNREACHED);
    this.inputs = new SearchInputs(n, grid);
    this.goalRegions = new GoalRegions(this.inputs.regions, width);
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
    const change = this.inputs.update(world, extra);
    if (goal === this.goal && (change === SAME || (change === COSTS_LISTED && !this.reachedAny()))) return;
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
   * Whether the search has reached (given a distance to) any cell whose cost just changed. If not,
   * it has read none of the new costs and goes on as sound as a fresh one: every distance it has
   * settled holds (a way through a changed cell would leave the settled cells through a cell the
   * search has already reached, at no less than its distance), and the cells it has yet to reach
   * will be entered at their new costs.
   */
  private reachedAny(): boolean {
    const { changed, changedCount } = this.inputs;
    for (let k = 0; k < changedCount; k++) if (this.dist[changed[k]!] !== UNREACHED) return true;
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
    // No cell is nearer the goal than STEP per step between them: until the search has passed the
    // least of those bounds, none of the cells can be settled, and they need no looking at.
    let bound = UNREACHED;
    const width = this.width;
    const gx = this.goal % width;
    const gy = (this.goal - gx) / width;
    for (let k = 0; k < count; k++) {
      const c = cells[k]!;
      if (c < 0 || c >= n || !this.goalRegions.joins(c)) continue;
      joined++;
      if (dist[c]! < least) least = dist[c]!;
      const cx = c % width;
      const cy = (c - cx) / width;
      const steps = (cx > gx ? cx - gx : gx - cx) + (cy > gy ? cy - gy : gy - cy);
      if (steps * STEP < bound) bound = steps * STEP;
    }
    // None can be reached: no need to search the goal's whole region to find that out.
    if (joined === 0) return UNREACHED;
    // Distances only fall as the search goes on, and only in a bucket that held a node.
    while (this.pending > 0 && least > this.bucket) {
      if (!this.processBucket() || this.bucket < bound) continue;
      for (let k = 0; k < count; k++) {
        const c = cells[k]!;
        if (c >= 0 && c < n && dist[c]! < least) least = dist[c]!;
      }
    }
    // Once more, for a search that ran out before passing the bound (nothing is lost then either).
    for (let k = 0; k < count; k++) {
      const c = cells[k]!;
      if (c >= 0 && c < n && dist[c]! < least) least = dist[c]!;
    }
    return least;
  }

  /**
   * The first of the first `count` cells (its index in `cells`) at the least distance to the goal,
   * or -1 if none has a way: nearest()'s cell, found without settling the cells farther away.
   */
  nearestIndex(cells: ArrayLike<number>, count: number): number {
    // Mostly the search has already passed the nearest (a bot asks every tick about men who moved
    // a little): then one look at the distances found so far answers. Every cell whose distance is
    // at most `bucket` holds its final one, so a least found at or below it is the least, and the
    // first cell holding it the first at it.
    const dist = this.dist;
    let first = -1;
    let least = UNREACHED;
    for (let k = 0; k < count; k++) {
      const c = cells[k]!;
      if (c >= 0 && c < dist.length && dist[c]! < least) {
        least = dist[c]!;
        first = k;
      }
    }
    if (least <= this.bucket || this.pending === 0) return first;
    return this.searchedIndex(cells, count);
  }

  /** nearestIndex() running the search on as far as it takes. */
  private searchedIndex(cells: ArrayLike<number>, count: number): number {
    const least = this.nearest(cells, count);
    if (least === UNREACHED) return -1;
    // Every cell up to `bucket` (and least is no more) holds its final distance already, and a
    // cell farther away holds more than least: a cell's distance as found so far tells.
    const dist = this.dist;
    for (let k = 0; k < count; k++) {
      const c = cells[k]!;
      if (c >= 0 && c < dist.length && dist[c] === least) return k;
    }
    return -1;
  }

  /** Pops every node of the current bucket, relaxing its neighbours, and moves on to the next; false if it was empty. */
  private processBucket(): boolean {
    const { dist, head, nodeCell, nodeNext, width } = this;
    const { extra: searchExtra, steps, aligned } = this.inputs;
    const size = head.length;
    const d = this.bucket;
    const b = d % size;
    // With costs all multiples of STEP every distance is one too: the buckets up to the next
    // multiple are empty, and passing them one by one would change nothing but `bucket`.
    const next = aligned ? d - (d % STEP) + STEP : d + 1;
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
      // The walkable neighbours, in the order up, down, left, right.
      const m = steps[i]!;
      for (let k = 0; k < 4; k++) {
        if ((m & (1 << k)) === 0) continue;
        const j = k === 0 ? i - width : k === 1 ? i + width : k === 2 ? i - 1 : i + 1;
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

  /**
   * Whether the goal can be walked to from `cell`: exactly when the cell lies in the regions the
   * goal's search enters (costs are finite), so the answer needs no search at all.
   */
  reachable(cell: number): boolean {
    return cell >= 0 && cell < this.dist.length && this.goalRegions.joins(cell);
  }
}

