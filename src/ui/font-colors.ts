// A colour baked into a white pixel image the way a WebGL tint multiplies it (for text.ts).
import type { PixelImage } from '../art/pixel-sprite';

/** `img` with every pixel's colour multiplied by `color` (0xRRGGBB), alpha kept. */
export function multiply(img: PixelImage, color: number): PixelImage {
  const data = new Uint8ClampedArray(img.data);
  const rgb = [(color >> 16) & 255, (color >> 8) & 255, color & 255];
  for (let i = 0; i < data.length; i += 4) for (let c = 0; c < 3; c++) data[i + c] = Math.round((data[i + c]! * rgb[c]!) / 255);
  return { w: img.w, h: img.h, data };
}
