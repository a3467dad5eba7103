// What a level looks like before anything moves, baked once per level (cached by its LevelData):
// the floor, walls and furniture (the level image the game bakes, tables left out: they move), the
// place's shade (its mood, render/shade.ts) and the lamps' light pools (render/light-sources.ts),
// each as a full-map layer the frames copy their window from.
import { bakeLevelImage } from '../../art/level-image';
import { blankImage, type PixelImage } from '../../art/pixel-sprite';
import { TILESET_COLUMNS, TILESET_ROWS } from '../../art/tiles';
import { LIGHTS } from '../../render/light-sources';
import { artAt, bakeShade } from '../../render/shade';
import { tableCells } from '../../render/table-look';
import { Cell, type LevelData } from '../../sim';
import { sprite, tilesetImage } from './art-cache';
import { drawSprite, makeCanvas } from './canvas';

/** What lies beyond the map's edge, the camera's background in the game (#0d0b0e). */
export const BACKGROUND = 0x0d0b0e;

export interface LevelArt {
  readonly w: number;
  readonly h: number;
  /** The level image over the background, RGB. */
  readonly base: Uint8Array;
  /** The shade: its colour and per-pixel opacity (0..255). */
  readonly ink: readonly [number, number, number];
  readonly shade: Uint8Array;
  /** Light added over the shade and the lit figures, RGB (zero where no lamp shines). */
  readonly light: Uint8Array;
  /** Whether any pixel has light (most of the rooftops has none). */
  readonly lit: boolean;
  /** Each table's tile (parallel to level.tables), or null for a map our tileset cannot draw. */
  readonly tables: readonly (PixelImage | null)[];
}

/** Cells as flat colours, for a map whose tiles the tileset lacks (as the heatmap draws it). */
const PLAIN: Readonly<Record<number, number>> = {
  [Cell.Floor]: 0xc4b8a0,
  [Cell.Wall]: 0x342e38,
  [Cell.Cover]: 0x806850,
  [Cell.Void]: 0x000000,
};

const cache = new WeakMap<LevelData, LevelArt>();

export function levelArt(level: LevelData): LevelArt {
  let art = cache.get(level);
  if (!art) {
    art = bake(level);
    cache.set(level, art);
  }
  return art;
}

function fitsTileset(level: LevelData): boolean {
  const tiles = TILESET_COLUMNS * TILESET_ROWS;
  return level.tileSize === 16 && level.layers.length > 0 && level.layers.every((l) => l.gids.every((g) => g <= tiles));
}

function bake(level: LevelData): LevelArt {
  const t = level.tileSize;
  const w = level.width * t;
  const h = level.height * t;
  const fits = fitsTileset(level);
  const picture = fits ? bakeLevelImage(level, tilesetImage(), tableCells(level)) : plainPicture(level);
  const base = new Uint8Array(w * h * 3);
  const bg = [(BACKGROUND >> 16) & 255, (BACKGROUND >> 8) & 255, BACKGROUND & 255] as const;
  for (let i = 0; i < w * h; i++) {
    const a = picture.data[i * 4 + 3]! / 255;
    for (let k = 0; k < 3; k++) base[i * 3 + k] = bg[k]! + (picture.data[i * 4 + k]! - bg[k]!) * a;
  }

  const shadeImg = fits ? bakeShade(level) : blankImage(w, h);
  const shade = new Uint8Array(w * h);
  for (let i = 0; i < w * h; i++) shade[i] = shadeImg.data[i * 4 + 3]!;
  const ink = [shadeImg.data[0] ?? 0, shadeImg.data[1] ?? 0, shadeImg.data[2] ?? 0] as const;

  const lights = makeCanvas(w, h, 0, 0);
  let lit = false;
  if (fits) {
    for (let i = 0; i < level.width * level.height; i++) {
      const tile = artAt(level, 'cover', i) ?? artAt(level, 'walls', i);
      const source = tile ? LIGHTS[tile] : undefined;
      const img = source ? sprite(source.frame) : null;
      if (!source || !img) continue;
      lit = true;
      const x = (i % level.width) * t + t / 2;
      const y = Math.floor(i / level.width) * t + t / 2;
      drawSprite(lights, img, x, y, { add: true, alpha: source.alpha, scaleX: source.scale, scaleY: source.scale });
    }
  }

  const cover = level.layers.find((l) => l.name === 'cover');
  const tiles = tilesetImage();
  const columns = tiles.w / 16;
  const tables = level.tables.map((tb) => {
    const gid = cover?.gids[tb.ty * level.width + tb.tx] ?? 0;
    if (!fits || gid === 0) return null;
    const img = blankImage(16, 16);
    const id = gid - 1;
    const sx = (id % columns) * 16;
    const sy = Math.floor(id / columns) * 16;
    for (let y = 0; y < 16; y++) img.data.set(tiles.data.subarray(((sy + y) * tiles.w + sx) * 4, ((sy + y) * tiles.w + sx + 16) * 4), y * 64);
    return img;
  });
  return { w, h, base, ink: [ink[0], ink[1], ink[2]], shade, light: lights.rgb, lit, tables };
}

function plainPicture(level: LevelData): PixelImage {
  const t = level.tileSize;
  const img = blankImage(level.width * t, level.height * t);
  for (let y = 0; y < img.h; y++) {
    for (let x = 0; x < img.w; x++) {
      const c = level.cells[Math.floor(y / t) * level.width + Math.floor(x / t)]!;
      const rgb = PLAIN[c] ?? PLAIN[Cell.Wall]!;
      img.data.set([(rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255, 255], (y * img.w + x) * 4);
    }
  }
  return img;
}
