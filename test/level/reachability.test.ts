// Everything in the shipped levels can be walked to from the player's spawn, except floor a map marks
// as out of reach on purpose (a plain rectangle named "out_of_reach": the street below the roofs, the
// rooftop gunmen's nests), which must stay out of reach and within a clear shot.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LEVELS_DIR, loadLevel, loadLevelIndex, readJsonFile } from '../../src/headless/level-files';
import { Cell, COVER_GRACE, type LevelData } from '../../src/sim';
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

/** Cells inside the map's "out_of_reach" note rectangles (objects with no class). */
function outOfReach(file: string, level: LevelData): Uint8Array {
  const json = readJsonFile(path.join(LEVELS_DIR, file)) as { layers: { type: string; objects?: { name?: string; type?: string; x: number; y: number; width?: number; height?: number }[] }[] };
  const marked = new Uint8Array(level.width * level.height);
  const T = level.tileSize;
  for (const layer of json.layers) {
    for (const o of layer.objects ?? []) {
      if (o.name !== 'out_of_reach' || (o.type ?? '') !== '') continue;
      for (let ty = Math.floor(o.y / T); ty < Math.ceil((o.y + (o.height ?? 0)) / T); ty++) {
        for (let tx = Math.floor(o.x / T); tx < Math.ceil((o.x + (o.width ?? 0)) / T); tx++) marked[ty * level.width + tx] = 1;
      }
    }
  }
  return marked;
}

/**
 * Whether a bullet could fly from cell a to cell b (sampled every 4 px): floor and void pass, low cover
 * only close to the shooter (El firing over a parapet), anything else stops it.
 */
function clearShot(level: LevelData, a: number, b: number): boolean {
  const { width, tileSize: T } = level;
  const ax = ((a % width) + 0.5) * T;
  const ay = (Math.floor(a / width) + 0.5) * T;
  const bx = ((b % width) + 0.5) * T;
  const by = (Math.floor(b / width) + 0.5) * T;
  const steps = Math.ceil(Math.max(Math.abs(bx - ax), Math.abs(by - ay)) / 4);
  for (let i = 1; i < steps; i++) {
    const x = ax + ((bx - ax) * i) / steps;
    const y = ay + ((by - ay) * i) / steps;
    const c = level.cells[Math.floor(y / T) * width + Math.floor(x / T)];
    const nearShooter = (x - ax) * (x - ax) + (y - ay) * (y - ay) <= COVER_GRACE * COVER_GRACE;
    if (c !== Cell.Floor && c !== Cell.Void && !(c === Cell.Cover && nearShooter)) return false;
  }
  return true;
}

for (const entry of loadLevelIndex().levels) {
  describe(`levels/${entry.file} reachability`, () => {
    const level = loadLevel(entry.id);
    const seen = reachable(level);
    const away = outOfReach(entry.file, level);
    const T = level.tileSize;
    const at = (x: number, y: number) => Math.floor(y / T) * level.width + Math.floor(x / T);

    it('keeps out of reach what the map marks so, and every actor there can be shot from where El can stand', () => {
      const walkedIn: number[] = [];
      away.forEach((m, i) => {
        if (m && seen[i]) walkedIn.push(i);
      });
      expect(walkedIn).toEqual([]);
      const RANGE = 300; // px: within a henchman's sight and any gun's range
      for (const a of level.actors) {
        const cell = at(a.x, a.y);
        if (!away[cell]) continue;
        let shot = false;
        for (let i = 0; i < seen.length && !shot; i++) {
          if (!seen[i]) continue;
          const dx = ((i % level.width) + 0.5) * T - a.x;
          const dy = (Math.floor(i / level.width) + 0.5) * T - a.y;
          shot = dx * dx + dy * dy <= RANGE * RANGE && clearShot(level, i, cell);
        }
        expect(shot, `${a.name} at (${a.x}, ${a.y})`).toBe(true);
      }
    });

    it('reaches every actor spawn (dormant ones too) and every patrol point', () => {
      for (const a of level.actors) {
        if (away[at(a.x, a.y)]) continue;
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
        if (c === Cell.Floor && !seen[i] && !away[i]) stranded.push(`(${i % level.width}, ${Math.floor(i / level.width)})`);
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
