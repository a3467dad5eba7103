// Small walled grids with doors and extra costs, and a plain Dijkstra over them that is slow and
// obviously right: what the bots' grid searches are checked against.
import { Cell, type World } from '../../src/sim/index';
import { CellCosts, MAX_EXTRA, STEP, UNREACHED } from '../../src/headless/bots/tactician/cost-field';
import { stream } from '../sim/test-stream';

/** The tests' own deterministic stream (test/sim/test-stream.ts), for the grid tests that import it from here. */
export { stream };

export const W = 23;
export const H = 17;

export interface Grid {
  world: World;
  extra: Int32Array;
}

/** Floor with scattered walls, low cover and doors (one hidden), and random extra costs (`aligned`: multiples of STEP). */
export function grid(seed: number, aligned = false): Grid {
  const rnd = stream(seed);
  const cells = new Uint8Array(W * H);
  const doors: { tx: number; ty: number; hidden: boolean }[] = [];
  for (let i = 0; i < cells.length; i++) {
    const r = rnd();
    if (r < 0.22) cells[i] = Cell.Wall;
    else if (r < 0.26) cells[i] = Cell.Cover;
    else if (r < 0.3) {
      cells[i] = Cell.DoorClosed;
      doors.push({ tx: i % W, ty: Math.floor(i / W), hidden: doors.length === 0 });
    } else cells[i] = Cell.Floor;
  }
  const extra = new Int32Array(W * H);
  for (let i = 0; i < extra.length; i++) {
    const e = rnd() < 0.15 ? Math.floor(rnd() * (MAX_EXTRA + 200)) : 0;
    // Aligned: multiples of STEP, as the tactician's hazard costs all are.
    extra[i] = aligned ? e - (e % STEP) : e;
  }
  const world = { cells, level: { width: W, height: H, doors } } as unknown as World;
  return { world, extra };
}

/** Plain Dijkstra over the whole grid, by repeated scans: slow and obviously right. */
export function reference({ world, extra }: Grid, goal: number): Int32Array {
  const n = W * H;
  const hiddenDoor = new Set(world.level.doors.filter((d) => d.hidden).map((d) => d.ty * W + d.tx));
  const open = (i: number) => world.cells[i] === Cell.Floor || (world.cells[i] === Cell.DoorClosed && !hiddenDoor.has(i));
  const dist = new Int32Array(n).fill(UNREACHED);
  const done = new Uint8Array(n);
  dist[goal] = 0;
  for (;;) {
    let i = -1;
    for (let k = 0; k < n; k++) if (!done[k] && dist[k] !== UNREACHED && (i < 0 || dist[k]! < dist[i]!)) i = k;
    if (i < 0) return dist;
    done[i] = 1;
    const x = i % W;
    for (const j of [i - W, i + W, x > 0 ? i - 1 : -1, x < W - 1 ? i + 1 : -1]) {
      if (j < 0 || j >= n || !open(j)) continue;
      dist[j] = Math.min(dist[j]!, dist[i]! + STEP + Math.min(extra[j]!, MAX_EXTRA));
    }
  }
}

export function costsOf(g: Grid): CellCosts {
  const c = new CellCosts(W * H);
  c.values.set(g.extra);
  return c;
}

