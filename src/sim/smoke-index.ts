// What the smoke code knows about a world's smoke grid without scanning it: a cache, not world
// state (never hashed or cloned). It is keyed by the world's smoke array, so a clone (its own
// array) builds its own from the grid on first use and can never read another world's.
//
// - Where smoke may be: per row, the span of columns rowLo..rowHi (empty when rowLo > rowHi), and
//   box, [minX, minY, maxX, maxY], around all of them. Every cell outside them holds 0, so a spread
//   step need only look at the spans and one cell around them (farther cells see only zeros and
//   stay 0). Emitting widens them; each spread step sets them to what is left.
// - Which burning cells may still be below 255. Only two things write world.smoke: the spread step
//   (every SMOKE_PERIOD ticks, over the whole box) and burning cells emitting. A burning cell at
//   255 stays at 255 until the next step, so between steps only the few cells not yet full need to
//   emit: after a step every burning cell emits (emitAll), and those still below 255 are kept in
//   `unsaturated`; cells set alight join it.
import type { World } from './world';

export interface SmokeIndex {
  readonly box: Int32Array;
  readonly rowLo: Int32Array;
  readonly rowHi: Int32Array;
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
    const { width, height } = world.level;
    index = {
      box: new Int32Array([width, height, -1, -1]),
      rowLo: new Int32Array(height).fill(width),
      rowHi: new Int32Array(height).fill(-1),
      emitAll: true,
      unsaturated: [],
    };
    for (let i = 0; i < smoke.length; i++) if (smoke[i] !== 0) widenAt(index, i % width, (i / width) | 0);
    indexes.set(smoke, index);
  }
  lastSmoke = smoke;
  lastIndex = index;
  return index;
}

/** Grows the row's span and the box to take in cell (tx, ty). */
export function widenAt(index: SmokeIndex, tx: number, ty: number): void {
  if (tx < index.rowLo[ty]!) index.rowLo[ty] = tx;
  if (tx > index.rowHi[ty]!) index.rowHi[ty] = tx;
  const box = index.box;
  if (tx < box[0]!) box[0] = tx;
  if (ty < box[1]!) box[1] = ty;
  if (tx > box[2]!) box[2] = tx;
  if (ty > box[3]!) box[3] = ty;
}
