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
// stack (entries linked through their next field), so among equal f the most recently reached
// (deepest) cell comes first. The buffers live in one workspace object, grown when a bigger map
// comes; a search copies them into locals and runs the queue inline (field loads and calls per step
// cost more than the step). Each buffer interleaves the fields read together, so one cache line
// serves them: searches are short and run between other work, and their memory is cold. A new
// stamp starts each search without clearing anything.
class Workspace {
  capacity = 0;
  /** Per cell i: at 4i the stamp of the search that reached it, 4i + 1 the one that closed it, 4i + 2 its cost so far, 4i + 3 its parent. */
  node = new Int32Array(0);
  /** Per bucket k: at 2k its stamp, 2k + 1 its top entry (-1: empty). */
  bucket = new Int32Array(0);
  /** Per entry e: at 2e its cell, 2e + 1 the next entry down its bucket. */
  entry = new Int32Array(0);
  stamp = 0;
}

const ws = new Workspace();

function ensureCapacity(w: number, h: number): void {
  const n = w * h;
  if (n <= ws.capacity) return;
  ws.capacity = n;
  ws.node = new Int32Array(n * 4);
  // f never exceeds the costliest path over every cell plus the widest heuristic.
  const keys = ((COST_DIAGONAL * (n + w + h)) >> 1) + 2;
  ws.bucket = new Int32Array(keys * 2);
  // A cell is pushed at most once per improving neighbour: 8 per cell bounds the entries.
  ws.entry = new Int32Array((n * 8 + 8) * 2);
  ws.stamp = 0;
}

function nextStamp(): number {
  if (ws.stamp === 0x7fffffff) {
    ws.node.fill(0);
    ws.bucket.fill(0);
    ws.stamp = 0;
  }
  return ++ws.stamp;
}

/**
 * Plans from cell (sx, sy) to cell (gx, gy). Writes the cells after the start up to the end of the
 * route (row-major indices) into `out`, reusing it in place, and says whether it reaches the goal.
 * `regions` false floods unreachable goals to the end (only for tests comparing the two).
 */
export function findPath(world: World, sx: number, sy: number, gx: number, gy: number, doors: DoorPass, out: number[], regions = true, dive = true): PathResult {
  const w = world.level.width;
  const h = world.level.height;
  ensureCapacity(w, h);
  const stamp = nextStamp();
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
  if (dive && diveRoute(world, sx, sy, gx, gy, doors, out)) return PathResult.Full;
  const nodes = ws.node;
  const bucket = ws.bucket;
  const entry = ws.entry;
  nodes[start * 4] = stamp;
  nodes[start * 4 + 2] = 0;
  nodes[start * 4 + 3] = -1;
  let best = start;
  let bestH = octile(sx, sy, gx, gy);
  // The queue: the start alone, in bucket f / 2.
  let cursor = bestH >> 1;
  let maxKey = cursor;
  bucket[cursor * 2] = stamp;
  bucket[cursor * 2 + 1] = 0;
  entry[0] = start;
  entry[1] = -1;
  let entries = 1;
  let expanded = 0;
  let reached = false;
  // Toward an unreachable goal: a heuristic value no reachable cell goes below (-1: none known). Once
  // the closest cell holds it, nothing later can replace it (only a strictly closer cell does) nor
  // change its route (its parents are all expanded): the search ends with the whole flood's result.
  let floorH = -1;
  for (;;) {
    // Pop: the top of the first non-empty bucket from the cursor on.
    let node = -1;
    while (cursor <= maxKey) {
      if (bucket[cursor * 2] === stamp) {
        const e = bucket[cursor * 2 + 1]!;
        if (e >= 0) {
          bucket[cursor * 2 + 1] = entry[e * 2 + 1]!;
          node = entry[e * 2]!;
          break;
        }
      }
      cursor++;
    }
    if (node < 0) break;
    if (nodes[node * 4 + 1] === stamp) continue;
    nodes[node * 4 + 1] = stamp;
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
    if (expanded === ASK_REGIONS_AFTER && regions) {
      floorH = unreachableGoalBound(world, sx, sy, goal, gx, gy, doors);
      if (bestH === floorH) break;
    }
    const g = nodes[node * 4 + 2]!;
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
    // E, W, S, N, then the diagonals SE, SW, NE, NW (bits 4-7), each only with both orthogonal
    // neighbours open (no corner cutting; the corner cells themselves are inside the map whenever
    // both of those are). The loop visits the open steps only, lowest bit first.
    if ((mask & (EAST | SOUTH)) === (EAST | SOUTH) && open(world, cells, burn, fire, node + 1 + w, doors)) mask |= 16;
    if ((mask & (WEST | SOUTH)) === (WEST | SOUTH) && open(world, cells, burn, fire, node - 1 + w, doors)) mask |= 32;
    if ((mask & (EAST | NORTH)) === (EAST | NORTH) && open(world, cells, burn, fire, node + 1 - w, doors)) mask |= 64;
    if ((mask & (WEST | NORTH)) === (WEST | NORTH) && open(world, cells, burn, fire, node - 1 - w, doors)) mask |= 128;
    while (mask !== 0) {
      const d = 31 - Math.clz32(mask & -mask);
      mask &= mask - 1;
      const dx = DX[d]!;
      const dy = DY[d]!;
      const ni = node + dx + dy * w;
      const at = ni * 4;
      if (nodes[at + 1] === stamp) continue;
      const ng = g + (d < 4 ? COST_STRAIGHT : COST_DIAGONAL);
      if (nodes[at] === stamp && nodes[at + 2]! <= ng) continue;
      nodes[at] = stamp;
      nodes[at + 2] = ng;
      nodes[at + 3] = node;
      // Push onto bucket f / 2.
      const k = (ng + octile(x + dx, y + dy, gx, gy)) >> 1;
      const e = entries++;
      entry[e * 2] = ni;
      if (bucket[k * 2] !== stamp) {
        bucket[k * 2] = stamp;
        entry[e * 2 + 1] = -1;
      } else {
        entry[e * 2 + 1] = bucket[k * 2 + 1]!;
      }
      bucket[k * 2 + 1] = e;
      if (k < cursor) cursor = k;
      if (k > maxKey) maxKey = k;
    }
  }
  const end = reached ? goal : best;
  if (end === start) {
    out.length = 0;
    return PathResult.None;
  }
  let n = 0;
  for (let c = end; c !== start; c = nodes[c * 4 + 3]!) n++;
  if (out.length > n) out.length = n;
  while (out.length < n) out.push(0);
  let i = n;
  for (let c = end; c !== start; c = nodes[c * 4 + 3]!) out[--i] = c;
  return reached ? PathResult.Full : PathResult.Partial;
}

