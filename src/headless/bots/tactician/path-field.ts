// The way toward one goal cell for a walker who asks only "which neighbour is nearer the goal?"
// from where he stands: the same weighted distances as a CostField toward the goal, found by a
// search from the goal aimed at the asker (A* with a bucket queue), so a goal twenty steps away
// costs about the twenty steps between, not the disc of cells around the goal that Dijkstra
// settles first.
//
// The search aims at the cell of the first question after a restart, its "focus". Its heuristic,
// STEP per step of Manhattan distance to the focus' nearest neighbour (0 on the focus and its four
// neighbours), never overestimates and drops by at most STEP per step (a step costs at least
// STEP), so every cell leaves the queue with its exact distance, in order of distance + heuristic.
// Questions from other cells go on with the same search (a walker's next cell is mostly settled
// already); one from a cell not settled yet restarts it aimed there. Answers are exactly those of
// CostField.downhill: a neighbour not settled yet is passed over only when the search proves it
// no nearer than the best so far.
import type { World } from '../../../sim';
import { GoalRegions } from '../regions';
import { CellCosts, COSTS_LISTED, MAX_EXTRA, SAME, SearchInputs, STEP } from './search-inputs';
import { WalkGrid } from './walk-grid';

export const UNREACHED = 0x7fffffff;

/**
 * Entries in the queue lie within this much of the bucket being taken (a step costs at most
 * STEP + MAX_EXTRA, and the heuristic grows by at most STEP along it).
 */
const RING = 2 * STEP + MAX_EXTRA + 1;

export class PathField {
  /** Tentative distances, valid where `distGen` holds this search's generation. */
  private readonly dist: Int32Array;
  private readonly distGen: Int32Array;
  /** This search's generation where a cell has left the queue (its distance final). */
  private readonly doneGen: Int32Array;
  /** Bumped by each restart: stale entries of the arrays above need no clearing. */
  private gen = 0;
  private readonly inputs: SearchInputs;
  private readonly goalRegions: GoalRegions;
  /** Bucket queue without allocation: per bucket (distance + heuristic) a linked list of pool nodes. */
  private readonly head: Int32Array;
  private readonly nodeCell: Int32Array;
  private readonly nodeNext: Int32Array;
  /** Next bucket to take, nodes queued, pool nodes used. */
  private bucket = 0;
  private pending = 0;
  private nodes = 0;
  /** Where the search aims, in cells; and whether it must restart before the next answer. */
  private focusX = 0;
  private focusY = 0;
  private stale = true;
  goal = -1;

  /** `grid` may be shared with the bot's other fields. */
  constructor(private readonly width: number, height: number, grid = new WalkGrid(width, height)) {
    const n = width * height;
    this.dist = new Int32Array(n);
    this.distGen = new Int32Array(n);
    this.doneGen = new Int32Array(n);
    this.inputs = new SearchInputs(n, grid);
    this.goalRegions = new GoalRegions(this.inputs.regions, width);
    this.head = new Int32Array(RING);
    // Each cell is queued at most once per neighbour that lowers it, so 4 per cell (+ the goal).
    this.nodeCell = new Int32Array(n * 4 + 1);
    this.nodeNext = new Int32Array(n * 4 + 1);
  }

  /**
   * The way toward `goal` over the world's walkable cells, with `extra` (per cell, at most
   * MAX_EXTRA counted) added to the cost of entering a cell; null for none. The costs are copied.
   * With the same goal, walkable cells and costs as the last call, the search goes on where it was.
   */
  compute(world: World, goal: number, extra: CellCosts | null = null): void {
    const change = this.inputs.update(world, extra);
    if (goal === this.goal && (change === SAME || (change === COSTS_LISTED && !this.reachedAny()))) return;
    this.goal = goal;
    this.goalRegions.set(goal);
    this.stale = true;
  }

  /**
   * Whether the running search has reached (queued) any cell whose cost just changed: if not, it
   * has read none of the new costs and goes on as sound as a fresh one (as CostField's).
   */
  private reachedAny(): boolean {
    if (this.stale) return false;
    const { changed, changedCount } = this.inputs;
    for (let k = 0; k < changedCount; k++) if (this.distGen[changed[k]!] === this.gen) return true;
    return false;
  }

