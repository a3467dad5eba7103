// Everything in the shipped levels can be walked to from the player's spawn.
import { describe, expect, it } from 'vitest';
import { loadLevel, loadLevelIndex } from '../../src/headless/level-files';
import { Cell, type LevelData } from '../../src/sim/level-data';
import { barJson, layerIndex, parseBar } from './helpers';

/** Cells reachable on foot from the player spawn: Floor cells (doors are Floor and count as open), 4-connected. */
function reachable(level: LevelData): Uint8Array {
  const { width, height, tileSize: T } = level;
  const seen = new Uint8Array(width * height);
  const doors = new Set(level.doors.map((d) => d.ty * width + d.tx));
  const walkable = (i: number) => level.cells[i] === Cell.Floor || doors.has(i);
  const start = Math.floor(level.player.y / T) * width + Math.floor(level.player.x / T);
  expect(walkable(start)).toBe(true);
  const queue = [start];
  seen[start] = 1;
  while (queue.length > 0) {
    const i = queue.pop()!;
    const x = i % width;
    const y = (i - x) / width;
    const next = [x > 0 ? i - 1 : -1, x < width - 1 ? i + 1 : -1, y > 0 ? i - width : -1, y < height - 1 ? i + width : -1];
    for (const n of next) {
      if (n >= 0 && !seen[n] && walkable(n)) {
        seen[n] = 1;
        queue.push(n);
      }
    }
  }
  return seen;
}

for (const entry of loadLevelIndex().levels) {
  describe(`levels/${entry.file} reachability`, () => {
    const level = loadLevel(entry.id);
    const seen = reachable(level);
    const T = level.tileSize;
    const at = (x: number, y: number) => Math.floor(y / T) * level.width + Math.floor(x / T);

    it('reaches every actor spawn (dormant ones too) and every patrol point', () => {
      for (const a of level.actors) {
        expect(seen[at(a.x, a.y)], `${a.name || a.archetype} at (${a.x}, ${a.y})`).toBe(1);
        for (const p of a.path) expect(seen[at(p.x, p.y)], `${a.name} path (${p.x}, ${p.y})`).toBe(1);
      }
    });

    it('reaches every exit and every trigger', () => {
      const touches = (r: { x: number; y: number; w: number; h: number }) => {
        for (let y = r.y; y < r.y + r.h; y += T) for (let x = r.x; x < r.x + r.w; x += T) if (seen[at(x, y)]) return true;
        return false;
      };
      for (const e of level.exits) expect(touches(e.area), e.name).toBe(true);
      for (const t of level.triggers) expect(touches(t.area), t.name).toBe(true);
    });

    it('reaches both sides of every door', () => {
      for (const d of level.doors) {
        const [dx, dy] = d.vertical ? [1, 0] : [0, 1];
        expect(seen[(d.ty - dy) * level.width + d.tx - dx], d.name).toBe(1);
        expect(seen[(d.ty + dy) * level.width + d.tx + dx], d.name).toBe(1);
      }
    });

    it('has no unreachable floor', () => {
      const stranded: string[] = [];
      level.cells.forEach((c, i) => {
        if (c === Cell.Floor && !seen[i]) stranded.push(`(${i % level.width}, ${Math.floor(i / level.width)})`);
      });
      expect(stranded).toEqual([]);
    });
  });
}

describe('the reachability check itself', () => {
  it('notices a room cut off by crates', () => {
    const json = barJson();
    const cover = json.layers[layerIndex(json, 'cover')].data as number[];
    const CRATE = 39; // gid of tile 38
    // Block the storeroom side of both its doors.
    for (const [x, y] of [[29, 15], [35, 11]] as const) cover[y * 40 + x] = CRATE;
    const level = parseBar(json);
    const seen = reachable(level);
    const guard = level.actors.find((a) => a.name === 'patron_storeroom')!;
    expect(seen[Math.floor(guard.y / 16) * 40 + Math.floor(guard.x / 16)]).toBe(0);
  });
});
