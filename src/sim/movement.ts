// Moving circles through the grid: axis by axis in small sub-steps, pushed out of any blocking
// cell, so an actor can never end a tick inside a wall. Walking into a closed door opens it.
import { Cell } from './level-data';
import { blocksWalk, cellAt, doorAt, TILE } from './grid';
import { emit, type Actor, type World } from './world';

/** Who may open a door by walking into it. */
function canOpen(world: World, a: Actor, doorIndex: number): boolean {
  const hidden = world.level.doors[doorIndex]!.hidden;
  if (a.team === 'player') return !hidden;
  if (a.team === 'enemy') return a.ai !== null && !a.ai.calm;
  return !hidden;
}

export function openDoor(world: World, index: number, by: number, fromX: number, fromY: number): void {
  const door = world.level.doors[index]!;
  const state = world.doors[index]!;
  if (state.open) return;
  state.open = true;
  state.openedTick = world.tick;
  // Swing away from whoever opened it.
  const cx = (door.tx + 0.5) * TILE;
  const cy = (door.ty + 0.5) * TILE;
  state.swing = (door.vertical ? fromX < cx : fromY < cy) ? 1 : -1;
  world.cells[door.ty * world.level.width + door.tx] = Cell.Floor;
  emit(world, { type: 'door', door: index, open: true, by });
}

/** Whether a mover blocks on this cell; one in the air (a dive) passes over gaps. */
function blocks(c: Cell, overVoid: boolean): boolean {
  return overVoid ? c !== Cell.Floor && c !== Cell.Void : blocksWalk(c);
}

/** Pushes the actor's circle out of blocking cells around it; true if it still overlaps one. */
function resolve(world: World, a: Actor, opener: boolean, overVoid: boolean): boolean {
  const r = a.radius;
  let stuck = false;
  // Cell coordinates as int32 (`| 0`, exact on any map): V8 then indexes the grid with integers.
  const minTx = Math.floor((a.x - r) / TILE) | 0;
  const maxTx = Math.floor((a.x + r) / TILE) | 0;
  const minTy = Math.floor((a.y - r) / TILE) | 0;
  const maxTy = Math.floor((a.y + r) / TILE) | 0;
  for (let ty = minTy; ty <= maxTy; ty++) {
    for (let tx = minTx; tx <= maxTx; tx++) {
      const c = cellAt(world, tx, ty);
      if (!blocks(c, overVoid)) continue;
      const left = tx * TILE;
      const top = ty * TILE;
      const nx = a.x < left ? left : a.x > left + TILE ? left + TILE : a.x;
      const ny = a.y < top ? top : a.y > top + TILE ? top + TILE : a.y;
      const dx = a.x - nx;
      const dy = a.y - ny;
      const d2 = dx * dx + dy * dy;
      if (d2 >= r * r) continue;
      if (c === Cell.DoorClosed && opener) {
        const di = doorAt(world, tx, ty);
        if (di >= 0 && canOpen(world, a, di)) {
          openDoor(world, di, a.id, a.x, a.y);
          continue;
        }
      }
      if (d2 > 1e-9) {
        const d = Math.sqrt(d2);
        const push = r - d + 1e-6;
        a.x += (dx / d) * push;
        a.y += (dy / d) * push;
      } else {
        stuck = true;
      }
    }
  }
  return stuck;
}

function overlapsBlocking(world: World, a: Actor, overVoid: boolean): boolean {
  const r = a.radius;
  const minTx = Math.floor((a.x - r) / TILE) | 0;
  const maxTx = Math.floor((a.x + r) / TILE) | 0;
  const minTy = Math.floor((a.y - r) / TILE) | 0;
  const maxTy = Math.floor((a.y + r) / TILE) | 0;
  for (let ty = minTy; ty <= maxTy; ty++) {
    for (let tx = minTx; tx <= maxTx; tx++) {
      if (!blocks(cellAt(world, tx, ty), overVoid)) continue;
      const left = tx * TILE;
      const top = ty * TILE;
      const nx = a.x < left ? left : a.x > left + TILE ? left + TILE : a.x;
      const ny = a.y < top ? top : a.y > top + TILE ? top + TILE : a.y;
      const dx = a.x - nx;
      const dy = a.y - ny;
      if (dx * dx + dy * dy < a.radius * a.radius - 1e-6) return true;
    }
  }
  return false;
}

