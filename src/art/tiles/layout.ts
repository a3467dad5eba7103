// Where each tile sits in the 256x64 tileset (16 columns x 4 rows of 16x16): tile id = row * 16 + col.
// This mirrors the `art` properties in levels/tileset.tsj (test/art/tiles.test.ts keeps them equal).
// Ids not listed stay transparent.

export const TILE_SIZE = 16;
export const TILESET_COLUMNS = 16;
export const TILESET_ROWS = 4;

/** Art name -> tile id. */
export const TILE_ART: Readonly<Record<string, number>> = {
  floor_wood_dark: 0,
  floor_wood_dark_worn: 1,
  floor_wood: 2,
  rug: 3,
  floor_tile: 4,
  floor_stone: 5,
  street_sand: 6,
  street_sand_tracks: 7,
  sidewalk: 8,
  floor_tile_white: 9,
  rooftop: 10,
  rooftop_red: 11,
  dirt: 12,
  wall_adobe: 16,
  wall_adobe_white: 17,
  wall_wood: 18,
  wall_stone: 19,
  window: 20,
  window_white: 21,
  backbar_bottles: 22,
  neon_sign: 23,
  roof: 24,
  roof_red: 25,
  wall_brick: 26,
  bookshelf: 27,
  bar_counter: 32,
  bar_counter_end_west: 33,
  bar_counter_end_east: 34,
  bar_counter_vertical: 35,
  table: 36,
  table_round: 37,
  crate: 38,
  barrel: 39,
  video_monitor: 40,
  jukebox: 41,
  sofa: 42,
  low_wall_adobe: 43,
  water_trough: 44,
  car: 45,
  market_stall: 46,
  fountain: 47,
  stool: 48,
  chair: 49,
  void: 50,
  shop_counter: 51,
};
