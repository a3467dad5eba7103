// The film's levels after the bar (church, rooftops, street, ranch): each loads, is built from its
// source in tools/levels/maps, ties its names together, carries its set piece, and runs headless.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLevel, loadLevelIndex } from '../../src/headless/level-files';
import { ARCHETYPES, Cell, type LevelData, type TriggerAction } from '../../src/sim';
import { MAP_SOURCES } from '../../tools/levels/maps';
import { buildMap, mapText } from '../../tools/levels/tmj';
import { cli } from '../headless/cli-helpers';
import { tilesetJson } from './helpers';

const FILM = ['church', 'rooftops', 'street', 'ranch'] as const;
const CAST = ['El', 'Buscemi', 'Priest', 'Carolina', 'Campa', 'Quino', 'Boy', 'Bucho', 'Henchman', 'Gunman'];

/** Art name of every tile id in the tileset. */
const ART: Map<number, string> = new Map(
  (tilesetJson().tiles as { id: number; properties: { name: string; value: string }[] }[]).map((t) => [
    t.id + 1,
    t.properties.find((p) => p.name === 'art')!.value,
  ]),
);

function artUsed(level: LevelData): Set<string> {
  const used = new Set<string>();
  for (const layer of level.layers) for (const gid of layer.gids) if (gid !== 0) used.add(ART.get(gid)!);
  return used;
}

const actions = (level: LevelData): TriggerAction[] => level.triggers.flatMap((t) => [...t.actions]);
const actor = (level: LevelData, name: string) => {
  const a = level.actors.find((x) => x.name === name);
  if (!a) throw new Error(`no actor ${name}`);
  return a;
};
const cellOf = (level: LevelData, x: number, y: number) => Math.floor(y / level.tileSize) * level.width + Math.floor(x / level.tileSize);
const inside = (r: { x: number; y: number; w: number; h: number }, x: number, y: number) => x >= r.x && y >= r.y && x < r.x + r.w && y < r.y + r.h;

describe('the film levels in levels/index.json', () => {
  it('follow the bar in order: church, rooftops, street, ranch', () => {
    const index = loadLevelIndex();
    expect(index.levels.map((l) => [l.id, l.file, l.order])).toEqual([
      ['bar', 'bar.tmj', 1],
      ['church', 'church.tmj', 2],
      ['rooftops', 'rooftops.tmj', 3],
      ['street', 'street.tmj', 4],
      ['ranch', 'ranch.tmj', 5],
    ]);
    expect(new Set(index.levels.map((l) => l.seed)).size).toBe(5);
  });

  it('runs every one headless with the idle bot: no crash, no end at tick 1', async () => {
    for (const id of FILM) {
      const r = await cli(['--level', id, '--bot', 'idle', '--max-ticks', '600', '--json', '--workers', '1']);
      expect(r.err, id).toEqual([]);
      expect(r.code, id).toBe(0);
      const run = JSON.parse(r.out[0]!) as { level: string; outcome: string; ticks: number };
      expect(run.level).toBe(id);
      expect(['cleared', 'dead', 'timeout']).toContain(run.outcome);
      expect(run.ticks, id).toBeGreaterThan(30);
    }
  }, 60_000);
});

for (const id of FILM) {
  describe(`levels/${id}.tmj`, () => {
    const level = loadLevel(id);
    const names = level.actors.map((a) => a.name);

    it('is exactly what its source tools/levels/maps builds (npx tsx tools/levels/build.ts)', () => {
      const src = MAP_SOURCES.find((s) => s.id === id)!;
      expect(readFileSync(`levels/${id}.tmj`, 'utf8')).toBe(mapText(buildMap(src)));
    });

    it('has the size of a level, a closed edge and the four layers', () => {
      expect(level.width).toBeGreaterThanOrEqual(40);
      expect(level.height).toBeGreaterThanOrEqual(30);
      expect(level.width).toBeLessThanOrEqual(64);
      expect(level.height).toBeLessThanOrEqual(40);
      expect(level.layers.map((l) => l.name)).toEqual(['floor', 'walls', 'cover']);
      for (let x = 0; x < level.width; x++) {
        expect(level.cells[x], `top edge ${x}`).toBe(Cell.Wall);
        expect(level.cells[(level.height - 1) * level.width + x], `bottom edge ${x}`).toBe(Cell.Wall);
      }
      for (let y = 0; y < level.height; y++) {
        expect(level.cells[y * level.width], `left edge ${y}`).toBe(Cell.Wall);
        expect(level.cells[y * level.width + level.width - 1], `right edge ${y}`).toBe(Cell.Wall);
      }
    });

    it('refers only to real names: objectives, trigger actions, protected lives', () => {
      const groups = new Set(level.actors.map((a) => a.group));
      for (const o of level.objectives) {
        if (o.type === 'defeat' || o.type === 'duel') expect(names).toContain(o.target);
        if (o.type === 'eliminate') expect(groups).toContain(o.group);
        if (o.type === 'reach') expect(level.exits.map((e) => e.name)).toContain(o.exit);
      }
      for (const a of actions(level)) {
        if (a.type === 'kill') expect(names).toContain(a.target);
        if (a.type === 'ignite') expect(level.fires.map((f) => f.name)).toContain(a.fire);
        if (a.type === 'openDoor') expect(level.doors.map((d) => d.name)).toContain(a.door);
        if (a.type === 'spawn') expect(level.actors.some((x) => x.group === a.group && x.dormant)).toBe(true);
      }
      for (const p of level.protect) expect(ARCHETYPES[actor(level, p).archetype].team).not.toBe('enemy');
      expect(level.objectives.at(-1)!.type).toBe('reach');
    });

    it('speaks in short captions, by the film\'s people', () => {
      const captions = actions(level).filter((a): a is Extract<TriggerAction, { type: 'caption' }> => a.type === 'caption');
      expect(captions.length).toBeGreaterThanOrEqual(4);
      for (const c of captions) {
        expect(CAST, c.speaker).toContain(c.speaker);
        expect(c.text.length, c.text).toBeLessThanOrEqual(70);
      }
    });
  });
}

