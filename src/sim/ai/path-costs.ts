// Step costs of the path search and its heuristic: integers, 10 for a straight step and 14 for a
// diagonal one, and the octile distance (the cost of the best route on an empty grid, so the
// heuristic never overestimates and never decreases by more than a step costs: it is consistent).

export const COST_STRAIGHT = 10;
export const COST_DIAGONAL = 14;

/** The octile distance from cell (x, y) to cell (gx, gy), in step-cost units. */
export function octile(x: number, y: number, gx: number, gy: number): number {
  const dx = x > gx ? x - gx : gx - x;
  const dy = y > gy ? y - gy : gy - y;
  return dx < dy ? COST_DIAGONAL * dx + COST_STRAIGHT * (dy - dx) : COST_DIAGONAL * dy + COST_STRAIGHT * (dx - dy);
}
