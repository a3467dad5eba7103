// The picture `npm run sim -- --heatmap out.png` writes: each level drawn with its own tileset (or
// plain cells for a map whose tiles the tileset does not have), dimmed and greyed so the heat
// stands out, with two overlays over all runs: where El died (red blobs) and where bullets stopped
// (a warm, translucent heat on a log scale, so a few hot spots do not wash out the rest), and a
// legend strip under each level. Drawn at 1x, written at HEATMAP_SCALE.
import { buildFont, type BitmapFont } from '../art/font';
import { blankImage, type PixelImage } from '../art/pixel-sprite';
import { buildTileset, TILESET_COLUMNS, TILESET_ROWS } from '../art/tiles';
import { bakeLevelImage } from '../art/level-image';
import { Cell, type LevelData } from '../sim';
import { encodePng } from './png';

/** The PNG is the 1x picture scaled up by this (nearest neighbour, so the pixel art stays crisp). */
export const HEATMAP_SCALE = 2;
/** Height of the legend strip under each level, in 1x pixels. */
export const LEGEND_HEIGHT = 30;

export interface HeatPanel {
  readonly level: LevelData;
  /** Flat [x, y, …] world pixels. */
  readonly deaths: readonly number[];
  readonly shots: readonly number[];
  /** First legend line, e.g. "bar: aggressive bot, 200 runs, seeds 1995-2194". */
  readonly caption: string;
}

type Rgb = readonly [number, number, number];

const PLAIN: Readonly<Record<number, Rgb>> = {
  [Cell.Floor]: [196, 184, 160],
  [Cell.Wall]: [52, 46, 56],
  [Cell.Cover]: [128, 104, 80],
  [Cell.Void]: [0, 0, 0],
};
const DOOR: Rgb = [138, 85, 48];
const LEGEND_BG: Rgb = [24, 20, 28];
const TEXT: Rgb = [244, 239, 230];
/** Deaths from one (low) to the most at one spot (DEATH). */
const DEATH_LOW: Rgb = [170, 0, 24];
const DEATH: Rgb = [255, 50, 60];
const DEATH_EDGE: Rgb = [60, 0, 8];
const SHOT_RADIUS = 6;
const DEATH_RADIUS = 9;

/** Size in PNG pixels of the heatmap of these levels. */
export function heatmapSize(levels: readonly LevelData[]): { width: number; height: number } {
  const width = Math.max(...levels.map((l) => l.width * l.tileSize));
  const height = levels.reduce((h, l) => h + l.height * l.tileSize + LEGEND_HEIGHT, 0);
  return { width: width * HEATMAP_SCALE, height: height * HEATMAP_SCALE };
}

export function heatmapPng(panels: readonly HeatPanel[]): Buffer {
  return encodePng(renderHeatmap(panels), HEATMAP_SCALE);
}

/** The heatmap at 1x: the panels stacked top to bottom. */
export function renderHeatmap(panels: readonly HeatPanel[]): PixelImage {
  const { width, height } = heatmapSize(panels.map((p) => p.level));
  const img = blankImage(width / HEATMAP_SCALE, height / HEATMAP_SCALE);
  fill(img, 0, 0, img.w, img.h, LEGEND_BG);
  const font = buildFont();
  let top = 0;
  for (const panel of panels) {
    const map = drawPanel(panel, font);
    copy(img, map, 0, top);
    top += map.h;
  }
  return img;
}

function drawPanel(panel: HeatPanel, font: BitmapFont): PixelImage {
  const { level } = panel;
  const w = level.width * level.tileSize;
  const h = level.height * level.tileSize;
  const img = blankImage(w, h + LEGEND_HEIGHT);
  fill(img, 0, 0, w, h + LEGEND_HEIGHT, LEGEND_BG);
  copy(img, dimmed(levelPicture(level)), 0, 0);

  const shots = density(panel.shots, w, h, SHOT_RADIUS);
  const shotMax = max(shots);
  if (shotMax > 0) {
    const logMax = Math.log1p(shotMax);
    for (let i = 0; i < shots.length; i++) {
      if (shots[i]! <= 0) continue;
      const v = Math.log1p(shots[i]!) / logMax;
      blend(img, i, warm(v), 0.2 + 0.6 * v);
    }
  }

  const deaths = density(panel.deaths, w, h, DEATH_RADIUS);
  const deathMax = max(deaths);
  if (deathMax > 0) {
    const logMax = Math.log1p(deathMax);
    for (let i = 0; i < deaths.length; i++) {
      const d = deaths[i]!;
      if (d <= 0) continue;
      const v = Math.log1p(d) / logMax;
      // A dark rim where a blob fades out keeps each one distinct from the warm shot heat.
      const rim = d < 0.12;
      const core: Rgb = [DEATH_LOW[0] + (DEATH[0] - DEATH_LOW[0]) * v, DEATH_LOW[1] + (DEATH[1] - DEATH_LOW[1]) * v, DEATH_LOW[2] + (DEATH[2] - DEATH_LOW[2]) * v];
      blend(img, i, rim ? DEATH_EDGE : core, rim ? 0.7 : 0.75 + 0.2 * v);
    }
  }

  const y0 = h + 3;
  text(img, font, panel.caption, 4, y0, TEXT);
  const y1 = h + 17;
  let x = 4;
  fillCircle(img, x + 4, y1 + 4, 4, DEATH);
  x = text(img, font, `El died here (${panel.deaths.length / 2})`, x + 12, y1, TEXT) + 18;
  for (let i = 0; i < 40; i++) {
    const v = i / 39;
    const [r, g, b] = warm(v);
    const a = 0.2 + 0.6 * v;
    for (let y = y1; y < y1 + 9; y++) mix(img, (y * img.w + x + i) * 4, [r, g, b], a);
  }
  text(img, font, `bullets stopped (${panel.shots.length / 2}), log scale: few -> many`, x + 46, y1, TEXT);
  return img;
}

