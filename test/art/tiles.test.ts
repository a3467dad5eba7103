// The tileset and effect sprites: the layout matches levels/tileset.tsj, every tile is drawn, walls are
// solid, cover sits over the floor with a shadow, and levels/tileset.png is what the code draws.
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { PixelImage } from '../../src/art/pixel-sprite';
import { effectSprites } from '../../src/art/sprites/effects';
import { buildTile, buildTileset, TILE_ART } from '../../src/art/tiles';
import { buildTitleArt } from '../../src/art/title-art';

interface TileDef {
  readonly id: number;
  readonly art: string;
  readonly collision: string;
}

function readTileDefs(): TileDef[] {
  const json = JSON.parse(readFileSync('levels/tileset.tsj', 'utf8')) as {
    tiles: { id: number; properties: { name: string; value: string }[] }[];
  };
  return json.tiles.map((t) => {
    const prop = (name: string): string => t.properties.find((p) => p.name === name)?.value ?? '';
    return { id: t.id, art: prop('art'), collision: prop('collision') };
  });
}

/** Alpha values of one 16x16 tile of the tileset. */
function tileAlphas(img: PixelImage, id: number): number[] {
  const out: number[] = [];
  const x0 = (id % 16) * 16;
  const y0 = Math.floor(id / 16) * 16;
  for (let y = y0; y < y0 + 16; y++) for (let x = x0; x < x0 + 16; x++) out.push(img.data[(y * img.w + x) * 4 + 3]!);
  return out;
}

