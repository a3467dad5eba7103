// Weighted distances over the walkable grid toward one goal cell (Dijkstra with a bucket queue),
// so a bot can walk downhill around what hurts: burning floor, the car's lane, the edge of a gap.
// Costs are small integers per cell entered; the plain step costs STEP.
import { Cell, type World } from '../../../sim';

export const UNREACHED = 0x7fffffff;
/** What entering an ordinary cell costs. */
export const STEP = 10;
/** Highest extra cost a cell may carry (bounds the bucket ring). */
export const MAX_EXTRA = 500;

// Read once: a const enum imported across modules costs a property read per use when transpiled
// file by file, and the walkable mask is rebuilt for every cell on every compute.
const FLOOR: number = Cell.Floor;
const DOOR: number = Cell.DoorClosed;

export class CostField {
  readonly dist: Int32Array;
  /** Extra cost of entering each cell, set by the caller before compute(). */
  readonly extra: Int32Array;
  /** Bucket queue without allocation: per bucket a linked list of pool nodes (cell, next). */
  private readonly head: Int32Array;
  private readonly nodeCell: Int32Array;
  private readonly nodeNext: Int32Array;
  /** Walkable cells as of the last compute (1): floor, and doors El may open (not hidden ones). */
  private readonly open: Uint8Array;
  private readonly doorCells: Uint8Array;
  private doorsOf: World['level'] | null = null;
  goal = -1;

  constructor(private readonly width: number, height: number) {
    this.dist = new Int32Array(width * height);
    this.extra = new Int32Array(width * height);
    this.open = new Uint8Array(width * height);
    this.doorCells = new Uint8Array(width * height);
    this.head = new Int32Array(STEP + MAX_EXTRA + 1);
    // Each cell is queued at most once per neighbour that lowers it, so 4 per cell (+ the goal).
    this.nodeCell = new Int32Array(width * height * 4 + 1);
    this.nodeNext = new Int32Array(width * height * 4 + 1);
  }

  compute(world: World, goal: number): void {
    this.goal = goal;
    const { dist, extra, head, nodeCell, nodeNext, width, open, doorCells } = this;
    dist.fill(UNREACHED);
    const n = dist.length;
    if (goal < 0 || goal >= n) return;
    if (this.doorsOf !== world.level) {
      doorCells.fill(0);
      for (const d of world.level.doors) if (!d.hidden) doorCells[d.ty * width + d.tx] = 1;
      this.doorsOf = world.level;
    }
    const cells = world.cells;
    for (let i = 0; i < n; i++) {
      const c = cells[i];
      open[i] = c === FLOOR || (c === DOOR && doorCells[i] === 1) ? 1 : 0;
    }
    const size = head.length;
    head.fill(-1);
    dist[goal] = 0;
    nodeCell[0] = goal;
    nodeNext[0] = -1;
    head[0] = 0;
    let nodes = 1;
    let pending = 1;
    // Bucket queue: costs per edge are at most size - 1, so a ring of that many buckets suffices.
    for (let d = 0; pending > 0; d++) {
      const b = d % size;
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
          const e = extra[j]!;
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
    }
  }

  /** The neighbouring cell (4-way) nearest the goal, or -1 if none is nearer than `cell`. */
  downhill(cell: number): number {
    const { dist, width } = this;
    const x = cell % width;
    let best = -1;
    let bestD = dist[cell] ?? UNREACHED;
    for (const j of [cell - width, cell + width, x > 0 ? cell - 1 : -1, x < width - 1 ? cell + 1 : -1]) {
      if (j < 0 || j >= dist.length) continue;
      if (dist[j]! < bestD) {
        bestD = dist[j]!;
        best = j;
      }
    }
    return best;
  }

  reachable(cell: number): boolean {
    return cell >= 0 && cell < this.dist.length && this.dist[cell] !== UNREACHED;
  }
}
