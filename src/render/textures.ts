// Bakes the generated art into Phaser textures once, at boot: one atlas of sprites, the tileset,
// the title picture and two bitmap fonts. Everything comes from pixel buffers made in src/art.
import Phaser from 'phaser';
import { packAtlas } from '../art/atlas';
import { buildFont, buildTitleFont } from '../art/font';
import type { PixelImage } from '../art/pixel-sprite';
import { buildAllSprites } from '../art/sprite-registry';
import { buildTileset } from '../art/tiles';
import { buildTitleArt } from '../art/title-art';
import { fontData, type FontSheet } from './font-data';

export const ATLAS = 'atlas';
export const TILES = 'tiles';
export const TITLE_ART = 'title-art';
export const FONT = 'font';
export const TITLE_FONT = 'font-title';

/** Copies a pixel buffer into a new canvas texture. */
export function addPixelTexture(scene: Phaser.Scene, key: string, img: PixelImage): Phaser.Textures.CanvasTexture {
  if (scene.textures.exists(key)) scene.textures.remove(key);
  const tex = scene.textures.createCanvas(key, img.w, img.h);
  if (!tex) throw new Error(`could not create texture ${key}`);
  tex.getContext().putImageData(new ImageData(new Uint8ClampedArray(img.data), img.w, img.h), 0, 0);
  tex.refresh();
  return tex;
}

function addFont(scene: Phaser.Scene, key: string, sheet: FontSheet): void {
  addPixelTexture(scene, key, sheet.image);
  scene.cache.bitmapFont.add(key, { data: fontData(key, sheet), texture: key, frame: null });
}

/** Idempotent: a second call (e.g. after a scene restart) does nothing. */
export function registerTextures(scene: Phaser.Scene): void {
  if (scene.textures.exists(ATLAS)) return;
  const atlas = packAtlas(buildAllSprites(), 1024);
  const tex = addPixelTexture(scene, ATLAS, atlas.image);
  for (const [name, f] of atlas.frames) tex.add(name, 0, f.x, f.y, f.w, f.h);

  const tileset = buildTileset();
  const tiles = addPixelTexture(scene, TILES, tileset);
  const columns = tileset.w / 16;
  for (let id = 0; id < columns * (tileset.h / 16); id++) tiles.add(id, 0, (id % columns) * 16, Math.floor(id / columns) * 16, 16, 16);

  addPixelTexture(scene, TITLE_ART, buildTitleArt());
  addFont(scene, FONT, buildFont());
  addFont(scene, TITLE_FONT, buildTitleFont());
}
