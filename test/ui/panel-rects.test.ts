import { describe, expect, it } from 'vitest';
import { uiSprites } from '../../src/art/sprites/ui';
import { panelRects } from '../../src/ui/panel-rects';

const ui = uiSprites();

/** Paints the rectangles into an alpha mask and a colour map. */
function paint(w: number, h: number, rects: ReturnType<typeof panelRects>): { alpha: Float32Array; color: Int32Array } {
  const alpha = new Float32Array(w * h);
  const color = new Int32Array(w * h).fill(-1);
  for (const r of rects) {
    expect(r.x >= 0 && r.y >= 0 && r.x + r.w <= w && r.y + r.h <= h, `rect ${JSON.stringify(r)} inside`).toBe(true);
    for (let y = r.y; y < r.y + r.h; y++) for (let x = r.x; x < r.x + r.w; x++) {
      alpha[y * w + x] = r.alpha;
      color[y * w + x] = r.color;
    }
  }
  return { alpha, color };
}

describe('panel rectangles', () => {
  it.each([[1040, 660], [440, 340], [1040, 640], [48, 48]])('a %ix%i panel is opaque everywhere inside its rounded corners', (w, h) => {
    const { alpha } = paint(w, h, panelRects(ui.get('panel')!, w, h, 3));
    // Everything 6 px in from the edge (past the cut corner pixels) is fully opaque.
    const holes: string[] = [];
    for (let y = 6; y < h - 6; y++) for (let x = 6; x < w - 6; x++) if (alpha[y * w + x] !== 1) holes.push(`(${x}, ${y})`);
    expect(holes.slice(0, 5)).toEqual([]);
  });

  it('the middle is the dark panel colour and the edge has the gold line', () => {
    const w = 600;
    const h = 300;
    const { color } = paint(w, h, panelRects(ui.get('panel')!, w, h, 3));
    expect(color[(h / 2) * w + w / 2]).toBe(0x1f1a24);
    // Second source pixel from the top edge, in the middle: the gold highlight.
    expect(color[4 * w + w / 2]).toBe(0xffd86b);
  });

  it('draws the source pixel for pixel at its own size', () => {
    const img = ui.get('panel')!;
    const { color } = paint(72, 72, panelRects(img, 72, 72, 3));
    const wrong: string[] = [];
    for (let sy = 0; sy < 24; sy++) for (let sx = 0; sx < 24; sx++) {
      const i = (sy * 24 + sx) * 4;
      if (img.data[i + 3] === 0) continue;
      if (color[(sy * 3 + 1) * 72 + sx * 3 + 1] !== ((img.data[i]! << 16) | (img.data[i + 1]! << 8) | img.data[i + 2]!)) wrong.push(`(${sx}, ${sy})`);
    }
    expect(wrong).toEqual([]);
  });
});
