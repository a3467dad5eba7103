// Tiled map JSON (+ its tilesets) -> the simulation's LevelData, validating everything on the way.
// Pure: no file access (the caller resolves tilesets), so it runs in Node and in the browser.
import { levelContentHash } from '../replay/level-hash';
import type { LevelData } from '../sim';
import { readDoors, readExits, readTriggers } from './areas';
import { quote } from './error-text';
import { readFires } from './fires';
import { LevelError } from './level-error';
import { readLoadout, readProtect } from './level-props';
import { MapGeometry } from './map-geometry';
import { readObjects } from './map-objects';
import { Props } from './properties';
import { checkDormantSpawned, checkUniqueNames, readObjectives } from './references';
import { readPickups } from './pickups';
import { readPlayer, readActors } from './spawns';
import { buildGrid, readTileLayer, type TileLayer } from './tile-layers';
import { readTilesets } from './tileset';
import { LayerHeadSchema, MapSchema, TILE_SIZE } from './tiled-schema';
import { check } from './validate';

export interface ParseLevelOptions {
  /** How errors name the map, e.g. "levels/bar.tmj". */
  readonly file: string;
  /**
   * The id the catalogue (levels/index.json) gives this map, if it lists it. The map's own `id`
   * property wins and must agree; a map with neither is named by its content. The file name never
   * counts: the id seeds the board, and a copy saved under another name must play the same board.
   */
  readonly id?: string;
  /** Parsed JSON of an external tileset, given its `source` exactly as written in the map. */
  readonly resolveTileset: (source: string) => unknown;
}

const TILE_LAYERS = ['floor', 'walls', 'cover'] as const;
const OBJECT_LAYER = 'objects';
const LAYER_TYPES = ['tilelayer', 'objectgroup', 'imagelayer'];
const MAP_PROPS = ['id', 'title', 'objectives', 'timeLimit', 'loadout', 'protect'];
/** As levels/index.json spells ids. */
const LEVEL_ID = /^[a-z0-9][a-z0-9_-]{0,31}$/;
const MAX_TIME_LIMIT = 60 * 60 * 60;

export function parseLevel(mapJson: unknown, options: ParseLevelOptions): LevelData {
  const { file } = options;
  // Shape and size first: nothing is allocated for a map that claims absurd dimensions.
  const map = check(MapSchema, mapJson, file, '');
  const { width, height } = map;
  const tiles = readTilesets(map.tilesets, options);

  const heads = map.layers.map((raw, i) => check(LayerHeadSchema, raw, file, `layers[${i}]`));
  const indexByName = new Map<string, number>();
  heads.forEach((h, i) => {
    if (!LAYER_TYPES.includes(h.type)) {
      throw new LevelError(file, `layers[${i}].type`, `one of ${LAYER_TYPES.join(', ')} (group layers are not supported)`, quote(h.type));
    }
    if (indexByName.has(h.name)) throw new LevelError(file, `layers[${i}].name`, 'a layer name used once', `${quote(h.name)} again`);
    indexByName.set(h.name, i);
  });
  const layerList = heads.map((h) => quote(h.name)).join(', ') || 'no layers';
  const requireLayer = (name: string, type: string, what: string): number => {
    const i = indexByName.get(name);
    if (i === undefined) throw new LevelError(file, 'layers', `${what} named ${quote(name)}`, `layers ${layerList}`);
    if (heads[i]!.type !== type) throw new LevelError(file, `layers[${i}].type`, `${quote(type)} for layer ${quote(name)}`, quote(heads[i]!.type));
    return i;
  };
  for (const name of TILE_LAYERS) requireLayer(name, 'tilelayer', 'a tile layer');
  requireLayer(OBJECT_LAYER, 'objectgroup', 'an object layer');

  const layerCtx = { file, width, height, tiles };
  const layers: TileLayer[] = [];
  heads.forEach((h, i) => {
    if (h.type === 'tilelayer') layers.push(readTileLayer(map.layers[i], i, layerCtx));
  });
  const named = (name: string) => layers.find((l) => l.name === name)!;
  const grid = buildGrid(named('floor'), named('walls'), named('cover'), tiles, width);
  const geo = new MapGeometry(file, width, height, grid.cells);

  const objectLayers = heads.flatMap((h, i) => (h.type === 'objectgroup' ? [i] : []));
  const set = readObjects(file, map.layers, objectLayers);
  checkUniqueNames(file, set);

  const props: Props = new Props(map.properties, file, '');
  props.onlyKnown((n) => MAP_PROPS.includes(n), MAP_PROPS);
  const title = props.text('title', 'a level title');
  if (title === undefined) props.fail('title', 'a level title (a string map property)', 'nothing');
  const objectivesText = props.string('objectives');
  if (objectivesText === undefined) {
    props.fail('objectives', 'one objective per line, e.g. "eliminate bar | Clear out the bar"', 'nothing');
  }
  const ownId = props.string('id');
  if (ownId !== undefined && !LEVEL_ID.test(ownId)) {
    props.fail('id', 'a level id of 1-32 lower-case letters, digits, "_" and "-", starting with a letter or digit', quote(ownId.slice(0, 40)));
  }
  if (ownId !== undefined && options.id !== undefined && ownId !== options.id) {
    props.fail('id', `the id levels/index.json gives this map (${quote(options.id)})`, quote(ownId));
  }
  const timeLimit = props.int('timeLimit', 0, MAX_TIME_LIMIT, `a time limit in ticks from 0 (none) to ${MAX_TIME_LIMIT}`) ?? 0;

  const doors = readDoors(set, geo);
  const player = readPlayer(set, geo);
  const actors = readActors(set, geo);
  const fires = readFires(set, geo);
  const exits = readExits(set, geo);
  const objectives = readObjectives(file, props.path('objectives'), objectivesText, actors, exits);
  const triggers = readTriggers(set, geo, doors, actors, fires, objectives.length);
  const pickups = readPickups(set, geo);
  checkDormantSpawned(file, set, actors, triggers);
  const loadout = readLoadout(props);
  const protect = readProtect(props, actors);

  const level: LevelData = {
    id: ownId ?? options.id ?? '',
    title,
    width,
    height,
    tileSize: TILE_SIZE,
    cells: grid.cells,
    materials: grid.materials,
    layers,
    player,
    actors,
    doors,
    triggers,
    exits,
    objectives,
    timeLimit,
    loadout,
    protect,
    fires,
    breakable: grid.breakable,
    tables: grid.tables,
    // Left out when empty so a level without pickups keeps its content hash (replays stay valid).
    ...(pickups.length > 0 ? { pickups } : {}),
  };
  return level.id !== '' ? level : { ...level, id: contentId(level) };
}

/** A map without an id is named by what the sim reads of it, so its board follows its content. */
function contentId(level: LevelData): string {
  return `map-${levelContentHash(level).slice(0, 12)}`;
}