/**
 * The route the search takes when the goal lies along the search's own dive: with every cell of the
 * ideal route open, the search (its queue a stack within each f) steps diagonally toward the goal
 * while both axes differ, then straight along the longer one, and each cell it pops is the one last
 * pushed: the diagonal step is pushed after the straight one with the same f (bits 4-7 after 0-3), and
 * no cell two steps along is a neighbour of an earlier one (each step moves one cell along the longer
 * axis). So when every step is open to the search (the same tests it makes), that route is its
 * answer, found without the queue; the regions question it would ask on the way answers "reachable"
 * (the route joins start and goal through open cells). Writes the route into `out`; false (and `out`
 * left to the search) when a step is closed.
 */
function diveRoute(world: World, sx: number, sy: number, gx: number, gy: number, doors: DoorPass, out: number[]): boolean {
  const w = world.level.width;
  const h = world.level.height;
  const ax = gx > sx ? gx - sx : sx - gx;
  const ay = gy > sy ? gy - sy : sy - gy;
  const n = ax > ay ? ax : ay;
  // The search ends at the cap after n expansions: leave such (huge) routes to it.
  if (n > MAX_EXPAND) return false;
  const diagonals = ax < ay ? ax : ay;
  const stepX = gx > sx ? 1 : gx < sx ? -1 : 0;
  const stepY = gy > sy ? 1 : gy < sy ? -1 : 0;
  const straightX = ax > ay ? stepX : 0;
  const straightY = ax > ay ? 0 : stepY;
  const cells = world.cells;
  const burn = world.burn;
  const fire = world.burningCells > 0;
  let x = sx;
  let y = sy;
  for (let k = 0; k < n; k++) {
    const node = y * w + x;
    const inner = x > 0 && y > 0 && x < w - 1 && y < h - 1;
    if (k < diagonals) {
      // A diagonal step: both orthogonal neighbours open (as the search's mask has them), then the corner.
      const xOpen = inner ? open(world, cells, burn, fire, node + stepX, doors) : passable(world, x + stepX, y, doors);
      if (!xOpen) return false;
      const yOpen = inner ? open(world, cells, burn, fire, node + stepY * w, doors) : passable(world, x, y + stepY, doors);
      if (!yOpen || !open(world, cells, burn, fire, node + stepX + stepY * w, doors)) return false;
      x += stepX;
      y += stepY;
    } else {
      const next = inner ? open(world, cells, burn, fire, node + straightX + straightY * w, doors) : passable(world, x + straightX, y + straightY, doors);
      if (!next) return false;
      x += straightX;
      y += straightY;
    }
  }
  if (out.length > n) out.length = n;
  while (out.length < n) out.push(0);
  x = sx;
  y = sy;
  for (let k = 0; k < n; k++) {
    if (k < diagonals) {
      x += stepX;
      y += stepY;
    } else {
      x += straightX;
      y += straightY;
    }
    out[k] = y * w + x;
  }
  return true;
}

const EAST = 1;
const WEST = 2;
const SOUTH = 4;
const NORTH = 8;
/** The eight steps in the order they are tried (bit d of the step mask): offsets. */
const DX = Int32Array.of(1, -1, 0, 0, 1, -1, 1, -1);
const DY = Int32Array.of(0, 0, 1, -1, 1, 1, -1, -1);

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
