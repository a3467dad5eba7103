// Regions for the path search: the parts of the grid a walker with a given door permission could
// move within if nothing burned (4-connected open cells; a diagonal step needs both orthogonal cells
// open, so diagonals join nothing new). Flames only ever close cells, so a region holds every cell a
// search from inside it can reach: a goal outside it is unreachable, and no reachable cell is closer
// to the goal than the region's closest. A search toward an unreachable goal floods everything it can
// reach to find its closest cell; once it has expanded a cell as close as that bound, nothing later
// can replace it, so findPath stops there with the very route the whole flood would give.
// Fire changes nearly every tick on some maps; walls, doors and tables seldom: so the regions follow
// the cells alone. A cache, not world state (never hashed or cloned): checked against the level and
// a copy of the cells at each use, so no writer anywhere has to report a change and no answer can
// come from other cells (a clone's, another run's, an older grid).
import type { LevelData } from '../level-data';
import type { World } from '../world';
import { octile } from './path-costs';
import { BURNING, DOOR, DoorPass, doorOk, FLOOR } from './walkable';

const PERMISSIONS = 3;

/**
 * The regions for one door permission, kept as horizontal runs of open cells (a row, its first and
 * last column): they are found by joining runs that touch across rows, and a region's closest cell
 * to a goal is found run by run, not cell by cell. No per-cell labels: a question names only a few
 * cells, and their run is found in their row's short list of runs (labelling every cell at each
 * rebuild cost more than all the look-ups).
 */
class PermissionRegions {
  /** The copy version these were built from (0: never). */
  builtFor = 0;
  /** Row y's runs are runs rowFirst[y] to rowFirst[y + 1] - 1. */
  readonly rowFirst: Int32Array;
  /** Each run's region. */
  readonly runRegion: Int32Array;
  /** The runs in row order, and each run's next one in its region (-1: the last). */
  readonly runRow: Int32Array;
  readonly runX0: Int32Array;
  readonly runX1: Int32Array;
  readonly runNext: Int32Array;
  /** Each region's first run. */
  readonly head: Int32Array;

  constructor(n: number, h: number) {
    this.rowFirst = new Int32Array(h + 1);
    this.runRegion = new Int32Array(n);
    this.runRow = new Int32Array(n);
    this.runX0 = new Int32Array(n);
    this.runX1 = new Int32Array(n);
    this.runNext = new Int32Array(n);
    this.head = new Int32Array(n);
  }
}

/** The regions of the grid last asked about, and the cells they were built from. */
class Regions {
  /** The level and a copy of the cells the regions describe, with a 32-bit view of the copy. */
  level: LevelData | null = null;
  cells: Uint8Array = new Uint8Array(0);
  cellWords: Int32Array = new Int32Array(0);
  /** The live cells last compared, and a view of them (kept: a view per question would allocate). */
  liveCells: Uint8Array = new Uint8Array(0);
  liveCellWords: Int32Array = new Int32Array(0);
  /** Bumped whenever the copy is refreshed. */
  version = 1;
  byPermission: PermissionRegions[] = [];
  /** Scratch for building: union-find parents of the runs. */
  parent: Int32Array = new Int32Array(0);

  /** Brings the copy up to the world's level and cells if anything differs. */
  update(world: World): void {
    const live = world.cells;
    if (live !== this.liveCells) {
      this.liveCells = live;
      this.liveCellWords = wordsOf(live);
    }
    if (world.level === this.level && same(live, this.cells, this.liveCellWords, this.cellWords)) return;
    if (world.level !== this.level || live.length !== this.cells.length) {
      this.level = world.level;
      const n = live.length;
      this.cells = new Uint8Array(n);
      this.cellWords = wordsOf(this.cells);
      this.byPermission = [];
      for (let p = 0; p < PERMISSIONS; p++) this.byPermission.push(new PermissionRegions(n, world.level.height));
      this.parent = new Int32Array(n);
    } else {
      // Most changes open or close no cell for some permissions (a door opening leaves an alerted
      // man's regions as they were): those keep their regions instead of rebuilding them.
      for (let p = 0; p < PERMISSIONS; p++) {
        const pr = this.byPermission[p]!;
        if (pr.builtFor === this.version && sameOpenCells(world, this.cells, live, this.cellWords, this.liveCellWords, p)) pr.builtFor = this.version + 1;
      }
    }
    this.cells.set(live);
    this.version++;
  }

