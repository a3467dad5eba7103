// Broken maps, each built by mutating a copy of the shipped bar: every one gives its own
// one-line error naming the file and the field.
import { describe, expect, it } from 'vitest';
import { parseLevel } from '../../src/level/parse-level';
import {
  BAR_FILE, TILESET_FILE, barJson, type Json, expectLevelError, layerIndex, objectNamed, objectsOf, parseBar, setProp, tilesetJson,
} from './helpers';

const F = BAR_FILE;

function broken(mutate: (json: Json) => void): () => unknown {
  const json = barJson();
  mutate(json);
  return () => parseBar(json);
}

describe('parseLevel rejects malformed maps', () => {
  it('accepts the untouched copy (so every failure below is the mutation)', () => {
    expect(() => parseBar()).not.toThrow();
  });

  it('non-object input', () => {
    expectLevelError(() => parseBar('hello'), F, '', /expected a Tiled map \(JSON object\), got "hello"/);
    expectLevelError(() => parseBar(null), F, '', /got null/);
  });

  it('missing required layers', () => {
    for (const name of ['floor', 'walls', 'cover', 'objects']) {
      const msg = expectLevelError(broken((j) => j.layers.splice(layerIndex(j, name), 1)), F, 'layers', new RegExp(`named "${name}"`));
      expect(msg).toMatch(/got layers "/);
    }
    expectLevelError(broken((j) => delete j.layers), F, 'layers', /expected an array of layers, got nothing \(the field is missing\)/);
  });

  it('a required layer of the wrong type', () => {
    expectLevelError(broken((j) => { j.layers[layerIndex(j, 'objects')].type = 'tilelayer'; }), F, 'layers[3].type', /"objectgroup" for layer "objects"/);
    expectLevelError(broken((j) => { j.layers[0].type = 'group'; }), F, 'layers[0].type', /group layers are not supported/);
  });

  it('wrong types', () => {
    expectLevelError(broken((j) => { j.width = '40'; }), F, 'width', /expected a map width from 8 to 256 tiles, got "40"$/);
    expectLevelError(broken((j) => { j.height = 12.5; }), F, 'height', /got 12\.5$/);
    expectLevelError(broken((j) => { j.layers[1].name = 7; }), F, 'layers[1].name', /expected a string, got 7$/);
    expectLevelError(broken((j) => { j.properties[0].type = 'number'; }), F, 'properties[0].type', /a Tiled property type/);
    expectLevelError(broken((j) => { objectsOf(j)[1]!.x = 'left'; }), F, 'objects "bartender" (id 2).x', /expected a number, got "left"/);
  });

  it('wrong orientation, tile size, infinite maps', () => {
    expectLevelError(broken((j) => { j.orientation = 'isometric'; }), F, 'orientation', /"orthogonal".*got "isometric"/);
    expectLevelError(broken((j) => { j.tilewidth = 32; }), F, 'tilewidth', /expected 16 .*got 32/);
    expectLevelError(broken((j) => { j.infinite = true; }), F, 'infinite', /infinite maps are not supported/);
  });

  it('map too small or huge — rejected before anything is allocated', () => {
    expectLevelError(broken((j) => { j.width = 4; }), F, 'width', /got 4$/);
    const json = barJson();
    json.width = 100000;
    json.height = 100000;
    let touched = false;
    const layers = json.layers;
    Object.defineProperty(json, 'layers', { enumerable: true, get: () => { touched = true; return layers; } });
    const start = performance.now();
    expectLevelError(() => parseBar(json), F, 'width', /from 8 to 256 tiles, got 100000$/);
    expect(touched).toBe(false);
    expect(performance.now() - start).toBeLessThan(500);
  });

  it('bad tile data length, encoding and values', () => {
    expectLevelError(broken((j) => j.layers[2].data.pop()), F, 'layers[2].data', /expected 1200 tile ids \(40x30\), got 1199$/);
    expectLevelError(broken((j) => { j.layers[1].width = 39; }), F, 'layers[1].width', /expected 40 \(the map width\), got 39/);
    expectLevelError(broken((j) => { j.layers[0].encoding = 'base64'; j.layers[0].data = 'AAAA'; }), F, 'layers[0].encoding', /CSV/);
    expectLevelError(broken((j) => { j.layers[0].data = 'AAAA'; }), F, 'layers[0].data', /an array of tile ids .*got base64 text/);
    expectLevelError(broken((j) => { j.layers[0].data[5] = -1; }), F, 'layers[0].data[5]', /got -1$/);
  });

  it('unknown gids (after stripping flip flags)', () => {
    const msg = expectLevelError(broken((j) => { j.layers[1].data[41] = 999; }), F, 'layers[1].data[41] (layer "walls", cell 1,1)', /got gid 999$/);
    expect(msg).toContain('levels/tileset.tsj (gids 1..64)');
    // Tile 59 (gid 60) is inside the tileset's range but, with its entry gone, has no properties.
    const sparse = tilesetJson();
    sparse.tiles = sparse.tiles.filter((t: { id: number }) => t.id !== 59);
    const json60 = barJson();
    json60.layers[0].data[0] = 60;
    expectLevelError(() => parseBar(json60, sparse), F, 'layers[0].data[0] (layer "floor", cell 0,0)', /got gid 60$/);
    // Flipped tiles keep their id: flags in the top three bits are stripped.
    const json = barJson();
    json.layers[0].data[41] = (0x80000000 | 0x40000000 | 0x20000000 | 1) >>> 0;
    expect(parseBar(json).layers[0]!.gids[41]).toBe(1);
  });

  it('no player spawn, or two', () => {
    expectLevelError(
      broken((j) => { const o = objectsOf(j); o.splice(o.findIndex((x) => x.type === 'player'), 1); }),
      F, 'objects', /expected exactly one player spawn .*got none$/,
    );
    expectLevelError(
      broken((j) => { const o = objectsOf(j); o.push({ ...o[0], id: 99 }); }),
      F, 'objects', /exactly one player spawn .*got 2 \(objects player \(id 1\), objects player \(id 99\)\)$/,
    );
  });

  it('spawns outside the map, in walls, in cover, on doors', () => {
    expectLevelError(broken((j) => { objectNamed(j, 'patron_t1').x = 5000; }), F, 'objects "patron_t1" (id 6).position', /inside the map .*got \(5000, 136\)$/);
    expectLevelError(broken((j) => { objectNamed(j, 'patron_t1').y = -3; }), F, 'objects "patron_t1" (id 6).position', /inside the map/);
    expectLevelError(broken((j) => { const p = objectsOf(j)[0]!; p.x = 8; p.y = 8; }), F, 'objects player (id 1).position', /a player spawn on a floor cell, got a wall cell at tile \(0, 0\)$/);
    expectLevelError(broken((j) => { const a = objectNamed(j, 'buscemi'); a.x = 72; a.y = 56; }), F, 'objects "buscemi" (id 3).position', /got a cover cell at tile \(4, 3\)$/);
    expectLevelError(broken((j) => { const a = objectNamed(j, 'tavo'); a.y = 19 * 16 + 8; }), F, 'objects "tavo" (id 16).position', /not a door, got the door cell at tile \(13, 19\)$/);
  });

  it('unknown archetype', () => {
    expectLevelError(
      broken((j) => setProp(objectNamed(j, 'patron_t1'), 'archetype', 'string', 'ninja')),
      F, 'objects "patron_t1" (id 6).properties.archetype', /one of mariachi, patron, .*got unknown archetype "ninja"$/,
    );
    expectLevelError(
      broken((j) => { objectNamed(j, 'buscemi').properties = []; }),
      F, 'objects "buscemi" (id 3).properties.archetype', /expected an archetype .*got nothing$/,
    );
  });

  it('bad actor properties', () => {
    expectLevelError(broken((j) => setProp(objectNamed(j, 'tavo'), 'facing', 'int', 4096)), F, 'objects "tavo" (id 16).properties.facing', /0 east, 1024 south.*got 4096/);
    expectLevelError(broken((j) => setProp(objectNamed(j, 'tavo'), 'facing', 'string', '1024')), F, 'objects "tavo" (id 16).properties.facing', /got "1024" \(a string property\)$/);
    expectLevelError(broken((j) => setProp(objectNamed(j, 'tavo'), 'dormant', 'string', 'yes')), F, 'objects "tavo" (id 16).properties.dormant', /true or false/);
    expectLevelError(broken((j) => setProp(objectNamed(j, 'tavo'), 'behaviour', 'string', 'guard')), F, 'objects "tavo" (id 16).properties.behaviour', /unknown property "behaviour"$/);
    expectLevelError(broken((j) => setProp(objectNamed(j, 'tavo'), 'behavior', 'string', 'dance')), F, 'objects "tavo" (id 16).properties.behavior', /one of idle, patrol, guard, got "dance"$/);
    expectLevelError(broken((j) => { objectNamed(j, 'tavo').point = false; }), F, 'objects "tavo" (id 16)', /expected a point object for a actor, got a rectangle$/);
    expectLevelError(broken((j) => { objectNamed(j, 'tavo').type = 'enemy'; }), F, 'objects "tavo" (id 16).type', /got "enemy"$/);
  });

  it('patrol paths that are missing or not polylines', () => {
    const patrol = (j: Json) => objectNamed(j, 'patron_patrol');
    expectLevelError(broken((j) => setProp(patrol(j), 'path', 'object', 555)), F, 'objects "patron_patrol" (id 11).properties.path', /object id 555, which does not exist$/);
    expectLevelError(broken((j) => setProp(patrol(j), 'path', 'object', 18)), F, 'objects "patron_patrol" (id 11).properties.path', /polyline object, got objects "front_door" \(id 18\), a rectangle$/);
    expectLevelError(broken((j) => { patrol(j).properties = patrol(j).properties.filter((p: Json) => p.name !== 'path'); }), F, 'objects "patron_patrol" (id 11).properties.path', /got nothing$/);
    expectLevelError(broken((j) => { objectNamed(j, 'patrol_loop').polyline[1].y = -100; }), F, 'objects "patrol_loop" (id 17).polyline[1]', /patrol point on a floor cell, got a wall cell at tile \(21, 0\)$/);
  });

  it('duplicate names and ids', () => {
    expectLevelError(broken((j) => { objectNamed(j, 'patron_t2').name = 'tavo'; }), F, 'objects "tavo" (id 16).name', /already used by objects "tavo" \(id 7\)$/);
    expectLevelError(broken((j) => { objectNamed(j, 'patron_t2').id = 6; }), F, 'objects "patron_t2" (id 6).id', /a unique object id, got 6/);
  });

  it('doors off the grid, off the map or outside a wall gap', () => {
    const door = (j: Json) => objectNamed(j, 'front_door');
    expectLevelError(broken((j) => { door(j).x += 3; }), F, 'objects "front_door" (id 18)', /aligned to the 16 px grid, got x 211, y 304$/);
    expectLevelError(broken((j) => { door(j).width = 32; }), F, 'objects "front_door" (id 18)', /16x16 rectangle \(one tile\), got 32x16$/);
    expectLevelError(broken((j) => { door(j).x = 640; }), F, 'objects "front_door" (id 18)', /inside the map/);
    expectLevelError(broken((j) => { door(j).x = 12 * 16; }), F, 'objects "front_door" (id 18)', /in a gap of the walls layer, got wall at tile \(12, 19\)$/);
    expectLevelError(broken((j) => { door(j).y = 16 * 16; }), F, 'objects "front_door" (id 18)', /walls west and east of it/);
    expectLevelError(broken((j) => setProp(door(j), 'vertical', 'bool', true)), F, 'objects "front_door" (id 18)', /vertical door with walls north and south/);
  });

  it('trigger actions that target nothing', () => {
    expectLevelError(
      broken((j) => setProp(objectNamed(j, 'tavo_follows'), 'spawn', 'string', 'bandits')),
      F, 'objects "tavo_follows" (id 26).properties.spawn', /a group that has dormant actors \(one of tavo\), got "bandits"$/,
    );
    expectLevelError(
      broken((j) => setProp(objectNamed(j, 'search_alarm'), 'openDoor', 'string', 'secret')),
      F, 'objects "search_alarm" (id 25).properties.openDoor', /one of front_door, backroom_door, storeroom_door, backroom_back_door\), got "secret"$/,
    );
    expectLevelError(broken((j) => { objectNamed(j, 'stranger').properties = []; }), F, 'objects "stranger" (id 23)', /at least one action/);
    expectLevelError(broken((j) => setProp(objectNamed(j, 'entrance'), 'caption2', 'string', 'no speaker here')), F, 'objects "entrance" (id 22).properties.caption2', /"Speaker: text", got "no speaker here"$/);
    expectLevelError(broken((j) => setProp(objectNamed(j, 'stranger'), 'captions', 'string', 'A: fine\n\nbroken')), F, 'objects "stranger" (id 23).properties.captions line 3', /got "broken"$/);
    expectLevelError(broken((j) => setProp(objectNamed(j, 'stranger'), 'caption', 'string', 'A: both')), F, 'objects "stranger" (id 23).properties.captions', /not both/);
    expectLevelError(broken((j) => { objectNamed(j, 'entrance').x = 630; }), F, 'objects "entrance" (id 22)', /an area inside the map/);
  });

  it('dormant actors that no trigger wakes', () => {
    expectLevelError(
      broken((j) => { objectsOf(j).splice(objectsOf(j).findIndex((o) => o.name === 'tavo_follows'), 1); }),
      F, 'objects "tavo" (id 16).properties.group', /"tavo", which no trigger spawns$/,
    );
  });

  it('malformed objective lines and unknown objective targets', () => {
    const withObjectives = (text: string) => broken((j) => setProp(j, 'objectives', 'string', text));
    expectLevelError(withObjectives('kill bar | Clear the bar'), F, 'properties.objectives line 1', /an objective kind \(eliminate, defeat, reach, survive, duel\), got "kill"$/);
    expectLevelError(withObjectives('eliminate bar\ndefeat tavo | x'), F, 'properties.objectives line 1', /no "\|" before the text/);
    expectLevelError(withObjectives('# comment\n\neliminate bar |'), F, 'properties.objectives line 3', /objective text after "\|"/);
    expectLevelError(withObjectives('survive soon | wait'), F, 'properties.objectives line 1', /number of ticks.*got "soon"$/);
    expectLevelError(withObjectives('eliminate bra | x'), F, 'properties.objectives line 1', /a group with enemies \(one of bar, tavo\), got "bra"$/);
    expectLevelError(withObjectives('eliminate bar | x\ndefeat bucho | y'), F, 'properties.objectives line 2', /the name of an actor .*got "bucho"$/);
    expectLevelError(withObjectives('reach alley | x'), F, 'properties.objectives line 1', /the name of an exit \(one of street_east\), got "alley"$/);
    expectLevelError(withObjectives('\n# nothing\n'), F, 'properties.objectives', /at least one objective line/);
  });

  it('map properties: missing, unknown, wrong type', () => {
    expectLevelError(broken((j) => { j.properties = j.properties.filter((p: Json) => p.name !== 'title'); }), F, 'properties.title', /got nothing$/);
    expectLevelError(broken((j) => setProp(j, 'timelimit', 'int', 5)), F, 'properties.timelimit', /unknown property "timelimit"$/);
    expectLevelError(broken((j) => setProp(j, 'timeLimit', 'int', -1)), F, 'properties.timeLimit', /got -1 \(a int property\)$/);
  });

  it('tileset problems name the tileset file', () => {
    const ts = tilesetJson();
    ts.tiles[3].properties[1].value = 'solid';
    expectLevelError(() => parseBar(barJson(), ts), TILESET_FILE, 'tiles[3] (tile 3).properties.collision', /one of floor, wall, cover, void, got "solid"$/);
    const ts2 = tilesetJson();
    ts2.tilewidth = 32;
    expectLevelError(() => parseBar(barJson(), ts2), TILESET_FILE, 'tilewidth', /got 32/);
    expectLevelError(() => parseBar(barJson(), 'not json object'), TILESET_FILE, '', /a Tiled tileset/);
  });

  it('a tileset that cannot be resolved', () => {
    const load = () => parseLevel(barJson(), { file: F, id: 'bar', resolveTileset: () => { throw new Error('ENOENT: gone'); } });
    expectLevelError(load, F, 'tilesets[0].source', /a readable tileset file, got "tileset.tsj" \(ENOENT: gone\)$/);
    expectLevelError(broken((j) => { j.tilesets[0].source = 'tiles.tsx'; }), F, 'tilesets[0].source', /XML .tsx tilesets are not supported/);
    expectLevelError(broken((j) => { j.tilesets = []; }), F, 'tilesets', /at least one tileset, got an array of 0$/);
  });
});
