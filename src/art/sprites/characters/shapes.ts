// Procedural body shapes: rounded torsos with soft rim-to-centre shading, so they read the same
// whichever way the renderer turns them. Only + - * / are used: identical in every JS engine.
import { blankGrid, type Grid } from './grid';
import { BODY } from './poses';

/**
 * A rounded oval centred at (cx, cy) with half-sizes (a, b), in roles: '2' rim, '1' body, '3' a
 * lit core. `square` blends from an ellipse (0) toward a superellipse |dx|^3 + |dy|^3 (1).
 */
export function torsoShape(cx: number, cy: number, a: number, b: number, core = 0.3, square = 0.4): Grid {
  const g = blankGrid(BODY, BODY);
  for (let y = 0; y < BODY; y++) {
    for (let x = 0; x < BODY; x++) {
      const dx = Math.abs((x + 0.5 - cx) / a);
      const dy = Math.abs((y + 0.5 - cy) / b);
      const d2 = dx * dx + dy * dy;
      const d3 = dx * dx * dx + dy * dy * dy;
      const d = d2 + (d3 - d2) * square;
      if (d > 1) continue;
      // The rim is the outer fifth, the core the inner `core`.
      g[y]![x] = d > 0.58 ? '2' : d < core * core ? '3' : '1';
    }
  }
  return g;
}
