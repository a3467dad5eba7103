// The bar's real tables and windows work as props: a table kicks over, a window breaks, and a
// bot's run through the bar with all of it in the world stays deterministic.
import { describe, expect, it } from 'vitest';
import { loadLevel } from '../../src/headless/level-files';
import { Button, Cell, createWorld, fireBullet, playerOf, stateHash, step, type World } from '../../src/sim';

const level = loadLevel('bar');
const T = level.tileSize;
const cell = (w: World, tx: number, ty: number) => w.cells[ty * level.width + tx];
const NONE = { moveX: 0, moveY: 0, aim: 0, buttons: 0 };

/** A fresh bar world without minds, so nothing moves but what the test does. */
function bar(): World {
  const w = createWorld(level, 1);
  for (const a of w.actors) a.ai = null;
  return w;
}

describe('the bar\'s props', () => {
  it('every table can be kicked over from a floor cell beside it', () => {
    let kicked = 0;
    for (let i = 0; i < level.tables.length; i++) {
      const t = level.tables[i]!;
      // Stand on the west/east/north/south neighbour whose opposite side is open floor.
      const sides = [[-1, 0], [1, 0], [0, -1], [0, 1]] as const;
      const side = sides.find(([dx, dy]) => level.cells[(t.ty + dy) * level.width + t.tx + dx] === Cell.Floor);
      if (!side) continue;
      const w = bar();
      const el = playerOf(w);
      el.x = (t.tx + side[0] + 0.5) * T;
      el.y = (t.ty + side[1] + 0.5) * T;
      step(w, { ...NONE, buttons: Button.Use });
      if (w.tables[i]!.tipped) kicked++;
    }
    expect(kicked).toBe(level.tables.length);
  });

  it('a window breaks into void and a shelf of bottles stays a wall', () => {
    const w = bar();
    const el = playerOf(w);
    const panes: number[] = [];
    const shelves: number[] = [];
    for (let i = 0; i < level.breakable.length; i++) {
      if (level.breakable[i] === Cell.Void + 1) panes.push(i);
      else if (level.breakable[i] === Cell.Wall + 1) shelves.push(i);
    }
    for (const [i, becomes] of [[panes[0]!, Cell.Void], [shelves[0]!, Cell.Wall]] as const) {
      const tx = i % level.width;
      const ty = Math.floor(i / level.width);
      // Fire at the cell from a point just beside it, from whichever side is open.
      const open = [[0, 1], [0, -1], [1, 0], [-1, 0]].find(([dx, dy]) => cell(w, tx + dx!, ty + dy!) !== Cell.Wall)!;
      const x = (tx + 0.5 + open[0]! * 0.9) * T;
      const y = (ty + 0.5 + open[1]! * 0.9) * T;
      const angle = open[0] === 1 ? 2048 : open[0] === -1 ? 0 : open[1] === 1 ? 3072 : 1024;
      // El stands there: a muzzle is only trusted on a clear line from its shooter.
      el.x = x;
      el.y = y;
      fireBullet(w, el, 'pistol', x, y, angle, 0, 0);
      let shattered = false;
      for (let k = 0; k < 5; k++) {
        step(w, NONE);
        shattered ||= w.events.some((e) => e.type === 'shatter' && e.tx === tx && e.ty === ty);
      }
      expect(shattered).toBe(true);
      expect(cell(w, tx, ty)).toBe(becomes);
    }
  });

  it('plays through with the AI, kicks and focus the same way twice', () => {
    const play = (): string => {
      const w = createWorld(level, 9);
      for (let i = 0; i < 900; i++) {
        step(w, { moveX: i % 240 < 120 ? 90 : -40, moveY: i % 90 < 45 ? 60 : -60, aim: (i * 37) % 4096, buttons: (i % 4 === 0 ? Button.Fire : 0) | (i % 30 === 0 ? Button.Use : 0) | (i === 100 || i === 400 ? Button.Focus : 0) });
      }
      return stateHash(w);
    };
    expect(play()).toBe(play());
  });
});
