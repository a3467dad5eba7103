import { describe, expect, it } from 'vitest';
import { breakAround, breakCell } from '../../src/sim/breakables';
import { fireBullet } from '../../src/sim/combat';
import { Cell } from '../../src/sim/level-data';
import { newTraceHit, traceSegment, TraceMode, clearSight } from '../../src/sim/trace';
import { createWorld, playerOf, type World } from '../../src/sim/world';
import { asciiLevel } from './ascii-level';
import { collect, input, run } from './helpers';
import { TILESET_FILE, barJson, expectLevelError, parseBar, tilesetJson } from '../level/helpers';

function world(rows: string[]): World {
  const w = createWorld(asciiLevel(rows), 1);
  for (const a of w.actors) a.ai = null;
  return w;
}

const at = (w: World, tx: number, ty: number) => ty * w.level.width + tx;

describe('breakable glass', () => {
  it('a bullet breaks a window pane: it stops there, the cell becomes void, the next bullet and eyes pass', () => {
    const w = world([
      '##########',
      '#@...=...#',
      '##########',
    ]);
    const el = playerOf(w);
    const farX = 8.5 * 16;
    expect(clearSight(w, el.x, el.y, farX, el.y, newTraceHit())).toBe(false);
    fireBullet(w, el, 'pistol', el.x, el.y, 0, 0, 0);
    const shatters = collect(w, 20, 'shatter');
    expect(shatters).toEqual([{ type: 'shatter', tx: 5, ty: 1, x: 5.5 * 16, y: 1.5 * 16, cell: Cell.Void, by: el.id }]);
    expect(w.cells[at(w, 5, 1)]).toBe(Cell.Void);
    expect(w.broken[at(w, 5, 1)]).toBe(1);
    expect(clearSight(w, el.x, el.y, farX, el.y, newTraceHit())).toBe(true);
    // The second bullet flies through the empty frame to the far wall, breaking nothing more.
    fireBullet(w, el, 'pistol', el.x, el.y, 0, 0, 0);
    const impacts = collect(w, 20, 'impact');
    expect(impacts).toHaveLength(1);
    expect(impacts[0]!.x).toBeCloseTo(9 * 16, 6);
    expect(w.events.some((e) => e.type === 'shatter')).toBe(false);
  });

  it('nobody walks through a broken window', () => {
    const w = world(['##########', '#@...=...#', '##########']);
    breakCell(w, 5, 1, 0);
    run(w, 90, input({ moveX: 127 }));
    expect(playerOf(w).x).toBeLessThanOrEqual(5 * 16 - 6 + 1e-6);
  });

  it('bottles lose their glass once and stay a wall', () => {
    const w = world(['##########', '#@...%...#', '##########']);
    const el = playerOf(w);
    fireBullet(w, el, 'pistol', el.x, el.y, 0, 0, 0);
    expect(collect(w, 20, 'shatter').map((s) => s.cell)).toEqual([Cell.Wall]);
    expect(w.cells[at(w, 5, 1)]).toBe(Cell.Wall);
    fireBullet(w, el, 'pistol', el.x, el.y, 0, 0, 0);
    expect(collect(w, 20, 'shatter')).toEqual([]);
    expect(breakCell(w, 5, 1, 0)).toBe(false);
    const hit = traceSegment(w, el.x, el.y, 8 * 16, el.y, TraceMode.Bullet, el.x, el.y, newTraceHit());
    expect(hit.cell).toBe(Cell.Wall);
  });

  it('plain walls and cells off the map never break; an explosion breaks the glass around it', () => {
    const w = world(['##########', '#@..=%=..#', '##########']);
    expect(breakCell(w, 0, 0, 0)).toBe(false);
    expect(breakCell(w, -1, 40, 0)).toBe(false);
    expect(breakAround(w, 5.5 * 16, 1.5 * 16, 20, 0)).toBe(3);
    expect([4, 5, 6].map((tx) => w.cells[at(w, tx, 1)])).toEqual([Cell.Void, Cell.Wall, Cell.Void]);
  });
});

describe('the tileset\'s breakable and knockable properties', () => {
  it('the bar reads its windows, bottles and neon as breakable and its tables as knockable', () => {
    const level = parseBar();
    let panes = 0;
    let fixtures = 0;
    for (let i = 0; i < level.breakable.length; i++) {
      if (level.breakable[i] === Cell.Void + 1) panes++;
      else if (level.breakable[i] === Cell.Wall + 1) fixtures++;
      else expect(level.breakable[i]).toBe(0);
    }
    // 8 window + 4 window_white panes; 19 backbar_bottles + 1 neon_sign.
    expect([panes, fixtures]).toEqual([12, 20]);
    expect(level.tables).toHaveLength(24);
    for (const t of level.tables) {
      expect(level.cells[t.ty * level.width + t.tx]).toBe(Cell.Cover);
      expect(['table', 'table_round']).toContain(t.art);
    }
  });

  it('a tile that says nothing is neither breakable nor knockable', () => {
    const ts = tilesetJson();
    for (const t of ts.tiles) t.properties = t.properties.filter((p: { name: string }) => !['breakable', 'brokenCollision', 'knockable'].includes(p.name));
    const level = parseBar(barJson(), ts);
    expect(level.breakable.every((b) => b === 0)).toBe(true);
    expect(level.tables).toEqual([]);
  });

  it('malformed values name the tileset field', () => {
    // Tile 20 is the window; the tiles array skips unused ids, so its index differs.
    const ts = tilesetJson();
    const index = ts.tiles.findIndex((t: { id: number }) => t.id === 20);
    const field = (name: string) => `tiles[${index}] (tile 20).properties.${name}`;
    const prop = (json: ReturnType<typeof tilesetJson>, name: string) =>
      json.tiles[index].properties.find((p: { name: string }) => p.name === name);
    prop(ts, 'breakable').value = 'yes';
    expectLevelError(() => parseBar(barJson(), ts), TILESET_FILE, field('breakable'), /expected true or false/, /got "yes"/);
    const ts2 = tilesetJson();
    prop(ts2, 'brokenCollision').value = 'glass';
    expectLevelError(() => parseBar(barJson(), ts2), TILESET_FILE, field('brokenCollision'), /one of floor, wall, cover, void, got "glass"$/);
    const ts3 = tilesetJson();
    prop(ts3, 'breakable').value = false;
    expectLevelError(() => parseBar(barJson(), ts3), TILESET_FILE, field('brokenCollision'), /set breakable to true/);
    const ts4 = tilesetJson();
    ts4.tiles[index].properties.push({ name: 'knockable', type: 'bool', value: true });
    expectLevelError(() => parseBar(barJson(), ts4), TILESET_FILE, field('knockable'), /collision "cover"/);
  });
});
