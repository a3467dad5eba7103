// Low cover: a henchman under fire runs to a spot behind a table, holds it firing over it, and
// El's bullets from across the room are stopped by the table.
import { describe, expect, it } from 'vitest';
import { AiMode } from '../../../src/sim/ai/ai-state';
import { coverProtects } from '../../../src/sim/ai/cover';
import { Cell } from '../../../src/sim/level-data';
import { aimFrom, enemy, makeRun, open, player, put, tick, wall } from './helpers';

const W = 26;

/** El at column 5, a henchman at column 19, a three-cell table (column 14) between them. */
function saloon(): string[] {
  const rows = [wall(W), open(W), open(W), open(W), open(W), open(W), open(W), open(W), wall(W)];
  for (let y = 3; y <= 5; y++) rows[y] = put(rows[y]!, { 14: 'T' });
  rows[4] = put(rows[4]!, { 5: '@', 19: 'e' });
  return rows;
}

describe('cover', () => {
  it('a henchman under fire takes cover behind the table, fires over it, and the table shields him', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const run = makeRun(saloon(), {}, seed);
      const e = enemy(run);
      const p = player(run);
      const w = run.world;
      // El fires bursts into the north wall: the henchman is under fire (he hears it).
      let held = -1;
      for (let t = 0; t < 600 && held < 0; t++) {
        tick(run, { moveX: 0, moveY: 0, aim: 3072, buttons: t % 40 < 20 ? 1 : 0 });
        if (e.ai!.mode === AiMode.Cover && e.ai!.coverLeft >= 0) held = w.tick;
      }
      expect(held, `seed ${seed}`).toBeGreaterThan(0);

      // He stands on floor right beside a table cell that lies between him and El.
      const tx = Math.floor(e.x / 16);
      const ty = Math.floor(e.y / 16);
      const cellAt = (x: number, y: number) => w.cells[y * w.level.width + x];
      expect(cellAt(tx, ty)).toBe(Cell.Floor);
      const beside = [[1, 0], [-1, 0], [0, 1], [0, -1]]
        .map(([dx, dy]) => [tx + dx!, ty + dy!] as const)
        .filter(([x, y]) => cellAt(x, y) === Cell.Cover);
      expect(beside.length).toBeGreaterThan(0);
      const dEl = Math.hypot(e.x - p.x, e.y - p.y);
      expect(beside.some(([x, y]) => Math.hypot(x * 16 + 8 - p.x, y * 16 + 8 - p.y) < dEl)).toBe(true);
      expect(coverProtects(w, e.x, e.y, p.x, p.y)).toBe(true);

      // Holding it, he keeps shooting over the table...
      const shotsBefore = run.log.filter(({ e: ev }) => ev.type === 'shot' && ev.actor === e.id).length;
      const hpBefore = e.hp;
      let inCoverTicks = 0;
      // ...while El empties his pistols at him from across the room: the table takes the rounds.
      for (let t = 0; t < 100; t++) {
        tick(run, { moveX: 0, moveY: 0, aim: aimFrom(p, e.x, e.y), buttons: t % 2 === 0 ? 1 : 0 });
        if (e.ai!.mode === AiMode.Cover) inCoverTicks++;
      }
      const shotsAfter = run.log.filter(({ e: ev }) => ev.type === 'shot' && ev.actor === e.id).length;
      expect(inCoverTicks).toBeGreaterThan(50);
      expect(shotsAfter).toBeGreaterThan(shotsBefore);
      expect(e.hp).toBe(hpBefore);
      expect(run.log.some(({ e: ev }) => ev.type === 'impact' && ev.material === 2 /* wood: the table */)).toBe(true);
    }
  });

  it('finds no cover where there is none: the henchman stays in the open and fights', () => {
    const rows = saloon().map((r) => r.replace(/T/g, '.'));
    const run = makeRun(rows, {}, 1);
    const e = enemy(run);
    for (let t = 0; t < 400; t++) {
      tick(run, { moveX: 0, moveY: 0, aim: 3072, buttons: t % 40 < 20 ? 1 : 0 });
      expect(e.ai!.mode).not.toBe(AiMode.Cover);
    }
    expect(run.log.some(({ e: ev }) => ev.type === 'shot' && ev.actor === e.id)).toBe(true);
  });
});