  /** The regions for a door permission, built from the copy if they are out of date. */
  build(world: World, doors: DoorPass): PermissionRegions {
    const pr = this.byPermission[doors]!;
    if (pr.builtFor === this.version) return pr;
    pr.builtFor = this.version;
    const { width: w, height: h } = world.level;
    const { rowFirst, runRegion, runRow, runX0, runX1, runNext, head } = pr;
    const cells = this.cells;
    const parent = this.parent;
    // The runs, row by row; each joined to the runs of the row above that share a column with it.
    let runs = 0;
    let rowAboveFirst = 0;
    for (let y = 0; y < h; y++) {
      const first = runs;
      rowFirst[y] = first;
      const row = y * w;
      let above = rowAboveFirst;
      for (let x = 0; x < w; x++) {
        if (!isOpen(world, cells, row + x, doors)) continue;
        const x0 = x;
        while (x + 1 < w && isOpen(world, cells, row + x + 1, doors)) x++;
        runRow[runs] = y;
        runX0[runs] = x0;
        runX1[runs] = x;
        parent[runs] = runs;
        // Both rows' runs go left to right: those ending before this one starts touch no later one.
        while (above < first && runX1[above]! < x0) above++;
        for (let k = above; k < first && runX0[k]! <= x; k++) unite(parent, k, runs);
        runs++;
      }
      rowAboveFirst = first;
    }
    rowFirst[h] = runs;
    // Regions numbered in order of their first run (a set's root is its first run: unite keeps the
    // smaller index); each region's runs linked in row order.
    let regions = 0;
    for (let k = 0; k < runs; k++) {
      const r = find(parent, k);
      runRegion[k] = r === k ? regions++ : runRegion[r]!;
    }
    head.fill(-1, 0, regions);
    for (let k = runs - 1; k >= 0; k--) {
      const region = runRegion[k]!;
      runNext[k] = head[region]!;
      head[region] = k;
    }
    return pr;
  }
}

/** The region of cell (x, y), inside the map; -1: closed. */
function regionAt(pr: PermissionRegions, x: number, y: number): number {
  const end = pr.rowFirst[y + 1]!;
  for (let k = pr.rowFirst[y]!; k < end; k++) {
    if (x > pr.runX1[k]!) continue;
    return x >= pr.runX0[k]! ? pr.runRegion[k]! : -1;
  }
  return -1;
}

/** Whether the walker may step into cell i of the copy (the walkable.ts rule, fire left out). */
function isOpen(world: World, cells: Uint8Array, i: number, doors: DoorPass): boolean {
  const c = cells[i]!;
  return c === FLOOR || (c === DOOR && doorOk(world, i, doors));
}

/** The root of run k's set (halving the path on the way). */
function find(parent: Int32Array, k: number): number {
  while (parent[k] !== k) {
    const up = parent[parent[k]!]!;
    parent[k] = up;
    k = up;
  }
  return k;
}

/** Joins the sets of runs a and b under the smaller root. */
function unite(parent: Int32Array, a: number, b: number): void {
  const ra = find(parent, a);
  const rb = find(parent, b);
  if (ra < rb) parent[rb] = ra;
  else if (rb < ra) parent[ra] = rb;
}

/** A 32-bit view of the whole words of a byte grid (none when it is not 4-byte aligned). */
function wordsOf(bytes: Uint8Array): Int32Array {
  return new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteOffset % 4 === 0 ? bytes.length >> 2 : 0);
}

