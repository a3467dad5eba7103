// The edge darkening of bullet time as a picture (focus-look.ts draws it over the view), so WebGL
// and Canvas show the very same thing: no renderer-only filter. Ink-coloured, clear in the middle,
// alpha rising smoothly toward the corners. Pure.
import { PALETTE_RGBA } from './palette';
import { blankImage, type PixelImage } from './pixel-sprite';

/** Clear out to this fraction of the half-diagonal, then rising to full at the corners. */
const CLEAR = 0.45;

export function vignetteImage(w: number, h: number, colour = 'k'): PixelImage {
  const img = blankImage(w, h);
  const [r, g, b] = PALETTE_RGBA.get(colour)!;
  const cx = (w - 1) / 2;
  const cy = (h - 1) / 2;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      // Distance in the frame's own proportions: 1 at the middle of each edge, about 1.41 at corners.
      const dx = (x - cx) / cx;
      const dy = (y - cy) / cy;
      const d = Math.sqrt(dx * dx + dy * dy) / Math.SQRT2;
      const t = Math.max(0, Math.min(1, (d - CLEAR) / (1 - CLEAR)));
      const o = (y * w + x) * 4;
      img.data[o] = r;
      img.data[o + 1] = g;
      img.data[o + 2] = b;
      // Smoothstep, so the clear middle fades in without a visible ring.
      img.data[o + 3] = Math.round(255 * t * t * (3 - 2 * t));
    }
  }
  return img;
}