/** The level as it looks in the game, or as plain cells if the map uses tiles our tileset lacks. */
function levelPicture(level: LevelData): PixelImage {
  const tiles = TILESET_COLUMNS * TILESET_ROWS;
  const fits = level.tileSize === 16 && level.layers.length > 0 && level.layers.every((l) => l.gids.every((g) => g <= tiles));
  const img = fits ? bakeLevelImage(level, buildTileset()) : blankImage(level.width * level.tileSize, level.height * level.tileSize);
  const t = level.tileSize;
  for (let cy = 0; cy < level.height; cy++) {
    for (let cx = 0; cx < level.width; cx++) {
      const c = level.cells[cy * level.width + cx]!;
      if (!fits) fill(img, cx * t, cy * t, t, t, PLAIN[c] ?? PLAIN[Cell.Wall]!);
    }
  }
  for (const d of level.doors) {
    if (d.hidden && fits) continue;
    if (d.vertical) fill(img, d.tx * t + t / 2 - 2, d.ty * t, 4, t, DOOR);
    else fill(img, d.tx * t, d.ty * t + t / 2 - 2, t, 4, DOOR);
  }
  return img;
}

/** Greyed and darkened, so colour means heat. */
function dimmed(src: PixelImage): PixelImage {
  const out = blankImage(src.w, src.h);
  const d = src.data;
  for (let i = 0; i < d.length; i += 4) {
    const grey = 0.3 * d[i]! + 0.59 * d[i + 1]! + 0.11 * d[i + 2]!;
    for (let c = 0; c < 3; c++) out.data[i + c] = (grey * 0.75 + d[i + c]! * 0.25) * 0.6;
    out.data[i + 3] = 255;
  }
  return out;
}

/** Each point spread over a cone of radius r; summed per pixel. */
function density(points: readonly number[], w: number, h: number, r: number): Float64Array {
  const grid = new Float64Array(w * h);
  for (let p = 0; p + 1 < points.length; p += 2) {
    const px = points[p]!;
    const py = points[p + 1]!;
    for (let y = Math.max(0, py - r); y <= Math.min(h - 1, py + r); y++) {
      for (let x = Math.max(0, px - r); x <= Math.min(w - 1, px + r); x++) {
        const dist = Math.sqrt((x - px) ** 2 + (y - py) ** 2);
        if (dist < r) grid[y * w + x]! += 1 - dist / r;
      }
    }
  }
  return grid;
}

function max(a: Float64Array): number {
  let m = 0;
  for (const v of a) if (v > m) m = v;
  return m;
}

/** Amber through orange and yellow to pale yellow, for v in 0..1. */
function warm(v: number): Rgb {
  const stops: readonly Rgb[] = [[190, 90, 20], [250, 150, 30], [255, 215, 80], [255, 250, 200]];
  const f = Math.min(1, Math.max(0, v)) * (stops.length - 1);
  const i = Math.min(stops.length - 2, Math.floor(f));
  const t = f - i;
  const a = stops[i]!;
  const b = stops[i + 1]!;
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
}

function mix(img: PixelImage, at: number, rgb: Rgb, alpha: number): void {
  for (let c = 0; c < 3; c++) img.data[at + c] = img.data[at + c]! * (1 - alpha) + rgb[c]! * alpha;
  img.data[at + 3] = 255;
}

function blend(img: PixelImage, pixel: number, rgb: Rgb, alpha: number): void {
  mix(img, pixel * 4, rgb, alpha);
}

function fill(img: PixelImage, x0: number, y0: number, w: number, h: number, rgb: Rgb): void {
  for (let y = Math.max(0, y0); y < Math.min(img.h, y0 + h); y++) {
    for (let x = Math.max(0, x0); x < Math.min(img.w, x0 + w); x++) mix(img, (y * img.w + x) * 4, rgb, 1);
  }
}

function fillCircle(img: PixelImage, cx: number, cy: number, r: number, rgb: Rgb): void {
  for (let y = cy - r; y <= cy + r; y++) {
    for (let x = cx - r; x <= cx + r; x++) if ((x - cx) ** 2 + (y - cy) ** 2 <= r * r) fill(img, x, y, 1, 1, rgb);
  }
}

function copy(dst: PixelImage, src: PixelImage, dx: number, dy: number): void {
  for (let y = 0; y < src.h && y + dy < dst.h; y++) {
    const row = src.data.subarray(y * src.w * 4, (y * src.w + Math.min(src.w, dst.w - dx)) * 4);
    dst.data.set(row, ((y + dy) * dst.w + dx) * 4);
  }
}

/** Draws text in the 6x11 font; returns the x after the last character. */
function text(img: PixelImage, font: BitmapFont, s: string, x: number, y: number, rgb: Rgb): number {
  for (const ch of s) {
    const index = font.chars.indexOf(ch);
    if (index >= 0) {
      const sx = (index % font.columns) * font.charWidth;
      const sy = Math.floor(index / font.columns) * font.charHeight;
      for (let gy = 0; gy < font.charHeight; gy++) {
        for (let gx = 0; gx < font.charWidth; gx++) {
          if (font.image.data[((sy + gy) * font.image.w + sx + gx) * 4 + 3]! > 0) fill(img, x + gx, y + gy, 1, 1, rgb);
        }
      }
    }
    x += font.charWidth;
  }
  return x;
}
