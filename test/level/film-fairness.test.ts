// Fairness in the film levels' set pieces, checked on the maps themselves: a way out of the burning
// bookstore that fire cannot take, a case throw no route across the first gap skips, Buscemi's death
// in the same view as Navajas, and Bucho spared where El has him in the clear.
import { describe, expect, it } from 'vitest';
import { loadLevel } from '../../src/headless/level-files';
import { Cell, Material, type LevelData, type Rect, type TriggerAction } from '../../src/sim';

const T = 16;
const cellOf = (level: LevelData, x: number, y: number) => Math.floor(y / T) * level.width + Math.floor(x / T);
const insideRect = (r: Rect, x: number, y: number) => x >= r.x && y >= r.y && x < r.x + r.w && y < r.y + r.h;

describe('the rooftops', () => {
  const level = loadLevel('rooftops');
  const { width } = level;

  it('a route that never burns leads from the bedroom door to the stairs up (the fire closes it only at the hatch)', () => {
    const door = level.doors.find((d) => d.name === 'bedroom_door')!;
    const hatch = level.doors.find((d) => d.name === 'roof_hatch')!;
    const fireproof = (i: number) => level.cells[i] === Cell.Floor && level.materials[i] !== Material.Wood;
    const start = door.ty * width + door.tx - 1;
    expect(fireproof(start)).toBe(true);
    const seen = new Set([start]);
    const queue = [start];
    let nearest = Infinity;
    while (queue.length > 0) {
      const i = queue.pop()!;
      const x = i % width;
      const y = (i - x) / width;
      nearest = Math.min(nearest, Math.max(Math.abs(x - hatch.tx), Math.abs(y - hatch.ty)));
      for (const n of [i - 1, i + 1, i - width, i + width]) {
        if (!seen.has(n) && fireproof(n)) {
          seen.add(n);
          queue.push(n);
        }
      }
    }
    expect(nearest).toBeLessThanOrEqual(3);
  });

  it('the case is thrown from every floor cell at the first gap\'s edge, and lands across it', () => {
    const trig = level.triggers.find((t) => t.actions.some((a) => a.type === 'throwCase'))!;
    const landing = trig.actions.find((a): a is Extract<TriggerAction, { type: 'throwCase' }> => a.type === 'throwCase')!;
    // Walk east from the trigger along the landing's row: void (the gap), then the landing's roof.
    const row = Math.floor(landing.y / T);
    const edge = Math.floor((trig.area.x + trig.area.w) / T) - 1;
    expect(level.cells[row * width + edge + 1]).toBe(Cell.Void);
    expect(level.cells[cellOf(level, landing.x, landing.y)]).toBe(Cell.Floor);
    expect(Math.floor(landing.x / T)).toBeGreaterThan(edge + 1);
    // Every floor cell of the roof's edge column lies in the trigger: no way to the gap skips it.
    let y = row;
    while (y > 0 && level.cells[(y - 1) * width + edge] === Cell.Floor) y--;
    for (; level.cells[y * width + edge] === Cell.Floor; y++) expect(insideRect(trig.area, (edge + 0.5) * T, (y + 0.5) * T), `row ${y}`).toBe(true);
  });

  it('Bucho is spared, arrives by trigger while El is on the third roof, and is alone by his car', () => {
    const bucho = level.actors.find((a) => a.name === 'bucho')!;
    expect(bucho.spare).toMatch(/^Not like this\./);
    expect(bucho.dormant).toBe(true);
    expect(level.actors.filter((a) => a.group === bucho.group)).toEqual([bucho]);
    const arrives = level.triggers.find((t) => t.actions.some((a) => a.type === 'spawn' && a.group === bucho.group))!;
    expect(arrives.actions.some((a) => a.type === 'caption' && a.speaker === 'El')).toBe(true);
  });
});

describe('the church', () => {
  it('Navajas steps out within a screen of Buscemi, whom his knife kills next', () => {
    const level = loadLevel('church');
    const navajas = level.actors.find((a) => a.name === 'navajas')!;
    const buscemi = level.actors.find((a) => a.name === 'buscemi')!;
    expect(Math.abs(navajas.x - buscemi.x)).toBeLessThanOrEqual(213);
    expect(Math.abs(navajas.y - buscemi.y)).toBeLessThanOrEqual(120);
    const limo = level.triggers.find((t) => t.name === 'limo_arrives')!;
    expect(limo.after).toBe(1);
    expect(level.objectives[0]).toMatchObject({ type: 'defeat', target: 'navajas' });
  });
});
