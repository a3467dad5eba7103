// The app's icons (favicon, home screen, the web manifest's maskable icon): El Mariachi's silhouette
// with his guitar case against a setting sun, on a dusk sky over shadowed sand. The same figure and
// palette as the title picture; pure and deterministic, written to public/ by tools/art/write-icons.ts.
import { blankImage, type PixelImage } from './pixel-sprite';
import { mariachiSilhouette } from './mariachi-silhouette';
import { Grid, bayer, ramp } from './tiles/grid';

/** The plain icon's grid: 64 px, drawn at 3x (192) and 8x (512), and averaged down for the favicon. */
export const ICON_SIZE = 64;
/**
 * The maskable icon's grid: 128 px at 4x (512). A launcher crops it to any shape inside the
 * centre circle of 80 % of its width, so the figure stays the same size on a wider backdrop.
 */
export const MASKABLE_SIZE = 128;
/** Radius of the maskable safe zone, as a fraction of the icon's width. */
export const SAFE_RADIUS = 0.4;

/** Sky from night blue at the top, through dusk violet and salmon, to gold at the horizon. */
const SKY = 'bBvpF';

interface Layout {
  readonly size: number;
  /** First row of sand. */
  readonly horizon: number;
  readonly sunX: number;
  readonly sunR: number;
  /** Where El's boots stand. */
  readonly feetX: number;
  readonly feetY: number;
}

function scene(l: Layout): Grid {
  const g = new Grid(l.size, l.size, 'b');
  for (let y = 0; y < l.horizon; y++) {
    for (let x = 0; x < l.size; x++) g.set(x, y, ramp(SKY, (y / l.horizon) ** 1.3, x, y));
  }
  // The sun sits on the horizon, cut by it: gold rim, pale core.
  g.ellipse(l.sunX + 0.5, l.horizon, l.sunR, l.sunR, 'F');
  g.ellipse(l.sunX + 0.5, l.horizon, l.sunR - 2, l.sunR - 2, 'y');
  g.ellipse(l.sunX + 0.5, l.horizon, l.sunR - 5, l.sunR - 5, 'Y');
  // Sand in the evening shade, lit along the horizon and darkening toward the viewer.
  const ground = l.size - l.horizon;
  for (let y = l.horizon; y < l.size; y++) {
    for (let x = 0; x < l.size; x++) g.set(x, y, ramp('wSsA', 1 - (y - l.horizon) / ground, x, y));
  }
  // His shadow runs toward the viewer, away from the sun behind him.
  for (let y = l.feetY - 1; y < l.size; y++) {
    const half = 4 + (y - l.feetY) * 0.6;
    for (let x = Math.round(l.feetX - half); x <= Math.round(l.feetX + half); x++) {
      if (bayer(x, y) < 0.75) g.set(x, y, 'u');
    }
  }
  const mask = new Grid(l.size, l.size);
  const { ox, oy } = mariachiSilhouette(mask, l.feetX, l.feetY);
  g.draw(mask, 0, 0);
  // Backlight: where his outline meets the sky near the sun, it burns gold.
  for (let y = 0; y < l.size; y++) {
    for (let x = 0; x < l.size; x++) {
      if (mask.get(x, y) === '.' || y >= l.horizon) continue;
      const edge = mask.get(x - 1, y) === '.' || mask.get(x + 1, y) === '.' || mask.get(x, y - 1) === '.';
      const d = Math.hypot(x + 0.5 - (l.sunX + 0.5), y - l.horizon);
      if (edge && d < l.sunR + 3) g.set(x, y, 'F');
    }
  }
  // Silver conchos down the trouser seams and on the jacket, as on the title.
  for (let j = 0; j < 4; j++) g.set(ox + 9, oy + 30 + j * 3, 'm').set(ox + 18, oy + 30 + j * 3, 'm');
  g.set(ox + 10, oy + 16, 'M').set(ox + 17, oy + 16, 'M');
  return g;
}

/** The plain icon, 64 x 64. */
export function buildAppIcon(): PixelImage {
  return scene({ size: ICON_SIZE, horizon: 52, sunX: 32, sunR: 17, feetX: 37, feetY: 60 }).toImage('app-icon');
}

/** The maskable icon, 128 x 128: full-bleed backdrop, El inside the safe zone. */
export function buildMaskableIcon(): PixelImage {
  return scene({ size: MASKABLE_SIZE, horizon: 82, sunX: 64, sunR: 28, feetX: 69, feetY: 90 }).toImage('app-icon-maskable');
}

/** Averages each f x f block into one pixel (colour weighted by alpha): the favicon from the icon. */
export function shrink(img: PixelImage, f: number): PixelImage {
  const out = blankImage(Math.floor(img.w / f), Math.floor(img.h / f));
  for (let y = 0; y < out.h; y++) {
    for (let x = 0; x < out.w; x++) {
      const sum = [0, 0, 0, 0];
      for (let j = 0; j < f; j++) {
        for (let i = 0; i < f; i++) {
          const si = ((y * f + j) * img.w + x * f + i) * 4;
          const a = img.data[si + 3]!;
          for (let c = 0; c < 3; c++) sum[c]! += img.data[si + c]! * a;
          sum[3]! += a;
        }
      }
      const di = (y * out.w + x) * 4;
      for (let c = 0; c < 3; c++) out.data[di + c] = sum[3]! > 0 ? Math.round(sum[c]! / sum[3]!) : 0;
      out.data[di + 3] = Math.round(sum[3]! / (f * f));
    }
  }
  return out;
}

/** Every icon file in public/, what it is drawn from and at what integer zoom (its width is the image's times that). */
export const APP_ICON_FILES: readonly { readonly file: string; readonly render: () => PixelImage; readonly scale: number }[] = [
  { file: 'favicon-32.png', render: () => shrink(buildAppIcon(), 2), scale: 1 },
  { file: 'icon-192.png', render: buildAppIcon, scale: 3 },
  { file: 'icon-512.png', render: buildAppIcon, scale: 8 },
  { file: 'icon-maskable-512.png', render: buildMaskableIcon, scale: 4 },
];
