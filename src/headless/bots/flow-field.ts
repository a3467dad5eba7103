// Breadth-first distances over the walkable grid toward one goal cell, for bots to walk downhill.
import { Cell, type World } from '../../sim';

const UNREACHED = 0x7fffffff;

export class FlowField {
  readonly dist: Int32Array;
  private readonly queue: Int32Array;
  goal = -1;

  constructor(private readonly width: number, height: number) {
    this.dist = new Int32Array(width * height);
    this.queue = new Int32Array(width * height);
  }

  /** Walkable for a bot: floor and doors it can open (hidden doors look like wall). */
  private walkable(world: World, i: number): boolean {
    const c = world.cells[i];
    if (c === Cell.Floor) return true;
    if (c !== Cell.DoorClosed) return false;
    const w = this.width;
    return world.level.doors.some((d) => !d.hidden && d.ty * w + d.tx === i);
  }

  compute(world: World, goal: number): void {
    this.goal = goal;
    const { dist, queue, width } = this;
    dist.fill(UNREACHED);
    const n = dist.length;
    if (goal < 0 || goal >= n) return;
    dist[goal] = 0;
    let head = 0;
    let tail = 0;
    queue[tail++] = goal;
    while (head < tail) {
      const i = queue[head++]!;
      const x = i % width;
      const next = dist[i]! + 1;
      for (const j of [i - width, i + width, x > 0 ? i - 1 : -1, x < width - 1 ? i + 1 : -1]) {
        if (j < 0 || j >= n || dist[j] !== UNREACHED || !this.walkable(world, j)) continue;
        dist[j] = next;
        queue[tail++] = j;
      }
    }
  }

  /** The neighbouring cell (4-way) that is closest to the goal, or -1 if none is closer. */
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