/**
 * The move moveBy() makes, written by moveActor() and moveByVelocity() just before (rewritten in
 * full each time). The doubles travel in this object: as arguments to a call V8 does not inline
 * they would be boxed, an allocation each.
 */
const pendingMove = { dx: 0.5, dy: 0.5 };

/**
 * Moves by (dx, dy) with wall collision. Returns true if the full move was not possible.
 * `overVoid`: airborne (El's dive), so gaps do not stop the move.
 * Kept tiny, so V8 inlines it where it can (then dx, dy are never boxed).
 */
export function moveActor(world: World, a: Actor, dx: number, dy: number, overVoid = false): boolean {
  pendingMove.dx = dx;
  pendingMove.dy = dy;
  return moveBy(world, a, overVoid);
}

/** moveActor by the actor's own velocity (a.vx, a.vy): no double crosses a call, inlined or not. */
export function moveByVelocity(world: World, a: Actor, overVoid = false): boolean {
  pendingMove.dx = a.vx;
  pendingMove.dy = a.vy;
  return moveBy(world, a, overVoid);
}

function moveBy(world: World, a: Actor, overVoid: boolean): boolean {
  const dx = pendingMove.dx;
  const dy = pendingMove.dy;
  const len = Math.abs(dx) > Math.abs(dy) ? Math.abs(dx) : Math.abs(dy);
  const steps = len > a.radius * 0.5 ? Math.ceil(len / (a.radius * 0.5)) : 1;
  const sx = dx / steps;
  const sy = dy / steps;
  const wantX = a.x + dx;
  const wantY = a.y + dy;
  if (sweepIsOpen(world, a, dx, dy, overVoid)) {
    // Nothing to push out of anywhere along the way: the sub-steps below would only add up.
    for (let i = 0; i < steps; i++) {
      a.x += sx;
      a.y += sy;
    }
  } else {
    for (let i = 0; i < steps; i++) {
      const oldX = a.x;
      const oldY = a.y;
      a.x += sx;
      resolve(world, a, true, overVoid);
      a.y += sy;
      resolve(world, a, true, overVoid);
      if (overlapsBlocking(world, a, overVoid)) {
        // Rare corner cases the push-out cannot settle: refuse the sub-step rather than end in a wall.
        a.x = oldX;
        a.y = oldY;
        break;
      }
    }
  }
  const ex = a.x - wantX;
  const ey = a.y - wantY;
  return ex * ex + ey * ey > 1e-6;
}

/**
 * Whether no cell the circle's sweep by (dx, dy) could touch blocks the mover (with a pixel of
 * margin for rounding in the sub-steps). Then resolve and overlapsBlocking find nothing at any
 * sub-step, so moveActor may skip them: same result, a fraction of the cell reads.
 */
function sweepIsOpen(world: World, a: Actor, dx: number, dy: number, overVoid: boolean): boolean {
  const reach = a.radius + 1;
  // int32 cell coordinates (`| 0`): integer grid arithmetic in V8 (see resolve).
  const minTx = Math.floor(((dx < 0 ? a.x + dx : a.x) - reach) / TILE) | 0;
  const maxTx = Math.floor(((dx > 0 ? a.x + dx : a.x) + reach) / TILE) | 0;
  const minTy = Math.floor(((dy < 0 ? a.y + dy : a.y) - reach) / TILE) | 0;
  const maxTy = Math.floor(((dy > 0 ? a.y + dy : a.y) + reach) / TILE) | 0;
  const { width, height } = world.level;
  // Off the map counts as wall (cellAt): leave such moves to the careful path.
  if (minTx < 0 || minTy < 0 || maxTx >= width || maxTy >= height) return false;
  const cells = world.cells;
  for (let ty = minTy; ty <= maxTy; ty++) {
    const row = ty * width;
    for (let tx = minTx; tx <= maxTx; tx++) {
      const c = cells[row + tx]!;
      if (c !== Cell.Floor && (!overVoid || c !== Cell.Void)) return false;
    }
  }
  return true;
}
