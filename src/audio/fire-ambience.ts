// How loud the fire around the listener is, for the crackle loop: pure, so it is tested without
// audio. Burning cells within HEAR_CELLS count, nearer ones more; FULL_AT close cells make it full.
// Reads the sim's per-cell burn state as plain numbers (1 = burning, see src/sim/fire.ts).

const BURNING = 1;
/** Cells farther than this (from the listener's cell, either axis or straight line) are not heard. */
export const HEAR_CELLS = 10;
/** Weighted count of burning cells at which the loop plays at full volume. */
const FULL_AT = 6;

/** 0 (no fire in earshot) .. 1 (standing in a blaze) for a listener at (x, y) world pixels. */
export function fireLoudness(burn: ArrayLike<number>, width: number, height: number, x: number, y: number, tile = 16): number {
  const cx = Math.floor(x / tile);
  const cy = Math.floor(y / tile);
  const x0 = Math.max(0, cx - HEAR_CELLS);
  const x1 = Math.min(width - 1, cx + HEAR_CELLS);
  const y0 = Math.max(0, cy - HEAR_CELLS);
  const y1 = Math.min(height - 1, cy + HEAR_CELLS);
  let sum = 0;
  for (let ty = y0; ty <= y1; ty++) {
    for (let tx = x0; tx <= x1; tx++) {
      if (burn[ty * width + tx] !== BURNING) continue;
      const d = Math.sqrt((tx - cx) * (tx - cx) + (ty - cy) * (ty - cy));
      const f = 1 - d / (HEAR_CELLS + 1);
      if (f > 0) sum += f * f;
    }
  }
  return Math.min(1, sum / FULL_AT);
}
