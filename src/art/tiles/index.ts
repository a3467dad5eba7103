// The tileset: 16 columns x 4 rows of 16x16 tiles (256x64), laid out as levels/tileset.tsj says.
// tools/art/write-tileset-png.ts writes it to levels/tileset.png for Tiled.
import { blankImage, blit, type PixelImage } from '../pixel-sprite';
import * as floors from './floors';
import * as furniture from './furniture';
import * as outdoor from './furniture-outdoor';
import type { Grid } from './grid';
import { TILE_ART, TILE_SIZE, TILESET_COLUMNS, TILESET_ROWS } from './layout';
import * as walls from './walls';

export { TILE_ART, TILE_SIZE, TILESET_COLUMNS, TILESET_ROWS } from './layout';

/** How each art name is drawn. */
const TILE_DRAWERS: Readonly<Record<string, () => Grid>> = {
  floor_wood_dark: floors.floorWoodDark,
  floor_wood_dark_worn: floors.floorWoodDarkWorn,
  floor_wood: floors.floorWood,
  rug: floors.rug,
  floor_tile: floors.floorTile,
  floor_stone: floors.floorStone,
  street_sand: () => floors.streetSand(),
  street_sand_tracks: floors.streetSandTracks,
  sidewalk: floors.sidewalk,
  floor_tile_white: floors.floorTileWhite,
  rooftop: floors.rooftop,
  rooftop_red: floors.rooftopRed,
  dirt: floors.dirt,
  floor_church: floors.floorChurch,
  floor_burnt: floors.floorBurnt,
  grass_dry: floors.grassDry,
  wall_adobe: walls.wallAdobe,
  wall_adobe_white: walls.wallAdobeWhite,
  wall_wood: walls.wallWood,
  wall_stone: walls.wallStone,
  window: walls.windowTile,
  window_white: walls.windowWhite,
  backbar_bottles: walls.backbarBottles,
  neon_sign: walls.neonSign,
  roof: walls.roof,
  roof_red: walls.roofRed,
  wall_brick: walls.wallBrick,
  bookshelf: walls.bookshelf,
  wall_church: walls.wallChurch,
  stained_glass: walls.stainedGlass,
  wall_plank: walls.wallPlank,
  gate_iron: walls.gateIron,
  bar_counter: furniture.barCounter,
  bar_counter_end_west: furniture.barCounterEndWest,
  bar_counter_end_east: furniture.barCounterEndEast,
  bar_counter_vertical: furniture.barCounterVertical,
  table: furniture.table,
  table_round: furniture.tableRound,
  crate: furniture.crate,
  barrel: furniture.barrel,
  video_monitor: furniture.videoMonitor,
  jukebox: furniture.jukebox,
  sofa: furniture.sofa,
  low_wall_adobe: furniture.lowWallAdobe,
  water_trough: furniture.waterTrough,
  car: furniture.car,
  market_stall: furniture.marketStall,
  fountain: furniture.fountain,
  stool: furniture.stool,
  chair: furniture.chair,
  void: furniture.voidTile,
  shop_counter: furniture.shopCounter,
  pew: furniture.pew,
  altar: furniture.altar,
  gravestone: outdoor.gravestone,
  limo: outdoor.limo,
  parapet: outdoor.parapet,
  street_below: floors.streetBelow,
  water_tank: outdoor.waterTank,
  hay_bale: outdoor.hayBale,
  fence_wood: outdoor.fenceWood,
  floor_terracotta: floors.floorTerracotta,
  bookcase_low: furniture.bookcaseLow,
  floor_wood_light: floors.floorWoodLight,
};

/** One tile by art name, 16x16. Throws on a name the tileset does not draw. */
export function buildTile(art: string): PixelImage {
  const draw = TILE_DRAWERS[art];
  if (!draw) throw new Error(`tileset: no drawing for tile art "${art}"`);
  const grid = draw();
  if (grid.w !== TILE_SIZE || grid.h !== TILE_SIZE) {
    throw new Error(`tileset: tile "${art}" is ${grid.w}x${grid.h}, expected ${TILE_SIZE}x${TILE_SIZE}`);
  }
  return grid.toImage(art);
}

export function buildTileset(): PixelImage {
  const img = blankImage(TILESET_COLUMNS * TILE_SIZE, TILESET_ROWS * TILE_SIZE);
  for (const [art, id] of Object.entries(TILE_ART)) {
    blit(img, buildTile(art), (id % TILESET_COLUMNS) * TILE_SIZE, Math.floor(id / TILESET_COLUMNS) * TILE_SIZE);
  }
  return img;
}
