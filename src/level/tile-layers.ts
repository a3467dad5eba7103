// Tile layers: decode the CSV gid arrays, and derive the collision and material grids from them.
import { Cell, Material, type TableSpawn } from '../sim';
import { describeValue } from './error-text';
import { LevelError } from './level-error';
import type { TileTable } from './tileset';
import { check } from './validate';
import { TileLayerSchema } from './tiled-schema';

/** Tiled stores horizontal, vertical and diagonal flips in the top three bits of a gid. */
const GID_MASK = 0x1fffffff;
const MAX_RAW_GID = 0xffffffff;

export interface TileLayer {
  readonly name: string;
  readonly gids: Uint16Array;
}

export interface LayerContext {
  readonly file: string;
  readonly width: number;
  readonly height: number;
  readonly tiles: TileTable;
}

/** Validates one tile layer (`raw` is layers[index]) and returns its gids with flip bits stripped. */
export function readTileLayer(raw: unknown, index: number, ctx: LayerContext): TileLayer {
  const base = `layers[${index}]`;
  const layer = check(TileLayerSchema, raw, ctx.file, base);
  if (layer.width !== ctx.width) throw new LevelError(ctx.file, `${base}.width`, `${ctx.width} (the map width)`, String(layer.width));
  if (layer.height !== ctx.height) throw new LevelError(ctx.file, `${base}.height`, `${ctx.height} (the map height)`, String(layer.height));
  const data = layer.data;
  const count = ctx.width * ctx.height;
  if (!Array.isArray(data)) {
    const got = typeof data === 'string' ? 'base64 text' : describeValue(data);
    throw new LevelError(ctx.file, `${base}.data`, 'an array of tile ids (CSV tile layer format)', got);
  }
  if (data.length !== count) {
    throw new LevelError(ctx.file, `${base}.data`, `${count} tile ids (${ctx.width}x${ctx.height})`, String(data.length));
  }
  const gids = new Uint16Array(count);
  for (let i = 0; i < count; i++) {
    const value: unknown = data[i];
    const field = `${base}.data[${i}]`;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_RAW_GID) {
      throw new LevelError(ctx.file, field, 'a tile id (an integer from 0 to 4294967295)', describeValue(value));
    }
    const gid = value & GID_MASK;
    if (gid !== 0 && ctx.tiles.get(gid) === undefined) {
      const x = i % ctx.width;
      const y = (i - x) / ctx.width;
      throw new LevelError(ctx.file, `${field} (layer "${layer.name}", cell ${x},${y})`, ctx.tiles.describeRange(), `gid ${gid}`);
    }
    gids[i] = gid;
  }
  return { name: layer.name, gids };
}

export interface Grid {
  readonly cells: Uint8Array;
  readonly materials: Uint8Array;
  /** Per cell: 0 or breakableCode() of the top-most tile. */
  readonly breakable: Uint8Array;
  /** Cells whose top-most tile is a knockable table, in row-major order. */
  readonly tables: TableSpawn[];
}

/** Each cell takes its collision and material from the top-most non-empty tile: walls, then cover, then floor. */
export function buildGrid(floor: TileLayer, walls: TileLayer, cover: TileLayer, tiles: TileTable, width: number): Grid {
  const count = floor.gids.length;
  const cells = new Uint8Array(count);
  const materials = new Uint8Array(count);
  const breakable = new Uint8Array(count);
  const tables: TableSpawn[] = [];
  for (let i = 0; i < count; i++) {
    const gid = walls.gids[i] || cover.gids[i] || floor.gids[i] || 0;
    const tile = gid === 0 ? undefined : tiles.get(gid);
    cells[i] = tile ? tile.cell : Cell.Void;
    materials[i] = tile ? tile.material : Material.None;
    breakable[i] = tile ? tile.breakable : 0;
    if (tile?.knockable) tables.push({ tx: i % width, ty: Math.floor(i / width), art: tile.art });
  }
  return { cells, materials, breakable, tables };
}
