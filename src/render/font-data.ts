// Bitmap font data for Phaser from a fixed-cell glyph sheet, with proportional advances measured
// from the glyphs' pixels (a monospaced pixel font looks like a terminal; this looks like a game).
import type { PixelImage } from '../art/pixel-sprite';

export interface FontSheet {
  readonly image: PixelImage;
  readonly charWidth: number;
  readonly charHeight: number;
  readonly chars: string;
  readonly columns: number;
}

interface GlyphData {
  x: number; y: number; width: number; height: number; centerX: number; centerY: number;
  xOffset: number; yOffset: number; xAdvance: number; data: object; kerning: object;
  u0: number; v0: number; u1: number; v1: number;
}

/** Rightmost opaque column + 1 of the glyph cell at (cx, cy); 0 for an empty cell. */
function inkWidth(img: PixelImage, cx: number, cy: number, w: number, h: number): number {
  for (let x = w - 1; x >= 0; x--) {
    for (let y = 0; y < h; y++) {
      if (img.data[((cy + y) * img.w + cx + x) * 4 + 3]! > 0) return x + 1;
    }
  }
  return 0;
}

export function fontData(key: string, sheet: FontSheet): { retroFont: boolean; font: string; size: number; lineHeight: number; chars: Record<number, GlyphData> } {
  const { image, charWidth: w, charHeight: h, chars, columns } = sheet;
  const out: Record<number, GlyphData> = {};
  const spaceAdvance = Math.max(2, Math.round(w * 0.5));
  [...chars].forEach((ch, i) => {
    const x = (i % columns) * w;
    const y = Math.floor(i / columns) * h;
    const ink = inkWidth(image, x, y, w, h);
    out[ch.codePointAt(0)!] = {
      x, y, width: w, height: h, centerX: w >> 1, centerY: h >> 1, xOffset: 0, yOffset: 0,
      xAdvance: ch === ' ' || ink === 0 ? spaceAdvance : ink + 1,
      data: {}, kerning: {},
      u0: x / image.w, v0: 1 - y / image.h, u1: (x + w) / image.w, v1: 1 - (y + h) / image.h,
    };
  });
  return { retroFont: true, font: key, size: w, lineHeight: h + 1, chars: out };
}
