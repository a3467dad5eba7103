// The touch controls' look, as pixel images (pure, like every sprite): round buttons and stick
// rings in the UI's panel style, dark ink with a gold rim, drawn at 1x and shown at the UI's 3x so
// their pixels match the panels' and the font's.
import { blankImage, type PixelImage } from './pixel-sprite';
import { PALETTE_RGBA } from './palette';

const rgba = (ch: string, alpha = 1): [number, number, number, number] => {
  const c = PALETTE_RGBA.get(ch)!;
  return [c[0], c[1], c[2], Math.round(c[3] * alpha)];
};

export type DiscStyle = 'button' | 'pressed' | 'ring' | 'knob';

/** Fill and rim per style: a resting button is see-through ink, a pressed one glows gold. */
const STYLES: Readonly<Record<DiscStyle, { fill: [number, number, number, number]; rim: [number, number, number, number]; rimWidth: number }>> = {
  button: { fill: rgba('k', 0.55), rim: rgba('F', 0.9), rimWidth: 1 },
  pressed: { fill: rgba('f', 0.75), rim: rgba('y'), rimWidth: 1 },
  ring: { fill: rgba('k', 0.3), rim: rgba('A', 0.7), rimWidth: 1 },
  knob: { fill: rgba('S', 0.85), rim: rgba('a'), rimWidth: 1 },
};

/** A disc `radius` pixels across (1x), its rim the style's colour; pixels are in or out, no blur. */
export function disc(radius: number, style: DiscStyle): PixelImage {
  const r = Math.max(2, Math.round(radius));
  const img = blankImage(2 * r, 2 * r);
  const { fill, rim, rimWidth } = STYLES[style];
  for (let y = 0; y < 2 * r; y++) {
    for (let x = 0; x < 2 * r; x++) {
      const d = Math.hypot(x + 0.5 - r, y + 0.5 - r);
      if (d > r) continue;
      img.data.set(d > r - rimWidth ? rim : fill, (y * 2 * r + x) * 4);
    }
  }
  return img;
}

/** The pause button's mark: two cream bars, `size` pixels tall. */
export function pauseMark(size: number): PixelImage {
  const h = Math.max(3, Math.round(size));
  const bar = Math.max(1, Math.round(h / 3));
  const img = blankImage(3 * bar, h);
  const cream = rgba('x');
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < 3 * bar; x++) if (x < bar || x >= 2 * bar) img.data.set(cream, (y * 3 * bar + x) * 4);
  }
  return img;
}

/** One line of text in the small face at 1x (cream, with the font's outline), for DOM canvases. */
export function textLine(font: { image: PixelImage; charWidth: number; charHeight: number; chars: string; columns: number }, text: string): PixelImage {
  const img = blankImage(Math.max(1, text.length * font.charWidth), font.charHeight);
  [...text].forEach((ch, i) => {
    const at = font.chars.indexOf(ch);
    if (at < 0) return;
    const sx = (at % font.columns) * font.charWidth;
    const sy = Math.floor(at / font.columns) * font.charHeight;
    for (let y = 0; y < font.charHeight; y++) {
      for (let x = 0; x < font.charWidth; x++) {
        const si = ((sy + y) * font.image.w + sx + x) * 4;
        img.data.set(font.image.data.subarray(si, si + 4), (y * img.w + i * font.charWidth + x) * 4);
      }
    }
  });
  return img;
}

/** A phone outline, `w` x `h` pixels, rim in `ch`, a dark screen inside. */
export function phoneShape(w: number, h: number, ch: string): PixelImage {
  const img = blankImage(w, h);
  const rim = rgba(ch);
  const screen = rgba('n');
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const corner = (x === 0 || x === w - 1) && (y === 0 || y === h - 1);
      if (corner) continue;
      const edge = x < 2 || y < 2 || x >= w - 2 || y >= h - 2;
      img.data.set(edge ? rim : screen, (y * w + x) * 4);
    }
  }
  return img;
}
