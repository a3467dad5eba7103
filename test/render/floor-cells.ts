// The floors figures and rounds are seen against: every cell an actor can stand on, with the mean
// luminance of its floor tile under the level's baked shade and sun shadows (shade.ts), per pixel.
import { luminance } from '../../src/art/luminance';
import type { PixelImage } from '../../src/art/pixel-sprite';
import { buildTile, TILE_ART } from '../../src/art/tiles';
import { moodOf } from '../../src/render/moods';
import { bakeShade } from '../../src/render/shade';
import { Cell, type LevelData } from '../../src/sim';

const artById = new Map(Object.entries(TILE_ART).map(([art, id]) => [id, art]));
const tiles = new Map<string, PixelImage>();

export interface FloorCell {
  readonly art: string;
  readonly x: number;
  readonly y: number;
  /** Mean luminance of the floor in the level's mood. */
  readonly lum: number;
}

/** Every cell a figure can stand on, with its floor's luminance under the baked shade. */
export function floorCells(level: LevelData): FloorCell[] {
  const shade = bakeShade(level, moodOf(level.id));
  const [ir, ig, ib] = moodOf(level.id).ink;
  const floor = level.layers.find((l) => l.name === 'floor')!;
  const out: FloorCell[] = [];
  for (let i = 0; i < level.cells.length; i++) {
    const c = level.cells[i];
    if (c !== Cell.Floor && c !== Cell.DoorClosed) continue;
    const gid = floor.gids[i] ?? 0;
    const art = gid > 0 ? artById.get(gid - 1) : undefined;
    if (!art) continue;
    if (!tiles.has(art)) tiles.set(art, buildTile(art));
    const tile = tiles.get(art)!;
    const x = i % level.width;
    const y = Math.floor(i / level.width);
    let sum = 0;
    for (let py = 0; py < 16; py++) {
      for (let px = 0; px < 16; px++) {
        const a = shade.data[((y * 16 + py) * shade.w + x * 16 + px) * 4 + 3]! / 255;
        const t = (py * 16 + px) * 4;
        sum += luminance(tile.data[t]! * (1 - a) + ir * a, tile.data[t + 1]! * (1 - a) + ig * a, tile.data[t + 2]! * (1 - a) + ib * a);
      }
    }
    out.push({ art, x, y, lum: sum / 256 });
  }
  return out;
}

