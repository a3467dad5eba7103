// The shipped Tarasco bar: it loads, and has the pieces the film's scene needs.
import { describe, expect, it } from 'vitest';
import { loadLevel, loadLevelIndex } from '../../src/headless/level-files';
import { ARCHETYPES, Cell, Material, type LevelData } from '../../src/sim';
import { tilesetJson } from './helpers';

const level: LevelData = loadLevel('bar');
const T = level.tileSize;
const cellAt = (tx: number, ty: number) =>
  tx < 0 || ty < 0 || tx >= level.width || ty >= level.height ? -1 : (level.cells[ty * level.width + tx] ?? -1);
const cellOfPoint = (x: number, y: number) => cellAt(Math.floor(x / T), Math.floor(y / T));
const actor = (name: string) => {
  const a = level.actors.find((x) => x.name === name);
  if (!a) throw new Error(`no actor ${name}`);
  return a;
};

describe('levels/bar.tmj', () => {
  it('is listed first in levels/index.json and loads by id or by path', () => {
    const index = loadLevelIndex();
    expect(index.levels[0]).toMatchObject({ id: 'bar', file: 'bar.tmj', title: 'El Tarasco', order: 1 });
    expect(index.levels[0]!.parTicks).toBeGreaterThan(0);
    const byPath = loadLevel('levels/bar.tmj');
    expect(byPath.id).toBe('bar');
    expect(byPath.cells).toEqual(level.cells);
  });

  it('has the basic shape', () => {
    expect(level.id).toBe('bar');
    expect(level.title).toBe('El Tarasco');
    expect(level.tileSize).toBe(16);
    expect(level.width).toBe(40);
    expect(level.height).toBe(30);
    expect(level.cells).toBeInstanceOf(Uint8Array);
    expect(level.cells.length).toBe(40 * 30);
    expect(level.materials.length).toBe(40 * 30);
    expect(level.layers.map((l) => l.name)).toEqual(['floor', 'walls', 'cover']);
    for (const l of level.layers) {
      expect(l.gids).toBeInstanceOf(Uint16Array);
      expect(l.gids.length).toBe(40 * 30);
    }
    expect(level.timeLimit).toBe(0);
    // All four collision classes except void appear; the map edge is closed.
    expect(new Set(level.cells)).toEqual(new Set([Cell.Floor, Cell.Wall, Cell.Cover]));
  });

  it('starts El outside the south street door, facing the bar', () => {
    const p = level.player;
    expect(cellOfPoint(p.x, p.y)).toBe(Cell.Floor);
    expect(p.facing).toBe(3072);
    const front = level.doors.find((d) => d.name === 'front_door')!;
    expect(front.hidden).toBe(false);
    expect(Math.floor(p.y / T)).toBeGreaterThan(front.ty);
  });

  it('fills the bar with calm patrons and a back room of gunmen, all in group "bar"', () => {
    const bar = level.actors.filter((a) => a.group === 'bar');
    expect(bar.length).toBeGreaterThanOrEqual(9);
    const enemies = bar.filter((a) => ARCHETYPES[a.archetype].team === 'enemy');
    expect(enemies.length).toBe(bar.length);
    expect(bar.filter((a) => a.archetype === 'patron').length).toBeGreaterThanOrEqual(6);
    for (const a of bar) {
      expect(a.calm, a.name).toBe(true);
      expect(a.dormant, a.name).toBe(false);
    }
    const gunmen = level.actors.filter((a) => a.archetype === 'gunman');
    expect(gunmen.length).toBe(3);
    const hidden = level.doors.find((d) => d.hidden)!;
    for (const g of gunmen) {
      expect(g.group).toBe('bar');
      expect(g.x).toBeGreaterThan((hidden.tx + 1) * T); // behind the hidden door
    }
    const patrol = level.actors.filter((a) => a.behavior === 'patrol');
    expect(patrol.length).toBeGreaterThanOrEqual(1);
    for (const a of patrol) expect(a.path.length).toBeGreaterThanOrEqual(2);
  });

  it('has the bartender behind the counter, Buscemi at it, both civilians outside every group', () => {
    const bartender = actor('bartender');
    const buscemi = actor('buscemi');
    expect(ARCHETYPES[bartender.archetype].team).toBe('civilian');
    expect(ARCHETYPES[buscemi.archetype].team).toBe('civilian');
    expect(bartender.group).toBe('');
    expect(buscemi.group).toBe('');
    // A cover cell (the counter) lies straight south of the bartender, between him and Buscemi's row.
    const bx = Math.floor(bartender.x / T);
    const rows = [] as number[];
    for (let ty = Math.floor(bartender.y / T) + 1; ty < Math.floor(buscemi.y / T); ty++) rows.push(cellAt(bx, ty));
    expect(rows).toContain(Cell.Cover);
  });

  it('keeps Tavo dormant until El steps into the street with the bar cleared (he follows El out, as in the film)', () => {
    const tavo = actor('tavo');
    expect(tavo).toMatchObject({ archetype: 'tavo', group: 'tavo', dormant: true });
    const spawner = level.triggers.find((t) => t.actions.some((a) => a.type === 'spawn' && a.group === 'tavo'))!;
    expect(spawner).toBeDefined();
    const front = level.doors.find((d) => d.name === 'front_door')!;
    expect(spawner.area.y).toBeGreaterThan((front.ty + 1) * T); // out in the street
    expect(tavo.y).toBeLessThan(spawner.area.y); // he appears behind El
    // Not before the first objective (clear the bar) is done: a first step south is no ambush.
    expect(level.objectives[0]).toMatchObject({ type: 'eliminate', group: 'bar' });
    expect(spawner.after).toBe(1);
    // With a warning shouted as he steps out.
    expect(spawner.actions.some((a) => a.type === 'caption' && /behind you/i.test(a.text))).toBe(true);
  });

  it('has the hidden back-room door, opened by the alarm', () => {
    const hidden = level.doors.filter((d) => d.hidden);
    expect(hidden.length).toBe(1);
    const alarm = level.triggers.find((t) => t.actions.some((a) => a.type === 'alarm'))!;
    expect(alarm.delay).toBeGreaterThanOrEqual(60);
    expect(alarm.actions).toContainEqual({ type: 'openDoor', door: hidden[0]!.name });
  });

  it('scripts the opening: captions on the way in, a search at the counter, then the alarm', () => {
    const byName = (n: string) => level.triggers.find((t) => t.name === n)!;
    const entrance = byName('entrance');
    expect(entrance.actions.length).toBeGreaterThanOrEqual(2);
    expect(entrance.actions.every((a) => a.type === 'caption')).toBe(true);
    expect(entrance.actions[0]).toMatchObject({ type: 'caption', speaker: 'Buscemi' });
    const search = byName('search');
    const searchAlarm = byName('search_alarm');
    expect(search.actions.some((a) => a.type === 'caption')).toBe(true);
    expect(searchAlarm.area).toEqual(search.area);
    expect(searchAlarm.actions.some((a) => a.type === 'alarm')).toBe(true);
    for (const t of level.triggers) {
      for (const a of t.actions) {
        if (a.type !== 'caption') continue;
        expect(a.speaker.length).toBeGreaterThan(0);
        expect(a.text.length).toBeLessThanOrEqual(100); // short lines only
      }
    }
  });

  it('has the objectives in order: clear the bar, then Tavo', () => {
    expect(level.objectives).toEqual([
      { type: 'eliminate', group: 'bar', text: 'Clear out El Tarasco' },
      { type: 'defeat', target: 'tavo', text: 'Deal with Tavo' },
    ]);
  });

  it('puts every actor on a floor cell that is not a door', () => {
    for (const a of level.actors) {
      expect(cellOfPoint(a.x, a.y), a.name).toBe(Cell.Floor);
      const onDoor = level.doors.some((d) => d.tx === Math.floor(a.x / T) && d.ty === Math.floor(a.y / T));
      expect(onDoor, a.name).toBe(false);
      for (const p of a.path) expect(cellOfPoint(p.x, p.y), `${a.name} path`).toBe(Cell.Floor);
    }
  });

  it('puts every door on floor between two walls', () => {
    expect(level.doors.length).toBeGreaterThanOrEqual(3);
    for (const d of level.doors) {
      expect(cellAt(d.tx, d.ty), d.name).toBe(Cell.Floor);
      const [ax, ay, bx, by] = d.vertical ? [0, -1, 0, 1] : [-1, 0, 1, 0];
      expect(cellAt(d.tx + ax, d.ty + ay), d.name).toBe(Cell.Wall);
      expect(cellAt(d.tx + bx, d.ty + by), d.name).toBe(Cell.Wall);
      // The passage through it is open on both sides.
      expect(cellAt(d.tx + ay, d.ty + ax), d.name).toBe(Cell.Floor);
      expect(cellAt(d.tx - ay, d.ty - ax), d.name).toBe(Cell.Floor);
    }
  });

  it('gives the back bar and windows glass, the video monitor metal cover', () => {
    const ts = tilesetJson();
    const artOf = new Map<number, string>();
    for (const t of ts.tiles as { id: number; properties: { name: string; value: string }[] }[]) {
      artOf.set(t.id + 1, t.properties.find((p) => p.name === 'art')!.value);
    }
    const walls = level.layers.find((l) => l.name === 'walls')!.gids;
    const cover = level.layers.find((l) => l.name === 'cover')!.gids;
    const find = (gids: Uint16Array, art: string) => gids.findIndex((g) => artOf.get(g) === art);
    const bottles = find(walls, 'backbar_bottles');
    expect(bottles).toBeGreaterThanOrEqual(0);
    expect(level.cells[bottles]).toBe(Cell.Wall);
    expect(level.materials[bottles]).toBe(Material.Glass);
    const monitor = find(cover, 'video_monitor');
    expect(level.cells[monitor]).toBe(Cell.Cover);
    expect(level.materials[monitor]).toBe(Material.Metal);
    for (const art of ['bar_counter', 'table', 'crate', 'stool', 'window', 'wall_adobe']) {
      expect(find(walls, art) >= 0 || find(cover, art) >= 0, art).toBe(true);
    }
  });
});
