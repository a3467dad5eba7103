// El's ground marker: a gold ring on the floor round his feet, broken into four arcs (the gaps on
// the diagonals, like a sight), ink on its outside edge so it reads on bright sand as on dark wood.
import { PALETTE_RGBA } from '../palette';
import { blankImage, type PixelImage } from '../pixel-sprite';

const SIZE = 25;
/** Radius of the gold ring in pixels: just outside El's shoulders, inside his outstretched guns. */
const RADIUS = 10;

export function markerSprites(): Map<string, PixelImage> {
  const img = blankImage(SIZE, SIZE);
  const c = (SIZE - 1) / 2;
  const gold = PALETTE_RGBA.get('y')!;
  const ink = PALETTE_RGBA.get('k')!;
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      const dx = x - c;
      const dy = y - c;
      const d = Math.sqrt(dx * dx + dy * dy);
      // Gaps where |dx| and |dy| are close: the four diagonals.
      if (Math.abs(Math.abs(dx) - Math.abs(dy)) < 3) continue;
      if (Math.abs(d - RADIUS) < 0.5) img.data.set(gold, (y * SIZE + x) * 4);
      else if (Math.abs(d - RADIUS - 1) < 0.5) img.data.set(ink, (y * SIZE + x) * 4);
    }
  }
  return new Map([['el_marker', img]]);
}
