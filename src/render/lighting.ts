// Mood light for a level (ART.md "Places"): interiors in shadow, the street in dusk light, and
// warm or coloured light pools where the map has lamps over tables, the glowing video monitor,
// the neon sign. Baked once per level from its tiles; drawn over the actors.
import Phaser from 'phaser';
import { blankImage, type PixelImage } from '../art/pixel-sprite';
import { TILE_ART } from '../art/tiles';
import type { LevelData } from '../sim/level-data';
import { Depth } from './effects';
import { moodOf, shadowAt, type Mood } from './moods';
import { addPixelTexture, ATLAS } from './textures';

const T = 16;
const OUTDOOR_FLOORS = new Set(['street_sand', 'street_sand_tracks', 'sidewalk', 'dirt', 'rooftop', 'rooftop_red',
  'grass_dry', 'floor_terracotta', 'street_below', 'void']);

/** Light sprites by the art of the tile they sit on: which glow, how strong, how big. */
const LIGHTS: Readonly<Record<string, { frame: string; alpha: number; scale: number; tint: number }>> = {
  table: { frame: 'light_amber', alpha: 0.22, scale: 1.2, tint: 0xffffff },
  table_round: { frame: 'light_amber', alpha: 0.22, scale: 1.2, tint: 0xffffff },
  video_monitor: { frame: 'light_blue', alpha: 0.45, scale: 1.6, tint: 0xffffff },
  neon_sign: { frame: 'light_amber', alpha: 0.5, scale: 1.4, tint: 0xe2434b },
  backbar_bottles: { frame: 'light_amber', alpha: 0.1, scale: 0.8, tint: 0xffffff },
  jukebox: { frame: 'light_amber', alpha: 0.3, scale: 1, tint: 0xf08c6a },
  // Noon through the church's coloured windows: a cool blue-violet pool on the nave floor.
  stained_glass: { frame: 'light_amber', alpha: 0.3, scale: 1.4, tint: 0x8f7ad8 },
};

const artById = new Map(Object.entries(TILE_ART).map(([art, id]) => [id, art]));

function artAt(level: LevelData, layer: string, i: number): string | undefined {
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

export function addLighting(scene: Phaser.Scene, level: LevelData): Phaser.GameObjects.GameObject[] {
  const key = `shade-${level.id}`;
  if (!scene.textures.exists(key)) addPixelTexture(scene, key, bakeShade(level));
  const objects: Phaser.GameObjects.GameObject[] = [scene.add.image(0, 0, key).setOrigin(0, 0).setDepth(Depth.Lights)];
  for (let i = 0; i < level.width * level.height; i++) {
    const art = artAt(level, 'cover', i) ?? artAt(level, 'walls', i);
    const light = art ? LIGHTS[art] : undefined;
    if (!light) continue;
    const x = (i % level.width) * T + T / 2;
    const y = Math.floor(i / level.width) * T + T / 2;
    objects.push(scene.add.image(x, y, ATLAS, light.frame).setDepth(Depth.Lights + 0.1).setBlendMode(Phaser.BlendModes.ADD).setAlpha(light.alpha).setScale(light.scale).setTint(light.tint));
  }
  return objects;
}

/** Fire light: the orange glow over a burning cell, drawn additively (see HazardView). */
const FIRE_TINT = 0xff7a30;
const FIRE_ALPHA = 0.2;
const FIRE_SCALE = 1.5;

export function addFireLight(scene: Phaser.Scene, x: number, y: number): Phaser.GameObjects.Image {
  return scene.add.image(x, y, ATLAS, 'light_amber').setDepth(Depth.Lights + 0.2).setBlendMode(Phaser.BlendModes.ADD).setAlpha(FIRE_ALPHA).setScale(FIRE_SCALE).setTint(FIRE_TINT);
}

/** Flames do not burn steady: the glow breathes on two beating waves, each cell on its own phase. */
export function flickerFireLight(light: Phaser.GameObjects.Image, now: number, seed: number): void {
  const f = 0.75 + 0.15 * Math.sin(now / 83 + seed) + 0.1 * Math.sin(now / 37 + seed * 2.3);
  light.setAlpha(FIRE_ALPHA * f).setScale(FIRE_SCALE * (0.94 + 0.06 * f));
}
