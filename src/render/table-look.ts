// How a kickable table is drawn, as pure data: which cells hold one (drawn as props, not baked into
// the level image) and how a tipped one looks. The world view (props-view.ts) and the headless
// frame renderer (src/headless/frame) both draw from this.
import type { LevelData } from '../sim';

/** A tipped table seen from above: its top stands on edge, a thin plank across the kick direction. */
export const TIPPED_THICKNESS = 0.42;
export const TIPPED_TINT = 0xc9a27e;
/** How far the fallen top sits past the cell centre, toward where it was kicked. */
export const TIPPED_OFFSET = 4;

/** Cells of the cover layer that hold a kickable table (drawn as props, not baked). */
export function tableCells(level: LevelData): Set<number> {
  return new Set(level.tables.map((t) => t.ty * level.width + t.tx));
}