/** Whether two byte grids of one length hold the same bytes (by words, then the bytes left over). */
function same(a: Uint8Array, b: Uint8Array, aw: Int32Array, bw: Int32Array): boolean {
  if (a.length !== b.length) return false;
  const words = aw.length < bw.length ? aw.length : bw.length;
  for (let k = 0; k < words; k++) if (aw[k] !== bw[k]) return false;
  for (let i = words << 2; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Whether the grids `was` and `now` (one length) have the same open cells for this door permission:
 * every cell that differs is open in both or closed in both (by words, then the bytes left over).
 */
function sameOpenCells(world: World, was: Uint8Array, now: Uint8Array, wasWords: Int32Array, nowWords: Int32Array, doors: DoorPass): boolean {
  const words = wasWords.length < nowWords.length ? wasWords.length : nowWords.length;
  for (let k = 0; k < words; k++) {
    if (wasWords[k] === nowWords[k]) continue;
    for (let i = k << 2; i < (k << 2) + 4; i++) {
      if (was[i] !== now[i] && isOpen(world, was, i, doors) !== isOpen(world, now, i, doors)) return false;
    }
  }
  for (let i = words << 2; i < was.length; i++) {
    if (was[i] !== now[i] && isOpen(world, was, i, doors) !== isOpen(world, now, i, doors)) return false;
  }
  return true;
}

// One set for the whole program, like the search's workspace: worlds (a clone, another run) take
// turns, and a world whose cells differ from the copy rebuilds it.
const regions = new Regions();

function regionsOf(world: World, doors: DoorPass): PermissionRegions {
  regions.update(world);
  return regions.build(world, doors);
}

/**
 * For a search from cell (sx, sy) toward cell `goal` (gx, gy) with this door permission: -1 when
 * the goal may be reachable, else a heuristic value no cell the search can reach goes below (the
 * least in its regions, the start's own included).
 */
export function unreachableGoalBound(world: World, sx: number, sy: number, goal: number, gx: number, gy: number, doors: DoorPass): number {
  const { width: w, height: h } = world.level;
  if (sx < 0 || sy < 0 || sx >= w || sy >= h) return -1;
  const pr = regionsOf(world, doors);
  // The regions a search can enter: the start's own, or for a start it may not step into (a walker
  // in a doorway it may not open) those of its open orthogonal neighbours.
  let a = regionAt(pr, sx, sy);
  let b = -1;
  let c = -1;
  let d = -1;
  if (a < 0) {
    a = sx + 1 < w ? regionAt(pr, sx + 1, sy) : -1;
    b = sx > 0 ? regionAt(pr, sx - 1, sy) : -1;
    c = sy + 1 < h ? regionAt(pr, sx, sy + 1) : -1;
    d = sy > 0 ? regionAt(pr, sx, sy - 1) : -1;
  }
  const g = goal >= 0 && goal < w * h ? regionAt(pr, goal % w, (goal - (goal % w)) / w) : -1;
  if (g >= 0 && (g === a || g === b || g === c || g === d)) return -1;
  // While something burns the search steps on no burning cell (the start aside): leave them out too.
  const burn = world.burningCells > 0 ? world.burn : null;
  let best = octile(sx, sy, gx, gy);
  best = closestIn(pr, a, w, burn, gx, gy, best);
  if (b !== a) best = closestIn(pr, b, w, burn, gx, gy, best);
  if (c !== a && c !== b) best = closestIn(pr, c, w, burn, gx, gy, best);
  if (d !== a && d !== b && d !== c) best = closestIn(pr, d, w, burn, gx, gy, best);
  return best;
}

/**
 * The least of `best` and the heuristic of the region's cells (no region: `best`), run by run; with
 * a fire grid, of the cells not burning.
 */
function closestIn(pr: PermissionRegions, region: number, w: number, burn: Uint8Array | null, gx: number, gy: number, best: number): number {
  if (region < 0) return best;
  for (let k = pr.head[region]!; k >= 0; k = pr.runNext[k]!) {
    // The run's closest cell: the goal's column clamped into it (octile grows with each axis' gap);
    // if that one burns, the nearest cells on either side of it that do not.
    const x0 = pr.runX0[k]!;
    const x1 = pr.runX1[k]!;
    const y = pr.runRow[k]!;
    const x = gx < x0 ? x0 : gx > x1 ? x1 : gx;
    if (burn === null || burn[y * w + x] !== BURNING) {
      const hv = octile(x, y, gx, gy);
      if (hv < best) best = hv;
      continue;
    }
    const row = y * w;
    let left = x - 1;
    while (left >= x0 && burn[row + left] === BURNING) left--;
    if (left >= x0) {
      const hv = octile(left, y, gx, gy);
      if (hv < best) best = hv;
    }
    let right = x + 1;
    while (right <= x1 && burn[row + right] === BURNING) right++;
    if (right <= x1) {
      const hv = octile(right, y, gx, gy);
      if (hv < best) best = hv;
    }
  }
  return best;
}
