import { writeFileSync } from 'node:fs';
import { encodePng } from './png';
import { blankImage, blit } from '../../src/art/pixel-sprite';
import { PALETTE_RGBA } from '../../src/art/palette';
import { gridOf, outline, recolor, toImage, stamp, blankGrid } from '../../src/art/sprites/characters/grid';

function ellipse(cx: number, cy: number, a: number, b: number, pow = 2): string[][] {
  const g = blankGrid(24, 24);
  for (let y = 0; y < 24; y++) for (let x = 0; x < 24; x++) {
    const dx = (x + 0.5 - cx) / a, dy = (y + 0.5 - cy) / b;
    const d = Math.pow(Math.abs(dx), pow) + Math.pow(Math.abs(dy), pow);
    if (d > 1) continue;
    const r = Math.pow(d, 1 / pow);
    g[y]![x] = r > 0.8 ? '2' : r < 0.45 ? '3' : '1';
  }
  return g;
}
const out = blankImage(24 * 6, 24);
const variants = [ellipse(12, 12, 4.5, 7.5, 2), ellipse(12, 12, 4.5, 7.5, 3), ellipse(12, 12, 4.2, 7.2, 4), ellipse(11.5, 12, 5, 7.5, 2.5)];
variants.forEach((g, i) => {
  let h = outline(g);
  const head = outline(stamp(blankGrid(24, 24), gridOf(['.8888..', '889987.', '8998866', '8988866', '888887.', '.8888..']), 9, 9));
  h = stamp(h, head, 0, 0);
  const img = toImage('p', recolor(h, { '1': 'B', '2': 'b', '3': 'c', '8': 'n', '9': 'N', '6': 'H', '7': 'd' }));
  blit(out, img, i * 24, 0);
});
const bg = blankImage(out.w, out.h);
for (let i = 0; i < bg.data.length; i += 4) bg.data.set(PALETTE_RGBA.get('w')!, i);
blit(bg, out, 0, 0);
writeFileSync('test-results/art/zoom.png', encodePng(bg, 12));
