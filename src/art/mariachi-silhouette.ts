// El Mariachi standing, from the front, as a black silhouette with his guitar case: the figure of
// the title picture (title-art.ts) and of the app icons (app-icon.ts).
import type { Grid } from './tiles/grid';

/** El Mariachi from the front: hat with curled brim, short charro jacket, tight trousers, boots. */
export const MARIACHI = [
  '............####............',
  '...........######...........',
  '...........######...........',
  '...#......########......#...',
  '....####################....',
  '.....##################.....',
  '...........######...........',
  '...........######...........',
  '...........######...........',
  '............#####...........',
  '............####............',
  '........############........',
  '.......##############.......',
  '......################......',
  '......################......',
  '......################......',
  '.....##.############.##.....',
  '.....##.############.##.....',
  '.....##.############.##.....',
  '.....##.############..##....',
  '....##..############..##....',
  '....##..############..##....',
  '....##..############..##....',
  '...###...##########...###...',
  '...###...##########...###...',
  '...##....##########....#....',
  '.........##########.........',
  '.........####..####.........',
  '.........####..####.........',
  '.........####..####.........',
  '.........####..####.........',
  '.........####..####.........',
  '.........####..####.........',
  '.........####..####.........',
  '.........####..####.........',
  '.........####..####.........',
  '.........####..####.........',
  '.........####..####.........',
  '.........####..####.........',
  '.........####..####.........',
  '.........####..####.........',
  '........#####..#####........',
  '........#####..#####........',
  '........#####..#####........',
  '.......######..######.......',
  '.......######..######.......',
  '.......######..######.......',
];

/** The guitar case, held upright by its handle: the neck up, the wide body down by his boot. */
function guitarCase(m: Grid, hx: number, hy: number): void {
  const cx = hx - 3.5;
  m.rect(Math.round(cx) - 2, hy - 13, 5, 3, 'k');
  m.rect(Math.round(cx) - 1, hy - 11, 3, 10, 'k');
  m.ellipse(cx + 0.5, hy + 2, 4.5, 4.5, 'k');
  m.ellipse(cx + 0.5, hy + 11, 5.5, 7, 'k');
  // The hand on the handle.
  m.rect(hx - 1, hy - 1, 3, 3, 'k');
}

/**
 * Stamps El and his case in ink ('k') onto `m` with his feet at (fx, fy); returns the top-left of
 * the figure's rows (the case hangs outside them, on the picture's left).
 */
export function mariachiSilhouette(m: Grid, fx: number, fy: number): { ox: number; oy: number } {
  const ox = fx - 14;
  const oy = fy - MARIACHI.length + 1;
  MARIACHI.forEach((row, j) => {
    for (let i = 0; i < row.length; i++) if (row[i] === '#') m.set(ox + i, oy + j, 'k');
  });
  guitarCase(m, ox + 4, oy + 25);
  return { ox, oy };
}
