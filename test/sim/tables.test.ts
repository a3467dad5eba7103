import { describe, expect, it } from 'vitest';
import { fireBullet } from '../../src/sim/combat';
import { Button } from '../../src/sim/input';
import { Cell } from '../../src/sim/level-data';
import { KNOCKDOWN_TICKS } from '../../src/sim/knockdown';
import { step } from '../../src/sim/step';
import { TABLE_MOVE_TICKS, TABLE_SLIDE_CELLS, tipTablesAround } from '../../src/sim/tables';
import { createWorld, playerOf, type World } from '../../src/sim/world';
import { asciiLevel } from './ascii-level';
import { collect, input, run } from './helpers';

const USE = input({ buttons: Button.Use });
/** Ticks for a kicked table to finish its slide. */
const SETTLE = TABLE_SLIDE_CELLS * (TABLE_MOVE_TICKS + 1) + 2;

function world(rows: string[], mindless = true): World {
  const w = createWorld(asciiLevel(rows), 1);
  if (mindless) for (const a of w.actors) a.ai = null;
  return w;
}

const cellOf = (w: World, tx: number, ty: number) => w.cells[ty * w.level.width + tx];

describe('knockable tables', () => {
  it('Use beside a table tips it away from El; it slides two cells and ends as cover there', () => {
    const w = world([
      '##########',
      '#.@t.....#',
      '##########',
    ]);
    const kicks = collect(w, 1, 'tableKick', USE);
    expect(kicks).toEqual([{ type: 'tableKick', table: 0, dir: 0, by: playerOf(w).id, x: 3.5 * 16, y: 1.5 * 16 }]);
    run(w, SETTLE);
    const t = w.tables[0]!;
    expect(t).toMatchObject({ tipped: true, dir: 0, tx: 5, ty: 1, x: 5.5 * 16, y: 1.5 * 16, slideLeft: 0, moveLeft: 0 });
    expect(cellOf(w, 3, 1)).toBe(Cell.Floor);
    expect(cellOf(w, 5, 1)).toBe(Cell.Cover);
    // A tipped table cannot be kicked again.
    expect(collect(w, 2, 'tableKick', (i) => (i === 1 ? USE : input()))).toEqual([]);
  });

  it('tips toward the side El is not on (north here) and stops at a wall', () => {
    const w = world([
      '#####',
      '#...#',
      '#.t.#',
      '#.@.#',
      '#####',
    ]);
    run(w, 1, USE);
    run(w, SETTLE);
    expect(w.tables[0]).toMatchObject({ tipped: true, dir: 3, tx: 2, ty: 1 });
    expect(cellOf(w, 2, 1)).toBe(Cell.Cover);
    expect(cellOf(w, 2, 2)).toBe(Cell.Floor);
  });

  it('knocks down the man it runs into, for 1 damage, and stops before him', () => {
    const w = world([
      '##########',
      '#.@t.e...#',
      '##########',
    ], false);
    const man = w.actors[1]!;
    const hp = man.hp;
    const downs = collect(w, SETTLE, 'knockdown', (i) => (i === 0 ? USE : input()));
    expect(downs.map((d) => d.actor)).toEqual([man.id]);
    expect(man.hp).toBe(hp - 1);
    expect(man.stunLeft).toBeGreaterThan(KNOCKDOWN_TICKS - SETTLE);
    expect(w.tables[0]).toMatchObject({ tx: 4, ty: 1, slideLeft: 0 });
    // While stunned the AI does nothing: he stays put though El stands in plain sight.
    const x = man.x;
    const shots = collect(w, man.stunLeft - 1, 'shot');
    expect(shots).toEqual([]);
    expect(man.x).toBe(x);
    expect(man.stunLeft).toBe(1);
  });

  it('a tipped table stops a bullet fired right behind it from its far side; from El\'s side it still flies over', () => {
    const w = world([
      '############',
      '#.@t.......#',
      '#..........#',
      '#..........#',
      '############',
    ]);
    run(w, 1, USE);
    run(w, SETTLE);
    const t = w.tables[0]!;
    expect(t.tx).toBe(5);
    const el = playerOf(w);
    const tableX = (t.tx + 0.5) * 16;
    const y = (t.ty + 0.5) * 16;
    // Bullets fired from a point just beyond or before the table (El is only the bullets' owner).
    const impacts = (fromX: number, angle: number) => {
      fireBullet(w, el, 'pistol', fromX, y, angle, 0, 0);
      return collect(w, 20, 'impact');
    };
    // Far side, 12 px from the table's centre (within the usual cover grace): stopped at the table.
    const far = impacts(tableX + 12, 2048);
    expect(far).toHaveLength(1);
    expect(far[0]!.x).toBeCloseTo((t.tx + 1) * 16, 6);
    // Near side, the same distance, firing east: it flies over and hits the east wall.
    const near = impacts(tableX - 12, 0);
    expect(near).toHaveLength(1);
    expect(near[0]!.x).toBeCloseTo(11 * 16, 6);
    // A standing table lets a close shooter fire over it from either side (the old rule).
    const w2 = world(['############', '#@....t....#', '############']);
    const el2 = playerOf(w2);
    fireBullet(w2, el2, 'pistol', 6.5 * 16 + 12, 1.5 * 16, 2048, 0, 0);
    const over = collect(w2, 20, 'impact');
    expect(over[0]!.x).toBeCloseTo(16, 6);
  });

  it('slides at a third of the pace under focus', () => {
    const plain = world(['##########', '#.@t.....#', '##########']);
    const slow = world(['##########', '#.@t.....#', '##########']);
    slow.focus.meter = 600;
    run(plain, 1, USE);
    step(slow, input({ buttons: Button.Use | Button.Focus }));
    run(plain, 8);
    run(slow, 8);
    expect(plain.tables[0]!.x).toBeGreaterThan(slow.tables[0]!.x);
    run(slow, 3 * SETTLE);
    expect(slow.tables[0]).toMatchObject({ tx: 5, moveLeft: 0, slideLeft: 0 });
  });
});

describe('tables and blasts', () => {
  it('tipTablesAround tips the standing tables in reach away from the blast', () => {
    const w = world([
      '###########',
      '#@........#',
      '#...t.t...#',
      '#.........#',
      '#........t#',
      '###########',
    ]);
    // A blast between the two near tables (x = 5.5 cells, y = 2.5 cells), 30 px: the far one is safe.
    expect(tipTablesAround(w, 5.5 * 16, 2.5 * 16, 30, 0)).toBe(2);
    expect(w.tables.map((t) => [t.tipped, t.dir])).toEqual([[true, 2], [true, 0], [false, -1]]);
    expect(tipTablesAround(w, 5.5 * 16, 2.5 * 16, 30, 0)).toBe(0);
  });
});

describe('a table sliding at its kicker', () => {
  it('stops against El without knocking him down', () => {
    const w = world(['##########', '#..t.....#', '##########']);
    const el = playerOf(w);
    // El kicks from the west, then stands right in its path (as if he had run round it).
    el.x = 2.5 * 16;
    el.y = 1.5 * 16;
    run(w, 1, USE);
    // The kick's tick already moved it one cell (to 4); El waits in the second.
    expect(w.tables[0]!.tx).toBe(4);
    el.x = 5.5 * 16;
    run(w, SETTLE);
    expect(w.tables[0]).toMatchObject({ tipped: true, tx: 4, slideLeft: 0 });
    expect([el.hp, el.stunLeft]).toEqual([el.maxHp, 0]);
  });
});
