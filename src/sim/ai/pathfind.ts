// A* on the cell grid: 8 neighbours, no corner cutting (a diagonal step needs both orthogonal
// cells passable), integer costs 10/14 and the octile heuristic. The buffers are module-level typed
// arrays reused across calls; generation stamps mark which entries belong to the current search,
// so nothing is cleared per call and no stale entry can leak into a result. Gaps and burning cells
// are never stepped on.
import type { World } from '../world';
import { COST_DIAGONAL, COST_STRAIGHT, octile } from './path-costs';
import { unreachableGoalBound } from './path-regions';
import { BURNING, DOOR, DoorPass, doorOk, FLOOR, passable } from './walkable';

export { DoorPass, passable } from './walkable';

export const enum PathResult {
  /** No step possible from the start. */
  None = 0,
  /** The route ends in the goal cell. */
  Full = 1,
  /** The goal is unreachable (or too far to search): the route ends at the closest cell found. */
  Partial = 2,
}

/** Cap on cells expanded per search, so one call stays cheap on any map. */
const MAX_EXPAND = 4096;
/**
 * Expansions after which a search asks the regions (path-regions.ts) whether its goal is reachable
 * at all: short searches never pay for the question, long ones toward an unreachable goal stop early.
 */
const ASK_REGIONS_AFTER = 24;

// The open list is a bucket queue keyed by f / 2 (every cost and heuristic value is even). With a
// consistent heuristic f never decreases, so popping scans forward from a cursor; each bucket is a
// stack, so among equal f the most recently reached (deepest) cell comes first.
// The workspace is one object (fields, not module `let`s: those cost a hole check at every use),
// grown when a bigger map comes; nextStamp() starts each search without clearing anything.
class Workspace {
  capacity = 0;
  gCost = new Int32Array(0);
  parent = new Int32Array(0);
  openStamp = new Uint32Array(0);
  closedStamp = new Uint32Array(0);
  bucketHead = new Int32Array(0);
  bucketStamp = new Uint32Array(0);
  entryNode = new Int32Array(0);
  entryNext = new Int32Array(0);
  entryCount = 0;
  cursor = 0;
  maxKey = 0;
  stamp = 0;
  /** The goal of the current search, for the heuristic. */
  gx = 0;
  gy = 0;
}

const ws = new Workspace();

function ensureCapacity(w: number, h: number): void {
  const n = w * h;
  if (n <= ws.capacity) return;
  ws.capacity = n;
  ws.gCost = new Int32Array(n);
  ws.parent = new Int32Array(n);
  ws.openStamp = new Uint32Array(n);
  ws.closedStamp = new Uint32Array(n);
  // f never exceeds the costliest path over every cell plus the widest heuristic.
  const keys = ((COST_DIAGONAL * (n + w + h)) >> 1) + 2;
  ws.bucketHead = new Int32Array(keys);
  ws.bucketStamp = new Uint32Array(keys);
  // A cell is pushed at most once per improving neighbour: 8 per cell bounds the entries.
  ws.entryNode = new Int32Array(n * 8 + 8);
  ws.entryNext = new Int32Array(n * 8 + 8);
  ws.stamp = 0;
}

function nextStamp(): void {
  if (ws.stamp === 0xffffffff) {
    ws.openStamp.fill(0);
    ws.closedStamp.fill(0);
    ws.bucketStamp.fill(0);
    ws.stamp = 0;
  }
  ws.stamp++;
  ws.entryCount = 0;
  ws.cursor = 0x7fffffff;
  ws.maxKey = -1;
}

function push(node: number, f: number): void {
  const k = f >> 1;
  const e = ws.entryCount++;
  ws.entryNode[e] = node;
  if (ws.bucketStamp[k] !== ws.stamp) {
    ws.bucketStamp[k] = ws.stamp;
    ws.entryNext[e] = -1;
  } else {
    ws.entryNext[e] = ws.bucketHead[k]!;
  }
  ws.bucketHead[k] = e;
  if (k < ws.cursor) ws.cursor = k;
  if (k > ws.maxKey) ws.maxKey = k;
}

/** The cell with the smallest f, or -1 when the open list is empty. */
function pop(): number {
  const bucketStamp = ws.bucketStamp;
  const bucketHead = ws.bucketHead;
  const stamp = ws.stamp;
  const maxKey = ws.maxKey;
  let cursor = ws.cursor;
  while (cursor <= maxKey) {
    if (bucketStamp[cursor] === stamp) {
      const e = bucketHead[cursor]!;
      if (e >= 0) {
        bucketHead[cursor] = ws.entryNext[e]!;
        ws.cursor = cursor;
        return ws.entryNode[e]!;
      }
    }
    cursor++;
  }
  ws.cursor = cursor;
  return -1;
}

/**
 * Plans from cell (sx, sy) to cell (gx, gy). Writes the cells after the start up to the end of the
 * route (row-major indices) into `out`, reusing it in place, and says whether it reaches the goal.
 */
