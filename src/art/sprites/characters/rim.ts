// Rims: outlines drawn around a figure (its body, its legs) so it reads on any floor in any light.
// Each ring is one pixel wide, from the figure outward: the first touches the figure on all eight
// sides, the next only on four (a rounder, lighter edge). A bright ring reads on dark floors and a
// dark one on bright floors, so two rings of opposite brightness read everywhere, as outlined
// captions do (test/render/contrast.test.ts measures it).
import { PALETTE_RGBA } from '../../palette';
import { blankImage, type PixelImage } from '../../pixel-sprite';

/** Where the figure is: the soft drop shadow ('z', 35 %) does not count. */
const SOLID = 128;

/** Rim colours per role, palette characters from the figure outward. */
export const RIMS = {
  /** El: a warm white rim light round his black suit, an ink line outside it. */
  el: ['Y', 'k'],
  /** A hostile man: a pale neon red glow (the enemies' accent, lit), ink outside it. */
  foe: ['E', 'k'],
} as const satisfies Record<string, readonly string[]>;

export type RimRole = keyof typeof RIMS;

/** The frame-name suffix of a rim sprite: `<frame>@el`, `<frame>@foe`. */
export function rimFrame(frame: string, role: RimRole): string {
  return `${frame}@${role}`;
}

/**
 * The rings round `figure`, alone (transparent over the figure), in an image `rings` pixels wider
 * on every side so the figure's centre is the rim's centre.
 */
export function rimImage(figure: PixelImage, rings: readonly string[]): PixelImage {
  const pad = rings.length;
  const w = figure.w + 2 * pad;
  const h = figure.h + 2 * pad;
  // 0 = empty, -1 = the figure, k = ring k (1-based).
  const mark = new Int8Array(w * h);
  for (let y = 0; y < figure.h; y++) {
    for (let x = 0; x < figure.w; x++) if (figure.data[(y * figure.w + x) * 4 + 3]! >= SOLID) mark[(y + pad) * w + x + pad] = -1;
  }
  const out = blankImage(w, h);
  rings.forEach((ch, k) => {
    const inner = k === 0 ? -1 : k;
    const reach = k === 0 ? 1 : 0;
    const rgba = PALETTE_RGBA.get(ch)!;
    const ring: number[] = [];
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        if (mark[y * w + x] !== 0) continue;
        let touches = false;
        for (let dy = -1; dy <= 1 && !touches; dy++) {
          for (let dx = -1; dx <= 1 && !touches; dx++) {
            if ((dx !== 0 && dy !== 0 && reach === 0) || (dx === 0 && dy === 0)) continue;
            const nx = x + dx;
            const ny = y + dy;
            touches = nx >= 0 && ny >= 0 && nx < w && ny < h && mark[ny * w + nx] === inner;
          }
        }
        if (touches) ring.push(y * w + x);
      }
    }
    for (const i of ring) {
      mark[i] = k + 1;
      out.data.set(rgba, i * 4);
    }
  });
  return out;
}
