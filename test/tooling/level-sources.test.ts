// tools/levels: a readable map source becomes a Tiled map that the game's parser accepts.
import { describe, expect, it } from 'vitest';
import { parseLevel } from '../../src/level/parse-level';
import type { MapSource } from '../../tools/levels/map-source';
import { buildMap, mapText, SourceError } from '../../tools/levels/tmj';
import { tilesetJson } from '../level/helpers';

const SMALL: MapSource = {
  id: 'tiny',
  title: 'Tiny',
  grid: [
    '##########',
    '#..T....D#',
    '#.@....:.#',
    '#......:.#',
    '#........#',
    '#........#',
    '#........#',
    '##########',
  ],
  legend: {
    '#': { walls: 16 },
    '.': { floor: [0, 1] },
    '@': { floor: 0 },
    ':': { floor: 12 },
    D: { floor: 0 },
    T: { floor: 0, cover: 36 },
  },
  objectives: ['eliminate * | Clear it', 'reach out | Leave'],
  loadout: 'grenades 1',
  objects: [
    { kind: 'player', at: '@', facing: 1024 },
    { kind: 'actor', name: 'guard', archetype: 'henchman', at: [5, 2], behavior: 'patrol', path: [[5, 2], [5, 3], [4, 3]], group: 'g' },
    { kind: 'trigger', name: 'talk', area: ['@', 'D'], delay: 5, captions: ['El: Hm.'], ignite: ['pit'] },
    { kind: 'fire', name: 'pit', area: [7, 2, 1, 2] },
    { kind: 'exit', name: 'out', area: [8, 1, 1, 1] },
    { kind: 'pickup', weapon: 'wildey', at: [3, 3] },
  ],
};

const parse = (src: MapSource) => parseLevel(buildMap(src), { file: 'levels/tiny.tmj', id: src.id, resolveTileset: () => tilesetJson() });

describe('tools/levels build', () => {
  it('builds a map the parser accepts, with markers, paths, areas and properties in place', () => {
    const level = parse(SMALL);
    expect(level.player).toEqual({ x: 40, y: 40, facing: 1024 });
    expect(level.actors[0]!.path).toEqual([{ x: 88, y: 40 }, { x: 88, y: 56 }, { x: 72, y: 56 }]);
    expect(level.triggers[0]!.area).toEqual({ x: 32, y: 16, w: 7 * 16, h: 2 * 16 });
    expect(level.triggers[0]!.actions).toEqual([{ type: 'caption', speaker: 'El', text: 'Hm.' }, { type: 'ignite', fire: 'pit' }]);
    expect(level.fires).toEqual([{ name: 'pit', area: { x: 112, y: 32, w: 16, h: 32 } }]);
    expect(level.pickups).toEqual([{ weapon: 'wildey', rounds: 6, x: 56, y: 56 }]);
    expect(level.loadout.grenades).toBe(1);
    // Tile ids become gids (id + 1) in their layers; the scattered floor is the same on every build.
    expect(level.layers[2]!.gids[1 * 10 + 3]).toBe(37);
    expect(mapText(buildMap(SMALL))).toBe(mapText(buildMap(SMALL)));
    expect(new Set(level.layers[0]!.gids.filter((g) => g === 1 || g === 2))).toEqual(new Set([1, 2]));
  });

  it('writes each tile row on its own line', () => {
    const text = mapText(buildMap(SMALL));
    expect(text).toContain('"data": [\n  17,17,17,17,17,17,17,17,17,17,\n');
    expect(JSON.parse(text)).toEqual(buildMap(SMALL));
  });

  it('names the source and the spot of a mistake', () => {
    const bad = (patch: Partial<MapSource>, message: RegExp) => expect(() => buildMap({ ...SMALL, ...patch })).toThrow(message);
    bad({ grid: [...SMALL.grid.slice(0, 7), '#########'] }, /tiny: grid row 7 has 9 columns, expected 10/);
    bad({ grid: SMALL.grid.map((r) => r.replace('T', '?')) }, /tiny: grid row 1 column 3: "\?" is not in the legend/);
    bad({ objects: [{ kind: 'player', at: 'Q' }] }, /tiny: marker "Q" is not in the grid/);
    bad({ objects: [{ kind: 'player', at: ':' }] }, /tiny: marker ":" appears more than once/);
    expect(() => buildMap({ ...SMALL, objects: [{ kind: 'player', at: 'Q' }] })).toThrow(SourceError);
  });
});
