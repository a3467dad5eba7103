// Character grids: sprites as arrays of palette (or role) characters, composed in layers before
// they become pixels. '.' is transparent. Pure code, deterministic.
import { parseSprite, type PixelImage } from '../../pixel-sprite';

export type Grid = string[][];

export function blankGrid(w: number, h: number): Grid {
  return Array.from({ length: h }, () => Array.from({ length: w }, () => '.'));
}

/** A grid from text rows; rows may be ragged (shorter rows are padded with '.'). */
export function gridOf(rows: readonly string[]): Grid {
  const w = Math.max(0, ...rows.map((r) => r.length));
  return rows.map((r) => Array.from(r.padEnd(w, '.').replaceAll(' ', '.')));
}

export function cloneGrid(g: Grid): Grid {
  return g.map((row) => [...row]);
}

export function gridW(g: Grid): number {
  return g[0]?.length ?? 0;
}

/** Draws src over dst at (dx, dy); '.' in src is transparent, ' ' too. */
export function stamp(dst: Grid, src: Grid, dx: number, dy: number): Grid {
  src.forEach((row, y) => {
    const ty = y + dy;
    if (ty < 0 || ty >= dst.length) return;
    row.forEach((ch, x) => {
      const tx = x + dx;
      if (ch === '.' || ch === ' ' || tx < 0 || tx >= dst[ty]!.length) return;
      dst[ty]![tx] = ch;
    });
  });
  return dst;
}

/** Copies src over dst at (dx, dy) including its transparent cells (replaces a region). */
export function paste(dst: Grid, src: Grid, dx: number, dy: number): Grid {
  src.forEach((row, y) => {
    row.forEach((ch, x) => {
      const r = dst[y + dy];
      if (r && x + dx >= 0 && x + dx < r.length) r[x + dx] = ch;
    });
  });
  return dst;
}

/** Replaces characters by a map (roles to palette, or palette swaps). */
export function recolor(g: Grid, map: Readonly<Record<string, string>>): Grid {
  return g.map((row) => row.map((ch) => map[ch] ?? ch));
}

/**
 * Adds a 1 px outline of `ink` around every opaque cell (4-neighbours, or 8 with `diagonal`).
 * Soft shadow 'z' cells neither get nor block an outline.
 */
export function outline(g: Grid, ink = 'k', diagonal = false): Grid {
  const h = g.length;
  const w = gridW(g);
  const out = cloneGrid(g);
  const solid = (x: number, y: number): boolean => {
    const ch = g[y]?.[x];
    return ch !== undefined && ch !== '.' && ch !== 'z';
  };
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      if (solid(x, y)) continue;
      let near = solid(x - 1, y) || solid(x + 1, y) || solid(x, y - 1) || solid(x, y + 1);
      if (!near && diagonal) near = solid(x - 1, y - 1) || solid(x + 1, y - 1) || solid(x - 1, y + 1) || solid(x + 1, y + 1);
      if (near) out[y]![x] = ink;
    }
  }
  return out;
}

/** A grid of size (w, h) with src outlined and stamped at (dx, dy): a layer ready to compose. */
export function layer(w: number, h: number, src: Grid, dx: number, dy: number, ink: string | null = 'k'): Grid {
  const g = stamp(blankGrid(w, h), src, dx, dy);
  return ink === null ? g : outline(g, ink);
}

export function flipV(g: Grid): Grid {
  return [...g].reverse().map((row) => [...row]);
}

export function flipH(g: Grid): Grid {
  return g.map((row) => [...row].reverse());
}

export function toRows(g: Grid): string[] {
  return g.map((row) => row.join(''));
}

export function toImage(name: string, g: Grid): PixelImage {
  return parseSprite(name, toRows(g));
}
