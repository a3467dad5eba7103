// The app icons (src/art/app-icon.ts): drawn on the palette, El inside the maskable safe zone, and
// the PNGs in public/ exactly what the code draws (re-run: npx tsx tools/art/write-icons.ts).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ICON_FILES, buildAppIcon, buildMaskableIcon, ICON_SIZE, MASKABLE_SIZE, SAFE_RADIUS } from '../../src/art/app-icon';
import { PALETTE_RGBA } from '../../src/art/palette';
import { encodePng } from '../../src/headless/png';
import { decodePng } from '../headless/png-decode';

const INK = PALETTE_RGBA.get('k')!;
const inPalette = new Set([...PALETTE_RGBA.values()].map((c) => c.join(',')));

function pixels(img: { w: number; h: number; data: ArrayLike<number> }): { x: number; y: number; rgba: string }[] {
  const out: { x: number; y: number; rgba: string }[] = [];
  for (let y = 0; y < img.h; y++) {
    for (let x = 0; x < img.w; x++) {
      const i = (y * img.w + x) * 4;
      out.push({ x, y, rgba: [img.data[i], img.data[i + 1], img.data[i + 2], img.data[i + 3]].join(',') });
    }
  }
  return out;
}

describe('app icons', () => {
  it('are square, opaque and drawn only in palette colours', () => {
    for (const [img, size] of [[buildAppIcon(), ICON_SIZE], [buildMaskableIcon(), MASKABLE_SIZE]] as const) {
      expect([img.w, img.h]).toEqual([size, size]);
      const px = pixels(img);
      expect(px.every((p) => p.rgba.endsWith(',255'))).toBe(true);
      expect(px.filter((p) => !inPalette.has(p.rgba))).toEqual([]);
    }
  });

  it('shows El as a dark figure filling much of the plain icon', () => {
    const ink = pixels(buildAppIcon()).filter((p) => p.rgba === INK.join(','));
    expect(ink.length).toBeGreaterThan(ICON_SIZE * ICON_SIZE * 0.12);
    const ys = ink.map((p) => p.y);
    expect(Math.max(...ys) - Math.min(...ys)).toBeGreaterThan(ICON_SIZE * 0.6);
  });

  it('keeps El and his case inside the maskable safe zone (the centre circle of 80 %)', () => {
    const c = MASKABLE_SIZE / 2;
    const r = SAFE_RADIUS * MASKABLE_SIZE;
    const ink = pixels(buildMaskableIcon()).filter((p) => p.rgba === INK.join(','));
    expect(ink.length).toBeGreaterThan(500);
    const outside = ink.filter((p) => Math.hypot(p.x + 0.5 - c, p.y + 0.5 - c) > r);
    expect(outside).toEqual([]);
  });

  it('are committed in public/ exactly as the code draws them, at their stated sizes', () => {
    for (const { file, render, scale } of APP_ICON_FILES) {
      const bytes = readFileSync(path.join('public', file));
      const img = render();
      expect(bytes.equals(encodePng(img, scale)), `${file} is stale: npx tsx tools/art/write-icons.ts`).toBe(true);
      const png = decodePng(bytes);
      expect([png.w, png.h]).toEqual([img.w * scale, img.h * scale]);
    }
    expect(APP_ICON_FILES.map((f) => f.file)).toEqual(['favicon-32.png', 'icon-192.png', 'icon-512.png', 'icon-maskable-512.png']);
  });
});
