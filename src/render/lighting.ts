// Mood light for a level (ART.md "Places"): interiors in shadow, the street in dusk light, and
// warm or coloured light pools where the map has lamps over tables, the glowing video monitor,
// the neon sign. Baked once per level from its tiles; drawn over the actors.
import Phaser from 'phaser';
import type { LevelData } from '../sim';
import { Depth } from './effects';
import { artAt, bakeShade } from './shade';
import { addPixelTexture, ATLAS } from './textures';

const T = 16;

/**
 * Light sprites by the art of the tile they sit on: which glow, how strong, how big. Each colour is
 * its own baked sprite (no run-time tint, which the Canvas renderer does not draw).
 */
const LIGHTS: Readonly<Record<string, { frame: string; alpha: number; scale: number }>> = {
  table: { frame: 'light_amber', alpha: 0.22, scale: 1.2 },
  table_round: { frame: 'light_amber', alpha: 0.22, scale: 1.2 },
  video_monitor: { frame: 'light_blue', alpha: 0.45, scale: 1.6 },
  neon_sign: { frame: 'light_red', alpha: 0.5, scale: 1.4 },
  // The Tarasco's back bar: the bottles gleam, and the counter under its lamps lights the bartender.
  backbar_bottles: { frame: 'light_amber', alpha: 0.3, scale: 1 },
  bar_counter: { frame: 'light_amber', alpha: 0.2, scale: 1.1 },
  jukebox: { frame: 'light_fire', alpha: 0.3, scale: 1 },
  // Noon through the church's coloured windows: a cool violet pool on the nave floor.
  stained_glass: { frame: 'light_violet', alpha: 0.3, scale: 1.4 },
};

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
    objects.push(scene.add.image(x, y, ATLAS, light.frame).setDepth(Depth.LightPools).setBlendMode(Phaser.BlendModes.ADD).setAlpha(light.alpha).setScale(light.scale));
  }
  return objects;
}

/** Fire light: the orange glow over a burning cell, drawn additively (see HazardView). */
const FIRE_ALPHA = 0.28;
const FIRE_SCALE = 1.5;

export function addFireLight(scene: Phaser.Scene, x: number, y: number): Phaser.GameObjects.Image {
  return scene.add.image(x, y, ATLAS, 'light_fire').setDepth(Depth.FireLight).setBlendMode(Phaser.BlendModes.ADD).setAlpha(FIRE_ALPHA).setScale(FIRE_SCALE);
}

/** Flames do not burn steady: the glow breathes on two beating waves, each cell on its own phase. */
export function flickerFireLight(light: Phaser.GameObjects.Image, now: number, seed: number): void {
  const f = 0.75 + 0.15 * Math.sin(now / 83 + seed) + 0.1 * Math.sin(now / 37 + seed * 2.3);
  light.setAlpha(FIRE_ALPHA * f).setScale(FIRE_SCALE * (0.94 + 0.06 * f));
}