/** Decodes an 8-bit RGBA PNG written without filtering (as src/headless/png.ts writes them). */
function decodeUnfilteredPng(bytes: Buffer): PixelImage {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let off = 8;
  let w = 0;
  let h = 0;
  const idat: Buffer[] = [];
  while (off < bytes.length) {
    const len = bytes.readUInt32BE(off);
    const type = bytes.toString('ascii', off + 4, off + 8);
    const body = bytes.subarray(off + 8, off + 8 + len);
    if (type === 'IHDR') {
      w = body.readUInt32BE(0);
      h = body.readUInt32BE(4);
      expect([body[8], body[9]]).toEqual([8, 6]);
    } else if (type === 'IDAT') idat.push(body);
    off += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  expect(raw.length).toBe((w * 4 + 1) * h);
  const data = new Uint8ClampedArray(w * h * 4);
  for (let y = 0; y < h; y++) {
    const row = y * (w * 4 + 1);
    expect(raw[row], `filter byte of row ${y}`).toBe(0);
    data.set(raw.subarray(row + 1, row + 1 + w * 4), y * w * 4);
  }
  return { w, h, data };
}

const defs = readTileDefs();
const tileset = buildTileset();

/** Drawn over a floor tile although they do not block (decor). */
const FLOOR_DECOR = new Set(['stool', 'chair']);

describe('tileset', () => {
  it('is 16 columns x 4 rows of 16x16 tiles', () => {
    expect([tileset.w, tileset.h]).toEqual([256, 64]);
  });

  it('names the same art at the same ids as levels/tileset.tsj', () => {
    expect(TILE_ART).toEqual(Object.fromEntries(defs.map((d) => [d.art, d.id])));
  });

  it('has a drawing for every art name in levels/tileset.tsj', () => {
    for (const d of defs) expect(() => buildTile(d.art), `tile ${d.id} (${d.art})`).not.toThrow();
  });

  it('draws something at every tile the tileset names, and nothing at unused ids', () => {
    const used = new Set(defs.map((d) => d.id));
    for (let id = 0; id < 64; id++) {
      const drawn = tileAlphas(tileset, id).filter((a) => a > 0).length;
      if (used.has(id)) expect(drawn, `tile ${id} (${defs.find((d) => d.id === id)!.art})`).toBeGreaterThan(40);
      else expect(drawn, `unused tile ${id}`).toBe(0);
    }
  });

  it('draws walls and floors fully opaque', () => {
    for (const d of defs) {
      if (FLOOR_DECOR.has(d.art) || d.collision === 'cover') continue;
      const holes = tileAlphas(tileset, d.id).filter((a) => a !== 255).length;
      expect(holes, `${d.collision} tile ${d.art}`).toBe(0);
    }
  });

  it('draws cover and furniture over the floor: transparent background, a soft shadow', () => {
    const furniture = defs.filter((d) => d.collision === 'cover' || FLOOR_DECOR.has(d.art));
    expect(furniture.length).toBeGreaterThan(15);
    for (const d of furniture) {
      const alphas = tileAlphas(tileset, d.id);
      expect(alphas.filter((a) => a === 0).length, `${d.art} has no transparent pixels`).toBeGreaterThan(0);
      // 'z' is black at 35 %: the drop shadow to the south-east.
      expect(alphas.filter((a) => a > 0 && a < 255).length, `${d.art} has no shadow`).toBeGreaterThan(0);
    }
  });

  it('gives walls a lit top edge: the top rows are lighter than the body', () => {
    const luma = (id: number, row: number): number => {
      let sum = 0;
      for (let x = 0; x < 16; x++) {
        const i = ((Math.floor(id / 16) * 16 + row) * 256 + (id % 16) * 16 + x) * 4;
        sum += 0.3 * tileset.data[i]! + 0.59 * tileset.data[i + 1]! + 0.11 * tileset.data[i + 2]!;
      }
      return sum / 16;
    };
    for (const art of ['wall_adobe', 'wall_adobe_white', 'wall_wood', 'wall_stone', 'wall_brick', 'roof', 'wall_church', 'wall_plank', 'gate_iron']) {
      const id = TILE_ART[art]!;
      expect(luma(id, 0), art).toBeGreaterThan(luma(id, 8) + 20);
    }
  });

  it('joins cover the maps lay in runs: what leaves one edge of the tile comes in at the other', () => {
    const alpha = (id: number, x: number, y: number): number =>
      tileset.data[((Math.floor(id / 16) * 16 + y) * 256 + (id % 16) * 16 + x) * 4 + 3]!;
    const EAST_WEST = ['bar_counter', 'shop_counter', 'low_wall_adobe', 'pew', 'altar', 'limo', 'bookcase_low', 'fence_wood'];
    const NORTH_SOUTH = ['bar_counter_vertical', 'parapet', 'fence_wood'];
    for (const art of EAST_WEST) {
      const id = TILE_ART[art]!;
      for (let y = 0; y < 16; y++) expect(alpha(id, 0, y), `${art} row ${y}`).toBe(alpha(id, 15, y));
    }
    for (const art of NORTH_SOUTH) {
      const id = TILE_ART[art]!;
      for (let x = 0; x < 16; x++) expect(alpha(id, x, 0), `${art} column ${x}`).toBe(alpha(id, x, 15));
    }
  });

  it('draws the street below the roofs darker than the roofs, so a drop reads as a drop', () => {
    const meanLuma = (id: number): number => {
      let sum = 0;
      for (let y = 0; y < 16; y++) {
        for (let x = 0; x < 16; x++) {
          const i = ((Math.floor(id / 16) * 16 + y) * 256 + (id % 16) * 16 + x) * 4;
          sum += 0.3 * tileset.data[i]! + 0.59 * tileset.data[i + 1]! + 0.11 * tileset.data[i + 2]!;
        }
      }
      return sum / 256;
    };
    for (const roof of ['rooftop', 'rooftop_red', 'floor_wood']) {
      expect(meanLuma(TILE_ART.street_below!), roof).toBeLessThan(meanLuma(TILE_ART[roof]!) * 0.5);
    }
  });

  it('is the same on every build (no randomness)', () => {
    expect(Buffer.from(buildTileset().data).equals(Buffer.from(tileset.data))).toBe(true);
  });

  it('matches levels/tileset.png on disk (re-run: npx tsx tools/art/write-tileset-png.ts)', () => {
    const png = decodeUnfilteredPng(readFileSync('levels/tileset.png'));
    expect([png.w, png.h]).toEqual([256, 64]);
    expect(Buffer.from(png.data).equals(Buffer.from(tileset.data))).toBe(true);
  });
});

describe('effect sprites', () => {
  const sprites = effectSprites();
  const NAMES = [
    'muzzle0', 'muzzle1', 'shell', 'hole_wood', 'hole_stone', 'hole_glass', 'hole_metal',
    'splinter0', 'splinter1', 'splinter2', 'chip0', 'chip1', 'chip2', 'glass0', 'glass1', 'glass2', 'spark0', 'spark1',
    'blood0', 'blood1', 'blood2', 'pool0', 'pool1', 'drip0', 'drip1',
    'dust0', 'dust1', 'dust2', 'smoke0', 'smoke1', 'smoke2',
    'pickup_pistol', 'pickup_revolver', 'pickup_deagle', 'pickup_sleeve', 'glint0', 'glint1', 'glint2', 'glint3',
    'door_plank', 'door_plank_hidden', 'bottle_shards', 'bottle', 'shadow', 'tracer', 'light_amber', 'light_blue',
  ];

  it('has every sprite the renderer asks for, each with something drawn', () => {
    for (const name of NAMES) {
      const img = sprites.get(name);
      expect(img, name).toBeDefined();
      let drawn = 0;
      for (let i = 3; i < img!.data.length; i += 4) if (img!.data[i]! > 0) drawn++;
      expect(drawn, name).toBeGreaterThan(0);
    }
  });

  it('has the sizes the renderer relies on', () => {
    const size = (name: string): [number, number] => [sprites.get(name)!.w, sprites.get(name)!.h];
    expect(size('shell')).toEqual([3, 2]);
    expect(size('door_plank')).toEqual([16, 4]);
    expect(size('door_plank_hidden')).toEqual([16, 4]);
    expect(size('shadow')).toEqual([12, 6]);
    expect(size('bottle')).toEqual([4, 4]);
    expect(size('light_amber')).toEqual([48, 48]);
    expect(size('light_blue')).toEqual([48, 48]);
    for (let i = 0; i < 4; i++) expect(size(`glint${i}`)).toEqual([5, 5]);
  });

  it('lights fall off from a bright centre to nothing at the rim', () => {
    for (const name of ['light_amber', 'light_blue']) {
      const img = sprites.get(name)!;
      const alpha = (x: number, y: number): number => img.data[(y * img.w + x) * 4 + 3]!;
      expect(alpha(24, 24), name).toBeGreaterThan(200);
      expect(alpha(0, 0), name).toBe(0);
      expect(alpha(24, 12), name).toBeLessThan(alpha(24, 24));
    }
  });
});

describe('title art', () => {
  it('is a full, opaque 320x180 picture', () => {
    const img = buildTitleArt();
    expect([img.w, img.h]).toEqual([320, 180]);
    let holes = 0;
    for (let i = 3; i < img.data.length; i += 4) if (img.data[i] !== 255) holes++;
    expect(holes).toBe(0);
  });
});
