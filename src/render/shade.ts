// The place's shade as an image (ART.md "Places"): its dark ink over interiors and the open air,
// blended smoothly between cells, with the shadows walls and cover throw away from the sun. Pure,
// so the contrast test (test/render/contrast.test.ts) measures the same light the game draws.
import { blankImage, type PixelImage } from '../art/pixel-sprite';
import { TILE_ART } from '../art/tiles';
import type { LevelData } from '../sim';
import { moodOf, shadowAt, type Mood } from './moods';

const T = 16;
const OUTDOOR_FLOORS = new Set(['street_sand', 'street_sand_tracks', 'sidewalk', 'dirt', 'rooftop', 'rooftop_red',
  'grass_dry', 'floor_terracotta', 'street_below', 'void']);

const artById = new Map(Object.entries(TILE_ART).map(([art, id]) => [id, art]));

export function artAt(level: LevelData, layer: string, i: number): string | undefined {
  const gid = level.layers.find((l) => l.name === layer)?.gids[i] ?? 0;
  return gid > 0 ? artById.get(gid - 1) : undefined;
}

/** Per-cell shade (0..1), indoor dark and outdoor light, smoothed into walls from their neighbours. */
function cellShade(level: LevelData, mood: Mood): Float32Array {
  const { width, height } = level;
  const shade = new Float32Array(width * height).fill(-1);
  for (let i = 0; i < shade.length; i++) {
    const floor = artAt(level, 'floor', i);
    if (floor) shade[i] = OUTDOOR_FLOORS.has(floor) ? mood.outdoor : mood.indoor;
  }
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < shade.length; i++) {
      if (shade[i]! >= 0) continue;
      const x = i % width;
      let sum = 0;
      let n = 0;
      for (const j of [i - width, i + width, x > 0 ? i - 1 : -1, x < width - 1 ? i + 1 : -1]) {
        if (j >= 0 && j < shade.length && shade[j]! >= 0) {
          sum += shade[j]!;
          n++;
        }
      }
      if (n) shade[i] = sum / n;
    }
  }
  for (let i = 0; i < shade.length; i++) if (shade[i]! < 0) shade[i] = mood.indoor;
  return shade;
}

/**
 * The shade as an image: the place's dark ink, alpha blended smoothly between cell centres, with
 * the shadows its walls and cover throw away from the sun on top.
 */
export function bakeShade(level: LevelData, mood: Mood = moodOf(level.id)): PixelImage {
  const { width, height } = level;
  const shade = cellShade(level, mood);
  const [r, g, b] = mood.ink;
  const img = blankImage(width * T, height * T);
  const at = (cx: number, cy: number) => shade[Math.min(height - 1, Math.max(0, cy)) * width + Math.min(width - 1, Math.max(0, cx))]!;
  for (let y = 0; y < img.h; y++) {
    const fy = (y + 0.5) / T - 0.5;
    const cy = Math.floor(fy);
    const ty = fy - cy;
    for (let x = 0; x < img.w; x++) {
      const fx = (x + 0.5) / T - 0.5;
      const cx = Math.floor(fx);
      const tx = fx - cx;
      const lit = (at(cx, cy) * (1 - tx) + at(cx + 1, cy) * tx) * (1 - ty) + (at(cx, cy + 1) * (1 - tx) + at(cx + 1, cy + 1) * tx) * ty;
      const shadow = mood.sun ? shadowAt(level, mood.sun, x + 0.5, y + 0.5) : 0;
      const a = lit + shadow * (1 - lit);
      const o = (y * img.w + x) * 4;
      img.data[o] = r;
      img.data[o + 1] = g;
      img.data[o + 2] = b;
      img.data[o + 3] = Math.round(a * 255);
    }
  }
  return img;
}

