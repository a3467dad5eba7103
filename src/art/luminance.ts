// WCAG relative luminance and contrast, and the contour rings of a figure, for the readability
// tests (test/render/contrast.test.ts, test/render/rounds.test.ts). Pure.
import type { PixelImage } from './pixel-sprite';

function linear(c8: number): number {
  const c = c8 / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance (0 black .. 1 white) of an sRGB colour given as 0..255 channels. */
export function luminance(r: number, g: number, b: number): number {
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

export function luminanceOfHex(rgb: number): number {
  return luminance((rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255);
}

/** WCAG contrast ratio of two luminances, 1 (same) .. 21 (black on white). */
export function contrastRatio(a: number, b: number): number {
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/** A pixel counts as part of a figure at or above this alpha (soft drop shadows do not). */
const SOLID = 128;

/**
 * The figure's two outermost contour rings, as pixel indices: `outer` is every solid pixel with a
 * transparent (or off-image) 4-neighbour, `inner` every other solid pixel with an `outer` 4-neighbour.
 */
export function contourRings(img: PixelImage): { outer: number[]; inner: number[] } {
  const { w, h, data } = img;
  const solid = (x: number, y: number) => x >= 0 && y >= 0 && x < w && y < h && data[(y * w + x) * 4 + 3]! >= SOLID;
  const N4 = [[1, 0], [-1, 0], [0, 1], [0, -1]] as const;
  const isOuter = new Uint8Array(w * h);
  const outer: number[] = [];
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      if (solid(x, y) && N4.some(([dx, dy]) => !solid(x + dx, y + dy))) {
        isOuter[y * w + x] = 1;
        outer.push(y * w + x);
      }
    }
  }
  const inner: number[] = [];
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      if (solid(x, y) && !isOuter[y * w + x] && N4.some(([dx, dy]) => isOuter[(y + dy) * w + x + dx] === 1)) inner.push(y * w + x);
    }
  }
  return { outer, inner };
}

/** Mean relative luminance of some of an image's pixels (light adds up linearly in the eye). */
export function meanLuminance(img: PixelImage, pixels: readonly number[]): number {
  let sum = 0;
  for (const i of pixels) sum += luminance(img.data[i * 4]!, img.data[i * 4 + 1]!, img.data[i * 4 + 2]!);
  return pixels.length ? sum / pixels.length : 0;
}
