// Weighted distances over the walkable grid toward one goal cell (Dijkstra with a bucket queue),
// so a bot can walk downhill around what hurts: burning floor, the car's lane, the edge of a gap.
// Costs are small integers per cell entered; the plain step costs STEP.
import { Cell } from '../../../sim/level-data';
import type { World } from '../../../sim/world';

export const UNREACHED = 0x7fffffff;
/** What entering an ordinary cell costs. */
export const STEP = 10;
/** Highest extra cost a cell may carry (bounds the bucket ring). */
export const MAX_EXTRA = 500;

export class CostField {
  readonly dist: Int32Array;
  /** Extra cost of entering each cell, set by the caller before compute(). */
  readonly extra: Int32Array;
  private readonly ring: number[][];
  goal = -1;

  constructor(private readonly width: number, height: number) {
    this.dist = new Int32Array(width * height);
    this.extra = new Int32Array(width * height);
    this.ring = Array.from({ length: STEP + MAX_EXTRA + 1 }, () => []);
  }

  /** Floor, and doors El may open (a hidden door looks like wall to him). */
  walkable(world: World, i: number): boolean {
    const c = world.cells[i];
    if (c === Cell.Floor) return true;
    if (c !== Cell.DoorClosed) return false;
    const w = this.width;
    return world.level.doors.some((d) => !d.hidden && d.ty * w + d.tx === i);
  }

  compute(world: World, goal: number): void {
    this.goal = goal;
    const { dist, extra, ring, width } = this;
    dist.fill(UNREACHED);
    const n = dist.length;
    if (goal < 0 || goal >= n) return;
    dist[goal] = 0;
    const size = ring.length;
    for (const b of ring) b.length = 0;
    ring[0]!.push(goal);
    let pending = 1;
    // Bucket queue: costs per edge are at most size - 1, so a ring of that many buckets suffices.
    for (let d = 0; pending > 0; d++) {
      const bucket = ring[d % size]!;
      while (bucket.length > 0) {
        const i = bucket.pop()!;
        pending--;
        if (dist[i] !== d) continue;
        const x = i % width;
        for (let k = 0; k < 4; k++) {
          const j = k === 0 ? i - width : k === 1 ? i + width : k === 2 ? (x > 0 ? i - 1 : -1) : x < width - 1 ? i + 1 : -1;
          if (j < 0 || j >= n || !this.walkable(world, j)) continue;
          const nd = d + STEP + Math.min(MAX_EXTRA, extra[j]!);
          if (nd >= dist[j]!) continue;
          dist[j] = nd;
          ring[nd % size]!.push(j);
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
