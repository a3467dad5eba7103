// The panel sprite (a 24 px nine-slice source: 8 px corners, uniform edges and middle) stretched to
// any size as plain filled rectangles, one per source pixel in the corners and one per edge row or
// column. Rectangles draw the same in WebGL and Canvas; Phaser's NineSlice is WebGL-only, and in
// Canvas the results, pause and settings panels were simply missing, the level showing through.
import type { PixelImage } from '../art/pixel-sprite';

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  /** 0xRRGGBB, and alpha 0..1. */
  readonly color: number;
  readonly alpha: number;
}

/**
 * Rectangles for a `w` x `h` panel (screen pixels) from `img` drawn at `scale`, with `slice`
 * source pixels of corner on every side. The middle is one rectangle.
 */
export function panelRects(img: PixelImage, w: number, h: number, scale: number, slice = 8): Rect[] {
  const out: Rect[] = [];
  const at = (sx: number, sy: number): { color: number; alpha: number } | null => {
    const i = (sy * img.w + sx) * 4;
    const a = img.data[i + 3]!;
    if (a === 0) return null;
    return { color: (img.data[i]! << 16) | (img.data[i + 1]! << 8) | img.data[i + 2]!, alpha: a / 255 };
  };
  const push = (x: number, y: number, rw: number, rh: number, px: { color: number; alpha: number } | null) => {
    if (px && rw > 0 && rh > 0) out.push({ x, y, w: rw, h: rh, ...px });
  };
  const edge = slice * scale;
  const midW = w - 2 * edge;
  const midH = h - 2 * edge;
  // Source columns / rows: the first `slice`, one from the middle (it is uniform), the last `slice`.
  const mid = Math.floor(img.w / 2);
  for (let sy = 0; sy < img.h; sy++) {
    const band = sy < slice ? 0 : sy >= img.h - slice ? 2 : 1;
    if (band === 1 && sy !== mid) continue;
    const y = band === 0 ? sy * scale : band === 2 ? h - (img.h - sy) * scale : edge;
    const rh = band === 1 ? midH : scale;
    for (let sx = 0; sx < img.w; sx++) {
      const col = sx < slice ? 0 : sx >= img.w - slice ? 2 : 1;
      if (col === 1 && sx !== mid) continue;
      const x = col === 0 ? sx * scale : col === 2 ? w - (img.w - sx) * scale : edge;
      push(x, y, col === 1 ? midW : scale, rh, at(sx, sy));
    }
  }
  return out;
}