  /** The neighbouring cell (4-way) nearest the goal, or -1 if none is nearer than `cell` (CostField.downhill's answer). */
  downhill(cell: number): number {
    // Aimed afresh at a cell the search has not settled yet (not at one it never reaches).
    if (this.stale || (cell >= 0 && cell < this.dist.length && this.doneGen[cell] !== this.gen && this.goalRegions.joins(cell))) this.restart(cell);
    const width = this.width;
    const n = this.dist.length;
    const x = cell % width;
    let best = -1;
    let bestD = this.distTo(cell);
    for (let k = 0; k < 4; k++) {
      const j = k === 0 ? cell - width : k === 1 ? cell + width : k === 2 ? (x > 0 ? cell - 1 : -1) : x < width - 1 ? cell + 1 : -1;
      if (j < 0 || j >= n || !this.goalRegions.joins(j)) continue;
      // Unsettled, j is at least `bucket - h(j)` away (everything queued below `bucket` has
      // left): run on only while that could beat bestD.
      const h = this.heuristic(j);
      while (this.doneGen[j] !== this.gen && this.pending > 0 && this.bucket - h < bestD) this.takeOne();
      if (this.doneGen[j] !== this.gen) continue;
      const d = this.dist[j]!;
      if (d < bestD) {
        bestD = d;
        best = j;
      }
    }
    return best;
  }

  /** Weighted distance from `cell` to the goal, UNREACHED if there is no way (or off the grid). */
  distTo(cell: number): number {
    if (cell < 0 || cell >= this.dist.length) return UNREACHED;
    if (this.stale) this.restart(cell);
    if (!this.goalRegions.joins(cell)) return UNREACHED;
    const done = this.doneGen;
    while (done[cell] !== this.gen && this.pending > 0) this.takeOne();
    return done[cell] === this.gen ? this.dist[cell]! : UNREACHED;
  }

  /** Starts the search from the goal afresh, aimed at `focus`. */
  private restart(focus: number): void {
    this.stale = false;
    this.gen++;
    this.pending = 0;
    const fx = focus % this.width;
    this.focusX = fx;
    this.focusY = (focus - fx) / this.width;
    const goal = this.goal;
    if (goal < 0 || goal >= this.dist.length) return;
    this.head.fill(-1);
    this.dist[goal] = 0;
    this.distGen[goal] = this.gen;
    const f = this.heuristic(goal);
    this.nodeCell[0] = goal;
    this.nodeNext[0] = -1;
    this.head[f % RING] = 0;
    this.nodes = 1;
    this.pending = 1;
    this.bucket = f;
  }

  /** STEP per step from `cell` to the nearest of the focus and its four neighbours (Manhattan). */
  private heuristic(cell: number): number {
    const x = cell % this.width;
    const y = (cell - x) / this.width;
    const m = (x > this.focusX ? x - this.focusX : this.focusX - x) + (y > this.focusY ? y - this.focusY : this.focusY - y);
    return m > 1 ? (m - 1) * STEP : 0;
  }

  /**
   * Takes one node off the queue (the last queued of the lowest bucket: the search runs on along
   * one way toward the focus instead of widening over every cell of equal promise), settling it
   * and relaxing its neighbours. Called only while nodes are pending.
   */
  private takeOne(): void {
    const { head, nodeCell, nodeNext } = this;
    let f = this.bucket;
    // With costs all multiples of STEP, so is every distance and heuristic: the buckets between
    // are empty.
    const by = this.inputs.aligned ? STEP : 1;
    while (head[f % RING]! < 0) f = by === 1 ? f + 1 : f - (f % STEP) + STEP;
    this.bucket = f;
    const b = f % RING;
    const node = head[b]!;
    head[b] = nodeNext[node]!;
    this.pending--;
    const i = nodeCell[node]!;
    const { dist, distGen, doneGen, width, gen } = this;
    // Left the queue already through a lower entry (this one is stale).
    if (doneGen[i] === gen) return;
    doneGen[i] = gen;
    const { extra, steps } = this.inputs;
    const d = dist[i]!;
    // The walkable neighbours, in the order up, down, left, right.
    const m = steps[i]!;
    let nodes = this.nodes;
    for (let k = 0; k < 4; k++) {
      if ((m & (1 << k)) === 0) continue;
      const j = k === 0 ? i - width : k === 1 ? i + width : k === 2 ? i - 1 : i + 1;
      const e = extra[j]!;
      const nd = d + STEP + (e < MAX_EXTRA ? e : MAX_EXTRA);
      if (distGen[j] === gen && nd >= dist[j]!) continue;
      dist[j] = nd;
      distGen[j] = gen;
      // Never below this bucket: the heuristic drops by at most the STEP a move costs.
      const slot = (nd + this.heuristic(j)) % RING;
      nodeCell[nodes] = j;
      nodeNext[nodes] = head[slot]!;
      head[slot] = nodes++;
      this.pending++;
    }
    this.nodes = nodes;
  }
}
