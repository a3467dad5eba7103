// Moving circles through the grid: axis by axis in small sub-steps, pushed out of any blocking
// cell, so an actor can never end a tick inside a wall. Walking into a closed door opens it.
import { isVehicle } from './archetypes';
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
  const minTx = Math.floor((a.x - r) / TILE);
  const maxTx = Math.floor((a.x + r) / TILE);
  const minTy = Math.floor((a.y - r) / TILE);
  const maxTy = Math.floor((a.y + r) / TILE);
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
  const minTx = Math.floor((a.x - r) / TILE);
  const maxTx = Math.floor((a.x + r) / TILE);
  const minTy = Math.floor((a.y - r) / TILE);
  const maxTy = Math.floor((a.y + r) / TILE);
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
 * Moves by (dx, dy) with wall collision. Returns true if the full move was not possible.
 * `overVoid`: airborne (El's dive), so gaps do not stop the move.
 */
export function moveActor(world: World, a: Actor, dx: number, dy: number, overVoid = false): boolean {
  const len = Math.abs(dx) > Math.abs(dy) ? Math.abs(dx) : Math.abs(dy);
  const steps = len > a.radius * 0.5 ? Math.ceil(len / (a.radius * 0.5)) : 1;
  const sx = dx / steps;
  const sy = dy / steps;
  const wantX = a.x + dx;
  const wantY = a.y + dy;
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
  const ex = a.x - wantX;
  const ey = a.y - wantY;
  return ex * ex + ey * ey > 1e-6;
}

/** Keeps living actors from overlapping: each pair is pushed apart, then walls win. */
export function separateActors(world: World): void {
  const list = world.actors;
  for (let i = 0; i < list.length; i++) {
    const a = list[i]!;
    if (!a.alive) continue;
    for (let j = i + 1; j < list.length; j++) {
      const b = list[j]!;
      if (!b.alive) continue;
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      const min = a.radius + b.radius;
      const d2 = dx * dx + dy * dy;
      if (d2 >= min * min) continue;
      let nx = 1;
      let ny = 0;
      let d = 0;
      if (d2 > 1e-9) {
        d = Math.sqrt(d2);
        nx = dx / d;
        ny = dy / d;
      } else if ((a.id & 1) === 0) {
        nx = -1;
      }
      // A vehicle is never pushed: the other body takes the whole push.
      const heavyA = isVehicle(a);
      const heavyB = isVehicle(b);
      const gap = min - d;
      const pushA = heavyA ? (heavyB ? gap * 0.5 : 0) : heavyB ? gap : gap * 0.5;
      const pushB = gap - pushA;
      if (pushA > 0) moveActor(world, a, -nx * pushA, -ny * pushA);
      if (pushB > 0) moveActor(world, b, nx * pushB, ny * pushB);
    }
  }
}
