// Mood light for a level (ART.md "Places"): interiors in shadow, the street in dusk light, and
// warm or coloured light pools where the map has lamps over tables, the glowing video monitor,
// the neon sign. Baked once per level from its tiles; drawn over the actors.
import Phaser from 'phaser';
import type { LevelData } from '../sim';
import { Depth } from './effects';
import { artAt, bakeShade } from './shade';
import { addPixelTexture, ATLAS } from './textures';
import { FIRE_ALPHA, FIRE_SCALE, LIGHTS } from './light-sources';

const T = 16;

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

export function addFireLight(scene: Phaser.Scene, x: number, y: number): Phaser.GameObjects.Image {
  return scene.add.image(x, y, ATLAS, 'light_fire').setDepth(Depth.FireLight).setBlendMode(Phaser.BlendModes.ADD).setAlpha(FIRE_ALPHA).setScale(FIRE_SCALE);
}

/** Flames do not burn steady: the glow breathes on two beating waves, each cell on its own phase. */
export function flickerFireLight(light: Phaser.GameObjects.Image, now: number, seed: number): void {
  const f = 0.75 + 0.15 * Math.sin(now / 83 + seed) + 0.1 * Math.sin(now / 37 + seed * 2.3);
  light.setAlpha(FIRE_ALPHA * f).setScale(FIRE_SCALE * (0.94 + 0.06 * f));
}
