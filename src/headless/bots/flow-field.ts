// Breadth-first distances over the walkable grid toward one goal cell, for bots to walk downhill.
//
// The search is lazy: compute() only sets it up (and notes which cells are walkable then), and each
// question runs it on just until the cells asked about are found. Breadth-first search gives a
// cell its final distance when it first reaches it, so the answers are those of a full search.
// A compute() toward the same goal over the same cells keeps the search where it is.
import { Cell, type World } from '../../sim';
import { GoalRegions, Regions } from './regions';
import { sameBytes } from './same-bytes';

const UNREACHED = 0x7fffffff;

// Read once: a const enum imported across modules costs a property read per use.
const FLOOR: number = Cell.Floor;
const DOOR: number = Cell.DoorClosed;

export class FlowField {
  private readonly dist: Int32Array;
  private readonly queue: Int32Array;
  /** Walkable for a bot as of the last compute: floor and doors it can open (hidden doors look like wall). */
  private readonly open: Uint8Array;
  /** The world's cells as `open` was last built from. */
  private readonly cellsSeen: Uint8Array;
  /** Connected regions of `open`, and those the goal's search enters. */
  private readonly regions: Regions;
  private readonly goalRegions: GoalRegions;
  private readonly doorCells: Uint8Array;
  private doorsOf: World['level'] | null = null;
  /** The search's queue between questions. */
  private head = 0;
  private tail = 0;
  goal = -1;

  constructor(private readonly width: number, height: number) {
    this.dist = new Int32Array(width * height).fill(UNREACHED);
    this.queue = new Int32Array(width * height);
    this.open = new Uint8Array(width * height);
    this.cellsSeen = new Uint8Array(width * height);
    this.regions = new Regions(width * height);
    this.goalRegions = new GoalRegions(this.regions, width);
    this.doorCells = new Uint8Array(width * height);
  }

  compute(world: World, goal: number): void {
    const { dist, queue, width, open, doorCells } = this;
    const n = dist.length;
    const cells = world.cells;
    const sameLevel = this.doorsOf === world.level;
    // The cells change rarely (a door, a table, a beam burnt through): compared first.
    const sameCells = sameLevel && cells.length === n && sameBytes(cells, this.cellsSeen);
    if (sameCells && goal === this.goal) return;
    this.goal = goal;
    if (!sameLevel) {
      doorCells.fill(0);
      for (const d of world.level.doors) if (!d.hidden) doorCells[d.ty * width + d.tx] = 1;
      this.doorsOf = world.level;
    }
    if (!sameCells) {
      this.cellsSeen.set(cells.subarray(0, n));
      for (let i = 0; i < n; i++) {
        const c = cells[i];
        open[i] = c === FLOOR || (c === DOOR && doorCells[i] === 1) ? 1 : 0;
      }
      this.regions.build(open, width);
    }
    this.goalRegions.set(goal);
    dist.fill(UNREACHED);
    this.head = 0;
    this.tail = 0;
    if (goal < 0 || goal >= n) return;
    dist[goal] = 0;
    queue[this.tail++] = goal;
  }

  /** Takes the next cell off the queue and finds its unfound walkable neighbours. */
  private expand(): void {
    const { dist, queue, width, open } = this;
    const n = dist.length;
    const i = queue[this.head++]!;
    const x = i % width;
    const next = dist[i]! + 1;
    for (let k = 0; k < 4; k++) {
      const j = k === 0 ? i - width : k === 1 ? i + width : k === 2 ? (x > 0 ? i - 1 : -1) : x < width - 1 ? i + 1 : -1;
      if (j < 0 || j >= n || dist[j] !== UNREACHED || open[j] === 0) continue;
      dist[j] = next;
      queue[this.tail++] = j;
    }
  }

  /** Steps from `cell` to the goal (UNREACHED: no way, a wall, or off the grid). */
  distTo(cell: number): number {
    const dist = this.dist;
    if (cell < 0 || cell >= dist.length) return UNREACHED;
    // The goal is found from the start; other cells only if a walk joins them to it.
    if (!this.goalRegions.joins(cell)) return UNREACHED;
    while (dist[cell] === UNREACHED && this.head < this.tail) this.expand();
    return dist[cell]!;
  }

  /**
   * Runs the search until every cell within `steps` of the goal is found, and returns the
   * distances: exact up to `steps`, anything else more than `steps` (or UNREACHED).
   */
  within(steps: number): Int32Array {
    const { dist, queue } = this;
    while (this.head < this.tail && dist[queue[this.head]!]! < steps) this.expand();
    return dist;
  }

  /** The neighbouring cell (4-way) that is closest to the goal, or -1 if none is closer. */
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
