// Tables El can kick over: Use beside a standing table tips it away from him; it slides up to
// TABLE_SLIDE_CELLS cells, knocks down whoever it runs into (and stops there), and ends as a tipped
// table: low cover whose top faces the far side (see the bullet rule in trace.ts).
import { hearNoise } from './ai/ai-hooks';
import { Cell, type LevelData } from './level-data';
import { cellAt, TILE } from './grid';
import { circleInCell, knockDown } from './knockdown';
import { emit, type Actor, type World } from './world';

/** Cells a kicked table slides when nothing stops it. */
export const TABLE_SLIDE_CELLS = 2;
/** World ticks to slide one cell. */
export const TABLE_MOVE_TICKS = 5;
/** How far the crash carries to the AI's ears, in pixels. */
const CRASH_LOUDNESS = 170;

/** Unit steps of the four kick directions: east, south, west, north. */
export const DIR_X: readonly number[] = [1, 0, -1, 0];
export const DIR_Y: readonly number[] = [0, 1, 0, -1];

export interface TableState {
  /** Cell it stands on (or, while sliding, the cell it is sliding into). */
  tx: number;
  ty: number;
  /** Centre in pixels, for drawing (between cell centres while sliding). */
  x: number;
  y: number;
  tipped: boolean;
  /** Direction it was kicked (0 east, 1 south, 2 west, 3 north); -1 while standing. */
  dir: number;
  /** Cells still to slide after the current one. */
  slideLeft: number;
  /** World ticks left to reach the current cell's centre. */
  moveLeft: number;
  tippedTick: number;
  /** Who kicked it (credited for knock-downs); -1 while standing. */
  by: number;
}

export function createTables(level: LevelData): TableState[] {
  // Pushed, not .map(): see createWorld's doors (one array layout whoever compiled this).
  const tables: TableState[] = [];
  for (const t of level.tables) {
    tables.push({
      tx: t.tx, ty: t.ty, x: (t.tx + 0.5) * TILE, y: (t.ty + 0.5) * TILE,
      tipped: false, dir: -1, slideLeft: 0, moveLeft: 0, tippedTick: -1, by: -1,
    });
  }
  return tables;
}

/** The standing table nearest to (x, y) with its centre within `reach` pixels, or -1. */
export function tableInReach(world: World, x: number, y: number, reach: number): number {
  let best = -1;
  let bestD = reach * reach;
  const list = world.tables;
  for (let i = 0; i < list.length; i++) {
    const t = list[i]!;
    if (t.tipped) continue;
    const dx = t.x - x;
    const dy = t.y - y;
    const d = dx * dx + dy * dy;
    if (d <= bestD) {
      bestD = d;
      best = i;
    }
  }
  return best;
}

/** Tips table `index` over, away from `kicker` along the axis he mostly stands on. */
export function kickTable(world: World, index: number, kicker: Actor): void {
  tipTable(world, index, kicker.x, kicker.y, kicker.id);
}

/**
 * Tips a standing table away from the point (fromX, fromY) along the axis that point mostly lies
 * on, credited to actor `by`. For a kick, and for the integrator's explosions (tipTablesAround).
 */
export function tipTable(world: World, index: number, fromX: number, fromY: number, by: number): void {
  const t = world.tables[index]!;
  if (t.tipped) return;
  const dx = t.x - fromX;
  const dy = t.y - fromY;
  t.dir = Math.abs(dx) >= Math.abs(dy) ? (dx >= 0 ? 0 : 2) : dy >= 0 ? 1 : 3;
  t.tipped = true;
  t.tippedTick = world.tick;
  t.slideLeft = TABLE_SLIDE_CELLS;
  t.by = by;
  emit(world, { type: 'tableKick', table: index, dir: t.dir, by, x: t.x, y: t.y });
  hearNoise(world, t.x, t.y, CRASH_LOUDNESS, by);
}

/** Tips every standing table whose centre lies within `radius` of a blast at (x, y); returns how many. */
export function tipTablesAround(world: World, x: number, y: number, radius: number, by: number): number {
  let count = 0;
  const list = world.tables;
  for (let i = 0; i < list.length; i++) {
    const t = list[i]!;
    const dx = t.x - x;
    const dy = t.y - y;
    if (t.tipped || dx * dx + dy * dy > radius * radius) continue;
    tipTable(world, i, x, y, by);
    count++;
  }
  return count;
}

/** Once per world tick (gated by focus): slides kicked tables on. */
export function updateTables(world: World): void {
  const list = world.tables;
  for (let i = 0; i < list.length; i++) {
    const t = list[i]!;
    if (t.moveLeft > 0) {
      t.moveLeft--;
      const cx = (t.tx + 0.5) * TILE;
      const cy = (t.ty + 0.5) * TILE;
      t.x = cx - DIR_X[t.dir]! * TILE * (t.moveLeft / TABLE_MOVE_TICKS);
      t.y = cy - DIR_Y[t.dir]! * TILE * (t.moveLeft / TABLE_MOVE_TICKS);
    } else if (t.slideLeft > 0) {
      slideStep(world, i, t);
    }
  }
}

/** Starts the move into the next cell, or stops the slide: at anything solid, or on a body it knocks down. */
function slideStep(world: World, index: number, t: TableState): void {
  const nx = t.tx + DIR_X[t.dir]!;
  const ny = t.ty + DIR_Y[t.dir]!;
  if (cellAt(world, nx, ny) !== Cell.Floor) {
    t.slideLeft = 0;
    return;
  }
  let struck = false;
  const actors = world.actors;
  for (let i = 0; i < actors.length; i++) {
    const a = actors[i]!;
    if (!a.alive || !circleInCell(a.x, a.y, a.radius, nx, ny, TILE)) continue;
    // The kicker, having run round into its path, stops it without being bowled over himself.
    if (a.id !== t.by) knockDown(world, a, t.by);
    struck = true;
  }
  if (struck) {
    t.slideLeft = 0;
    emit(world, { type: 'tableStop', table: index, x: t.x, y: t.y });
    return;
  }
  const w = world.level.width;
  world.cells[t.ty * w + t.tx] = Cell.Floor;
  world.cells[ny * w + nx] = Cell.Cover;
  t.tx = nx;
  t.ty = ny;
  t.slideLeft--;
  t.moveLeft = TABLE_MOVE_TICKS;
}
