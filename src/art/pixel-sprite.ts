// Sprites as text: each row a string, each character a palette entry (see palette.ts).
// Pure code (no DOM), so the same art is baked into textures in the browser and into PNGs in Node.
import { PALETTE_RGBA } from './palette';

export interface PixelImage {
  readonly w: number;
  readonly h: number;
  /** RGBA, row-major, w*h*4 bytes. */
  readonly data: Uint8ClampedArray;
}

export function blankImage(w: number, h: number): PixelImage {
  return { w, h, data: new Uint8ClampedArray(w * h * 4) };
}

/** Parses text rows into an image; throws naming the sprite on a bad row or unknown character. */
export function parseSprite(name: string, rows: readonly string[]): PixelImage {
  const h = rows.length;
  const w = rows[0]?.length ?? 0;
  const img = blankImage(w, h);
  rows.forEach((row, y) => {
    if (row.length !== w) throw new Error(`sprite ${name}: row ${y} is ${row.length} wide, expected ${w}`);
    for (let x = 0; x < w; x++) {
      const rgba = PALETTE_RGBA.get(row[x]!);
      if (!rgba) throw new Error(`sprite ${name}: unknown colour "${row[x]}" at ${x},${y}`);
      img.data.set(rgba, (y * w + x) * 4);
    }
  });
  return img;
}

/** Draws src onto dst at (dx, dy) with alpha blending (source-over). */
export function blit(dst: PixelImage, src: PixelImage, dx: number, dy: number): void {
  blitRegion(dst, src, 0, 0, src.w, src.h, dx, dy);
}

/** Draws the w x h region of src at (sx, sy) onto dst at (dx, dy), source-over. */
export function blitRegion(dst: PixelImage, src: PixelImage, sx: number, sy: number, w: number, h: number, dx: number, dy: number): void {
  for (let y = 0; y < h; y++) {
    const ty = y + dy;
    if (ty < 0 || ty >= dst.h) continue;
    for (let x = 0; x < w; x++) {
      const tx = x + dx;
      if (tx < 0 || tx >= dst.w) continue;
      const si = ((sy + y) * src.w + sx + x) * 4;
      const a = src.data[si + 3]! / 255;
      if (a === 0) continue;
      const di = (ty * dst.w + tx) * 4;
      const da = dst.data[di + 3]! / 255;
      const outA = a + da * (1 - a);
      for (let c = 0; c < 3; c++) {
        dst.data[di + c] = (src.data[si + c]! * a + dst.data[di + c]! * da * (1 - a)) / outA;
      }
      dst.data[di + 3] = outA * 255;
    }
  }
}