describe('the church', () => {
  const level = loadLevel('church');
  it('kills Buscemi by trigger just after Navajas (dormant) steps out, from the same walk into the yard', () => {
    const knives = level.triggers.find((t) => t.actions.some((a) => a.type === 'kill'))!;
    const comes = level.triggers.find((t) => t.actions.some((a) => a.type === 'spawn' && a.group === 'navajas'))!;
    expect(knives.actions).toEqual(expect.arrayContaining([{ type: 'kill', target: 'buscemi' }]));
    expect(comes.area).toEqual(knives.area);
    expect(comes.delay).toBe(knives.delay - 1);
    expect(actor(level, 'navajas')).toMatchObject({ archetype: 'navajas', dormant: true });
    expect(actor(level, 'buscemi').archetype).toBe('buscemi');
  });

  it('parks the limo (3x2 limo tiles) and fills it with dormant gunmen a trigger brings', () => {
    expect(level.layers[2]!.gids.filter((g) => ART.get(g) === 'limo').length).toBe(6);
    const limo = level.actors.filter((a) => a.group === 'limo');
    expect(limo.length).toBeGreaterThanOrEqual(5);
    for (const a of limo) expect(a.dormant).toBe(true);
    expect(level.objectives.map((o) => o.type)).toEqual(['defeat', 'eliminate', 'reach']);
  });

  it('looks like a church: flagstones, pews, an altar, stained glass, graves', () => {
    const used = artUsed(level);
    for (const art of ['floor_church', 'wall_church', 'stained_glass', 'pew', 'altar', 'gravestone', 'grass_dry']) expect(used).toContain(art);
  });
});

describe('the rooftops', () => {
  const level = loadLevel('rooftops');
  it('starts El in the bookstore with Carolina protected and the guitar case full', () => {
    expect(level.protect).toEqual(['carolina']);
    expect(level.loadout.sawedOff).toBeGreaterThan(0);
    expect(level.loadout.wildey).toBeGreaterThan(0);
    expect(level.loadout.grenades).toBeGreaterThan(0);
    for (const art of ['bookcase_low', 'floor_wood_light', 'wall_plank', 'parapet', 'water_tank', 'street_below']) expect(artUsed(level)).toContain(art);
  });

  it('sets the shop alight at the start and lets the fire reach the stairs later', () => {
    const atStart = level.triggers.filter((t) => inside(t.area, level.player.x, level.player.y));
    const ignites = atStart.flatMap((t) => t.actions.filter((a) => a.type === 'ignite').map((a) => ({ fire: (a as { fire: string }).fire, delay: t.delay })));
    expect(ignites[0]).toEqual({ fire: 'shop', delay: expect.any(Number) as number });
    expect(ignites[0]!.delay).toBeLessThan(300);
    // The last fire is set within a few cells of the hatch up to the roofs.
    const hatch = level.doors.find((d) => d.name === 'roof_hatch')!;
    const last = ignites.reduce((a, b) => (b.delay > a.delay ? b : a));
    expect(last.delay).toBeGreaterThan(ignites[0]!.delay + 600);
    const zone = level.fires.find((f) => f.name === last.fire)!.area;
    const gapX = Math.max(0, zone.x / 16 - hatch.tx, hatch.tx - (zone.x + zone.w) / 16 + 1);
    const gapY = Math.max(0, zone.y / 16 - hatch.ty, hatch.ty - (zone.y + zone.h) / 16 + 1);
    expect(gapX + gapY).toBeLessThanOrEqual(3);
  });

  it('splits the roofs with two-cell drops to dive over', () => {
    let gaps = 0;
    const c = (x: number, y: number) => level.cells[y * level.width + x];
    for (let y = 0; y < level.height; y++) {
      for (let x = 0; x + 3 < level.width; x++) {
        if (c(x, y) === Cell.Floor && c(x + 1, y) === Cell.Void && c(x + 2, y) === Cell.Void && c(x + 3, y) === Cell.Floor) gaps++;
      }
    }
    for (let x = 0; x < level.width; x++) {
      for (let y = 0; y + 3 < level.height; y++) {
        if (c(x, y) === Cell.Floor && c(x, y + 1) === Cell.Void && c(x, y + 2) === Cell.Void && c(x, y + 3) === Cell.Floor) gaps++;
      }
    }
    expect(gaps).toBeGreaterThanOrEqual(20);
  });

  it('has men in the street below, and Bucho\'s car arriving by trigger', () => {
    const street = level.actors.filter((a) => a.group === 'street');
    expect(street.length).toBeGreaterThanOrEqual(3);
    const car = level.triggers.find((t) => t.name === 'bucho_car')!;
    expect(car.actions.some((a) => a.type === 'caption' && a.speaker === 'El')).toBe(true);
    expect(level.objectives.at(-1)).toMatchObject({ type: 'reach', exit: 'roof_exit' });
  });
});

