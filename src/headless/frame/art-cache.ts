// The game's art, built once per process for the frame renderer: every sprite by name (the atlas's
// frames, sprite-registry.ts) and the tileset. Building them takes a moment; frames then only read.
import { buildAllSprites } from '../../art/sprite-registry';
import type { PixelImage } from '../../art/pixel-sprite';
import { buildTileset } from '../../art/tiles';

let sprites: ReadonlyMap<string, PixelImage> | null = null;
let tileset: PixelImage | null = null;

export function allSprites(): ReadonlyMap<string, PixelImage> {
  sprites ??= buildAllSprites();
  return sprites;
}

export function tilesetImage(): PixelImage {
  tileset ??= buildTileset();
  return tileset;
}

/** A sprite by frame name; null when the atlas has no such frame (the world view skips those too). */
export function sprite(name: string): PixelImage | null {
  return allSprites().get(name) ?? null;
}
