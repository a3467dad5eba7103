// The level's static picture: every tile layer drawn in map order into one image, so the floor,
// walls and furniture cost one sprite to draw. Doors and kickable tables are drawn separately (they
// move): pass the table cells as `skipCover` to leave them out of the cover layer.
import { blankImage, blitRegion, type PixelImage } from './pixel-sprite';
import type { LevelData } from '../sim';

const T = 16;

export function bakeLevelImage(level: LevelData, tileset: PixelImage, skipCover: ReadonlySet<number> = new Set()): PixelImage {
  const img = blankImage(level.width * T, level.height * T);
  const columns = tileset.w / T;
  for (const layer of level.layers) {
    const skip = layer.name === 'cover' ? skipCover : null;
    for (let i = 0; i < layer.gids.length; i++) {
      const gid = layer.gids[i]!;
      if (gid === 0 || skip?.has(i)) continue;
      const id = gid - 1;
      blitRegion(img, tileset, (id % columns) * T, Math.floor(id / columns) * T, T, T, (i % level.width) * T, Math.floor(i / level.width) * T);
    }
  }
  return img;
}

/** Tile id of the wall most common around a cell (what a hidden door pretends to be), or -1. */
export function wallTileNear(level: LevelData, tx: number, ty: number): number {
  const walls = level.layers.find((l) => l.name === 'walls');
  if (!walls) return -1;
  for (const [dx, dy] of [[0, -1], [0, 1], [-1, 0], [1, 0]] as const) {
    const x = tx + dx;
    const y = ty + dy;
    if (x < 0 || y < 0 || x >= level.width || y >= level.height) continue;
    const gid = walls.gids[y * level.width + x]!;
    if (gid > 0) return gid - 1;
  }
  return -1;
}