export function findPath(world: World, sx: number, sy: number, gx: number, gy: number, doors: DoorPass, out: number[]): PathResult {
  const w = world.level.width;
  const h = world.level.height;
  ensureCapacity(w, h);
  nextStamp();
  const cells = world.cells;
  // Burning cells are closed to routes (checked only while something burns).
  const fire = world.burningCells > 0;
  const burn = world.burn;
  const start = sy * w + sx;
  const goal = gy * w + gx;
  if (start === goal) {
    out.length = 0;
    return PathResult.Full;
  }
  ws.gx = gx;
  ws.gy = gy;
  const gCost = ws.gCost;
  const parent = ws.parent;
  const closedStamp = ws.closedStamp;
  const stamp = ws.stamp;
  gCost[start] = 0;
  parent[start] = -1;
  ws.openStamp[start] = stamp;
  let best = start;
  let bestH = octile(sx, sy, gx, gy);
  push(start, bestH);
  let expanded = 0;
  let reached = false;
  // Toward an unreachable goal: a heuristic value no reachable cell goes below (-1: none known). Once
  // the closest cell holds it, nothing later can replace it (only a strictly closer cell does) nor
  // change its route (its parents are all expanded): the search ends with the whole flood's result.
  let floorH = -1;
  for (;;) {
    const node = pop();
    if (node < 0) break;
    if (closedStamp[node] === stamp) continue;
    closedStamp[node] = stamp;
    if (node === goal) {
      reached = true;
      break;
    }
    const x = node % w;
    const y = (node - x) / w;
    const hn = octile(x, y, gx, gy);
    if (hn < bestH) {
      bestH = hn;
      best = node;
      if (hn === floorH) break;
    }
    if (++expanded > MAX_EXPAND) break;
    if (expanded === ASK_REGIONS_AFTER) {
      floorH = unreachableGoalBound(world, sx, sy, goal, gx, gy, doors);
      if (bestH === floorH) break;
    }
    const g = gCost[node]!;
    // Which orthogonal neighbours are open, as bits (E, W, S, N); on the border by way of passable().
    let mask: number;
    if (x > 0 && y > 0 && x < w - 1 && y < h - 1) {
      // Inside the border: index the grid directly.
      mask =
        (open(world, cells, burn, fire, node + 1, doors) ? EAST : 0) |
        (open(world, cells, burn, fire, node - 1, doors) ? WEST : 0) |
        (open(world, cells, burn, fire, node + w, doors) ? SOUTH : 0) |
        (open(world, cells, burn, fire, node - w, doors) ? NORTH : 0);
    } else {
      mask = borderMask(world, x, y, doors);
    }
    // E, W, S, N, then the diagonals SE, SW, NE, NW, each only with both orthogonal neighbours open
    // (no corner cutting; the corner cells themselves are inside the map whenever both of those
    // are). One loop with one relax() call, so V8 inlines it (eight call sites exceeded its budget).
    for (let d = 0; d < 8; d++) {
      const need = NEED[d]!;
      if ((mask & need) !== need) continue;
      const ni = node + DX[d]! + DY[d]! * w;
      if (d >= 4 && !open(world, cells, burn, fire, ni, doors)) continue;
      relax(ni, g + (d < 4 ? COST_STRAIGHT : COST_DIAGONAL), node, x + DX[d]!, y + DY[d]!);
    }
  }
  const end = reached ? goal : best;
  if (end === start) {
    out.length = 0;
    return PathResult.None;
  }
  let n = 0;
  for (let c = end; c !== start; c = parent[c]!) n++;
  if (out.length > n) out.length = n;
  while (out.length < n) out.push(0);
  let i = n;
  for (let c = end; c !== start; c = parent[c]!) out[--i] = c;
  return reached ? PathResult.Full : PathResult.Partial;
}

const EAST = 1;
const WEST = 2;
const SOUTH = 4;
const NORTH = 8;
/** The eight steps in the order they are tried: offsets and the orthogonal bits each needs open. */
const DX = Int32Array.of(1, -1, 0, 0, 1, -1, 1, -1);
const DY = Int32Array.of(0, 0, 1, -1, 1, 1, -1, -1);
const NEED = Int32Array.of(EAST, WEST, SOUTH, NORTH, EAST | SOUTH, WEST | SOUTH, EAST | NORTH, WEST | NORTH);

/** The open orthogonal neighbours of a border cell (x, y), as bits. */
function borderMask(world: World, x: number, y: number, doors: DoorPass): number {
  return (
    (passable(world, x + 1, y, doors) ? EAST : 0) |
    (passable(world, x - 1, y, doors) ? WEST : 0) |
    (passable(world, x, y + 1, doors) ? SOUTH : 0) |
    (passable(world, x, y - 1, doors) ? NORTH : 0)
  );
}

/** Whether the in-map cell i may be stepped into (the inner-grid form of passable()). */
function open(world: World, cells: Uint8Array, burn: Uint8Array, fire: boolean, i: number, doors: DoorPass): boolean {
  const c = cells[i]!;
  if (fire && burn[i] === BURNING) return false;
  return c === FLOOR || (c === DOOR && doorOk(world, i, doors));
}

function relax(ni: number, ng: number, from: number, nx: number, ny: number): void {
  const stamp = ws.stamp;
  if (ws.closedStamp[ni] === stamp) return;
  if (ws.openStamp[ni] === stamp && ws.gCost[ni]! <= ng) return;
  ws.openStamp[ni] = stamp;
  ws.gCost[ni] = ng;
  ws.parent[ni] = from;
  push(ni, ng + octile(nx, ny, ws.gx, ws.gy));
}
