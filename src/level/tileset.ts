// Reads the map's tilesets into one table: global tile id -> what the cell is, sounds like and looks like.
import { breakableCode, Cell, Material } from '../sim';
import { describeValue, listOf, quote } from './error-text';
import { LevelError } from './level-error';
import { siblingPath } from './paths';
import { Props } from './properties';
import { check } from './validate';
import { TilesetRefSchema, TilesetSchema } from './tiled-schema';

export interface TileInfo {
  readonly cell: Cell;
  readonly material: Material;
  /** Sprite name for the renderer. */
  readonly art: string;
  /** 0, or breakableCode() of the collision a bullet leaves (property `breakable`, `brokenCollision`). */
  readonly breakable: number;
  /** A table El can kick over (property `knockable`; cover tiles only). */
  readonly knockable: boolean;
}

export const COLLISIONS: Readonly<Record<string, Cell>> = {
  floor: Cell.Floor,
  wall: Cell.Wall,
  cover: Cell.Cover,
  void: Cell.Void,
};

export const MATERIALS: Readonly<Record<string, Material>> = {
  none: Material.None,
  stone: Material.Stone,
  wood: Material.Wood,
  glass: Material.Glass,
  metal: Material.Metal,
};

const TILE_PROPS = ['collision', 'material', 'art', 'breakable', 'brokenCollision', 'knockable'];

export interface TileTable {
  /** Tile info by global id (flip bits already stripped); undefined for ids the tilesets do not define. */
  get(gid: number): TileInfo | undefined;
  /** Why a gid is unknown, for the "expected" half of an error. */
  describeRange(): string;
}

interface Range {
  readonly first: number;
  readonly last: number;
  readonly file: string;
}

export interface TilesetOptions {
  /** The map file, for messages and for naming external tilesets. */
  readonly file: string;
  /** Returns the parsed JSON of an external tileset, given its `source` exactly as the map writes it. */
  readonly resolveTileset: (source: string) => unknown;
}

function loadExternal(source: string, index: number, options: TilesetOptions): unknown {
  const field = `tilesets[${index}].source`;
  if (!/\.(tsj|json)$/i.test(source)) {
    throw new LevelError(options.file, field, 'a JSON tileset (.tsj or .json; XML .tsx tilesets are not supported)', quote(source));
  }
  // A map reads tilesets from its own folder or below: never a file elsewhere on the machine.
  if (/^(?:[\\/]|[A-Za-z]:)/.test(source) || source.split(/[\\/]/).includes('..')) {
    throw new LevelError(options.file, field, "a tileset in the map's folder (no .. and no absolute path)", quote(source));
  }
  try {
    return options.resolveTileset(source);
  } catch (err) {
    if (err instanceof LevelError) throw err;
    const why = err instanceof Error ? err.message : String(err);
    throw new LevelError(options.file, field, 'a readable tileset file', `${quote(source)} (${why})`);
  }
}

function readTile(
  raw: { id: number; properties: Props },
  where: string,
  tilecount: number,
  file: string,
): TileInfo {
  const props: Props = raw.properties;
  if (raw.id >= tilecount) throw new LevelError(file, `${where}.id`, `a tile id below the tile count ${tilecount}`, String(raw.id));
  props.onlyKnown((n) => TILE_PROPS.includes(n), TILE_PROPS);
  const collision = props.string('collision');
  if (collision === undefined || !(collision in COLLISIONS)) {
    props.fail('collision', `one of ${Object.keys(COLLISIONS).join(', ')}`, describeValue(collision));
  }
  const material = props.string('material');
  if (material === undefined || !(material in MATERIALS)) {
    props.fail('material', `one of ${Object.keys(MATERIALS).join(', ')}`, describeValue(material));
  }
  const art = props.text('art', 'a sprite name');
  if (art === undefined) props.fail('art', 'a sprite name', 'nothing');
  const cell = COLLISIONS[collision]!;
  return { cell, material: MATERIALS[material]!, art, breakable: readBreakable(props, cell), knockable: readKnockable(props, cell) };
}

/** `breakable` (bool) and what the cell becomes once broken, `brokenCollision` (default: unchanged). */
function readBreakable(props: Props, cell: Cell): number {
  const breakable = props.bool('breakable') ?? false;
  const broken = props.string('brokenCollision');
  if (broken === undefined) return breakable ? breakableCode(cell) : 0;
  if (!(broken in COLLISIONS)) props.fail('brokenCollision', `one of ${Object.keys(COLLISIONS).join(', ')}`, describeValue(broken));
  if (!breakable) props.fail('brokenCollision', 'no brokenCollision on a tile that is not breakable (set breakable to true)', quote(broken));
  return breakableCode(COLLISIONS[broken]!);
}

function readKnockable(props: Props, cell: Cell): boolean {
  const knockable = props.bool('knockable') ?? false;
  if (knockable && cell !== Cell.Cover) props.fail('knockable', 'knockable only on a tile with collision "cover" (a table)', 'true');
  return knockable;
}

/** Validates every tileset the map uses and builds the gid table. */
export function readTilesets(rawList: readonly unknown[], options: TilesetOptions): TileTable {
  const tiles = new Map<number, TileInfo>();
  const ranges: Range[] = [];
  rawList.forEach((raw, index) => {
    const ref = check(TilesetRefSchema, raw, options.file, `tilesets[${index}]`);
    let tsFile = options.file;
    let base = `tilesets[${index}]`;
    let json = raw;
    if (ref.source !== undefined) {
      tsFile = siblingPath(options.file, ref.source);
      base = '';
      json = loadExternal(ref.source, index, options);
    }
    const ts = check(TilesetSchema, json, tsFile, base);
    const at = (rest: string) => (base === '' ? rest : `${base}.${rest}`);
    const first = ref.firstgid;
    const last = first + ts.tilecount - 1;
    if (last > 0xffff) {
      throw new LevelError(options.file, `tilesets[${index}].firstgid`, `gids that fit 16 bits (firstgid + tilecount - 1 <= 65535)`, `${first} + ${ts.tilecount} - 1 = ${last}`);
    }
    for (const r of ranges) {
      if (first <= r.last && last >= r.first) {
        throw new LevelError(options.file, `tilesets[${index}].firstgid`, `a gid range not overlapping ${r.file} (${r.first}..${r.last})`, `${first}..${last}`);
      }
    }
    ranges.push({ first, last, file: tsFile });
    ts.tiles.forEach((t, i) => {
      const where = at(`tiles[${i}]`);
      const gid = first + t.id;
      if (tiles.has(gid)) throw new LevelError(tsFile, `${where}.id`, 'each tile id once', `${t.id} again`);
      const props = new Props(t.properties, tsFile, `${where} (tile ${t.id})`);
      tiles.set(gid, readTile({ id: t.id, properties: props }, where, ts.tilecount, tsFile));
    });
  });
  return {
    get: (gid) => tiles.get(gid),
    describeRange: () =>
      `a tile defined in ${listOf(ranges.map((r) => `${r.file} (gids ${r.first}..${r.last})`))} with collision, material and art properties`,
  };
}
