// What the smoke code knows about a world's smoke grid without scanning it: a cache, not world
// state (never hashed or cloned). It is keyed by the world's smoke array, so a clone (its own
// array) builds its own from the grid on first use and can never read another world's.
//
// - box: [minX, minY, maxX, maxY] of the cells that may hold smoke (empty when minX > maxX). Every
//   cell outside it holds 0, so a spread step need only look at the box and one cell around it.
//   Emitting widens it; each spread step shrinks it to what is left.
// - Which burning cells may still be below 255. Only two things write world.smoke: the spread step
//   (every SMOKE_PERIOD ticks, over the whole box) and burning cells emitting. A burning cell at
//   255 stays at 255 until the next step, so between steps only the few cells not yet full need to
//   emit: after a step every burning cell emits (emitAll), and those still below 255 are kept in
//   `unsaturated`; cells set alight join it.
import type { World } from './world';

export interface SmokeIndex {
  readonly box: Int32Array;
  /** Every burning cell must emit on the next burn (a step or a fresh index may have thinned any). */
  emitAll: boolean;
  /** Burning cells (and cells that burned) whose smoke may be below 255, when emitAll is false. */
  readonly unsaturated: number[];
}

const indexes = new WeakMap<Uint8Array, SmokeIndex>();
// The last pair looked up: a world steps many ticks in a row, and comparing one reference is
// cheaper than a WeakMap lookup every tick (the pair is the same entry the map holds).
let lastSmoke: Uint8Array | null = null;
let lastIndex: SmokeIndex | undefined;

/** The index of a world's smoke; measured from the grid on first use for its smoke array. */
export function smokeIndex(world: World): SmokeIndex {
  const smoke = world.smoke;
  let index = smoke === lastSmoke ? lastIndex : indexes.get(smoke);
  if (index === undefined) {
    const width = world.level.width;
    const box = new Int32Array([width, world.level.height, -1, -1]);
    for (let i = 0; i < smoke.length; i++) if (smoke[i] !== 0) widenBox(box, i % width, (i / width) | 0);
    index = { box, emitAll: true, unsaturated: [] };
    indexes.set(smoke, index);
  }
  lastSmoke = smoke;
  lastIndex = index;
  return index;
}

/** Grows a box to take in cell (tx, ty). */
export function widenBox(box: Int32Array, tx: number, ty: number): void {
  if (tx < box[0]!) box[0] = tx;
  if (ty < box[1]!) box[1] = ty;
  if (tx > box[2]!) box[2] = tx;
  if (ty > box[3]!) box[3] = ty;
}