describe('the street', () => {
  const level = loadLevel('street');
  it('is the biggest level, with everything in the guitar case', () => {
    expect([level.width, level.height]).toEqual([64, 40]);
    expect(level.loadout.sawedOff * level.loadout.wildey * level.loadout.grenades).toBeGreaterThan(0);
    const others = FILM.filter((id) => id !== 'street').map((id) => loadLevel(id).actors.length);
    expect(level.actors.length).toBeGreaterThan(Math.max(...others));
  });

  it('brings Campa and Quino as allies, protects the boy, and sends the lieutenant on a path', () => {
    expect(ARCHETYPES[actor(level, 'campa').archetype].team).toBe('ally');
    expect(ARCHETYPES[actor(level, 'quino').archetype].team).toBe('ally');
    expect(level.protect).toEqual(['boy']);
    expect(actor(level, 'boy').archetype).toBe('boy');
    const lt = actor(level, 'lieutenant');
    expect(lt).toMatchObject({ archetype: 'lieutenant', dormant: true, behavior: 'patrol' });
    for (const p of lt.path) expect(level.cells[cellOf(level, p.x, p.y)]).toBe(Cell.Floor);
  });

  it('has rooftop gunmen and waves of dormant henchmen that triggers send', () => {
    expect(level.actors.filter((a) => a.archetype === 'rooftopGunman').length).toBeGreaterThanOrEqual(5);
    const spawned = new Set(actions(level).flatMap((a) => (a.type === 'spawn' ? [a.group] : [])));
    expect([...spawned].sort()).toEqual(['car', 'roofs_east', 'roofs_west', 'wave1', 'wave2']);
    expect(level.pickups?.length ?? 0).toBeGreaterThanOrEqual(2);
  });
});

describe('the ranch', () => {
  const level = loadLevel('ranch');
  it('walks El and Carolina in through a gate that opens for them, among calm gunmen', () => {
    expect(level.protect).toEqual(['carolina']);
    const gate = level.doors.find((d) => d.name === 'front_gate')!;
    expect(level.player.y).toBeGreaterThan(gate.ty * 16);
    expect(actions(level)).toContainEqual({ type: 'openDoor', door: 'front_gate' });
    const calm = level.actors.filter((a) => a.calm && a.group === 'ranch');
    expect(calm.length).toBeGreaterThanOrEqual(8);
    for (const art of ['gate_iron', 'hay_bale', 'fence_wood', 'floor_terracotta', 'limo']) expect(artUsed(level)).toContain(art);
  });

  it('stands Bucho in a duel (cue 2-4 s, window 10-14 ticks), then the fight out', () => {
    const duel = level.objectives.find((o) => o.type === 'duel');
    expect(duel).toMatchObject({ type: 'duel', target: 'bucho' });
    if (duel?.type !== 'duel') throw new Error('no duel');
    expect(duel.cue).toBeGreaterThanOrEqual(120);
    expect(duel.cue).toBeLessThanOrEqual(240);
    expect(duel.window).toBeGreaterThanOrEqual(10);
    expect(duel.window).toBeLessThanOrEqual(14);
    expect(level.objectives.map((o) => o.type)).toEqual(['reach', 'duel', 'eliminate', 'reach']);
    expect(level.loadout.sawedOff * level.loadout.wildey * level.loadout.grenades).toBeGreaterThan(0);
    expect(level.doors.filter((d) => d.hidden).map((d) => d.name).sort()).toEqual(['front_gate', 'house_back']);
  });
});
