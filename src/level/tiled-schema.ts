// Valibot schemas for the subset of Tiled's JSON formats (1.10+) that levels use.
// Every schema carries its own "expected …" text, so a failed check reads as one clear line.
// Cross-field rules (data length, gids, references) are checked by hand after these pass.
import * as v from 'valibot';

/** Largest map side in tiles; checked before anything is allocated. */
export const MAX_MAP_SIDE = 256;
export const MIN_MAP_SIDE = 8;
export const TILE_SIZE = 16;

const int = (min: number, max: number, what = `an integer from ${min} to ${max}`) =>
  v.pipe(v.number(what), v.integer(what), v.minValue(min, what), v.maxValue(max, what));
const num = v.pipe(v.number('a number'), v.finite('a finite number'));
const str = v.string('a string');
const bool = v.boolean('true or false');

export const PROPERTY_TYPES = ['string', 'int', 'float', 'bool', 'color', 'file', 'object', 'class'] as const;

export const PropertySchema = v.object(
  {
    name: v.pipe(str, v.minLength(1, 'a property name')),
    type: v.optional(v.picklist(PROPERTY_TYPES, `a Tiled property type (${PROPERTY_TYPES.join(', ')})`), 'string'),
    value: v.unknown(),
  },
  'a property object ({name, type, value})',
);
export type TiledProperty = v.InferOutput<typeof PropertySchema>;

export const PropertiesSchema = v.optional(v.array(PropertySchema, 'an array of custom properties'), []);

export const MapSchema = v.object({
  type: v.optional(v.literal('map', '"map"')),
  orientation: v.literal('orthogonal', '"orthogonal" (the only orientation levels use)'),
  infinite: v.optional(v.literal(false, 'false (infinite maps are not supported; turn "Infinite" off)'), false),
  tilewidth: v.literal(TILE_SIZE, `${TILE_SIZE} (tile width in pixels)`),
  tileheight: v.literal(TILE_SIZE, `${TILE_SIZE} (tile height in pixels)`),
  width: int(MIN_MAP_SIDE, MAX_MAP_SIDE, `a map width from ${MIN_MAP_SIDE} to ${MAX_MAP_SIDE} tiles`),
  height: int(MIN_MAP_SIDE, MAX_MAP_SIDE, `a map height from ${MIN_MAP_SIDE} to ${MAX_MAP_SIDE} tiles`),
  tilesets: v.pipe(v.array(v.unknown(), 'an array of tilesets'), v.minLength(1, 'at least one tileset')),
  layers: v.array(v.unknown(), 'an array of layers'),
  properties: PropertiesSchema,
}, 'a Tiled map (JSON object)');
export type TiledMap = v.InferOutput<typeof MapSchema>;

/** Just enough of a layer to dispatch on its type. */
export const LayerHeadSchema = v.object({ type: str, name: str }, 'a layer object');

export const TileLayerSchema = v.object({
  type: v.literal('tilelayer'),
  name: str,
  width: int(1, MAX_MAP_SIDE),
  height: int(1, MAX_MAP_SIDE),
  encoding: v.optional(
    v.literal('csv', '"csv" tile data (set Map > Map Properties > Tile Layer Format to CSV in Tiled)'),
  ),
  compression: v.optional(v.literal('', 'uncompressed CSV tile data')),
  data: v.unknown(),
}, 'a tile layer object');

export const ObjectLayerSchema = v.object({
  type: v.literal('objectgroup'),
  name: str,
  objects: v.array(v.unknown(), 'an array of objects'),
}, 'an object layer');

const PointSchema = v.object({ x: num, y: num }, 'a point ({x, y})');

export const MapObjectSchema = v.object({
  id: int(1, 0x7fffffff, 'a positive integer object id'),
  name: v.optional(str, ''),
  /** Tiled 1.10+ writes the class as "type"; 1.9 wrote "class". */
  type: v.optional(str, ''),
  class: v.optional(str, ''),
  x: num,
  y: num,
  width: v.optional(num, 0),
  height: v.optional(num, 0),
  rotation: v.optional(num, 0),
  point: v.optional(bool, false),
  ellipse: v.optional(bool, false),
  polygon: v.optional(v.array(PointSchema, 'an array of points')),
  polyline: v.optional(v.array(PointSchema, 'an array of points')),
  gid: v.optional(v.number('a tile id')),
  text: v.optional(v.unknown()),
  template: v.optional(
    v.undefined('an object without a template (templates are not supported: Detach Template in Tiled)'),
  ),
  properties: PropertiesSchema,
}, 'a Tiled object');
export type TiledObject = v.InferOutput<typeof MapObjectSchema>;

export const TilesetRefSchema = v.object({
  firstgid: int(1, 0xffff, 'a first gid from 1 to 65535'),
  source: v.optional(v.pipe(str, v.minLength(1, 'a tileset file name'))),
}, 'a tileset reference ({firstgid, source})');

export const TilesetSchema = v.object({
  tilewidth: v.literal(TILE_SIZE, `${TILE_SIZE} (tile width in pixels)`),
  tileheight: v.literal(TILE_SIZE, `${TILE_SIZE} (tile height in pixels)`),
  tilecount: int(1, 0xffff, 'a tile count from 1 to 65535'),
  columns: int(0, 0xffff),
  tiles: v.optional(
    v.array(
      v.object({
        id: int(0, 0xfffe, 'a tile id from 0 to 65534'),
        properties: PropertiesSchema,
      }, 'a tile object ({id, properties})'),
      'an array of tiles',
    ),
    [],
  ),
}, 'a Tiled tileset (JSON object)');
export type TiledTileset = v.InferOutput<typeof TilesetSchema>;

export const LevelIndexEntrySchema = v.object({
  id: v.pipe(str, v.regex(/^[a-z0-9][a-z0-9_-]*$/, 'a level id of lower-case letters, digits, "_" and "-"')),
  file: v.pipe(str, v.regex(/^[^\\]+\.tmj$/, 'a map file name ending in .tmj (with "/" separators)')),
  title: v.pipe(str, v.minLength(1, 'a non-empty title')),
  order: int(1, 9999, 'an order number from 1 to 9999'),
  seed: int(0, 0xffffffff, 'a seed from 0 to 4294967295'),
  parTicks: int(1, 60 * 60 * 60, 'a par time in ticks from 1 to 216000 (60 ticks = 1 s)'),
}, 'a level entry object');

export const LevelIndexSchema = v.object({
  levels: v.pipe(v.array(LevelIndexEntrySchema, 'an array of levels'), v.minLength(1, 'at least one level')),
}, 'a level index object ({"levels": [...]})');
