// A character grid for building sprites procedurally (tiles, effects, the title picture): the same
// palette characters as text sprites (palette.ts), but editable cell by cell before it becomes an image.
// Deterministic on purpose: noise comes from an integer hash of the coordinates, never Math.random,
// so the art is identical on every run, in Node and in the browser.
import { parseSprite, type PixelImage } from '../pixel-sprite';

export class Grid {
  readonly cells: string[];

  constructor(readonly w: number, readonly h: number, fill = '.') {
    this.cells = new Array<string>(w * h).fill(fill);
  }

  static from(rows: readonly string[]): Grid {
    const g = new Grid(rows[0]?.length ?? 0, rows.length);
    g.stamp(rows, 0, 0, true);
    return g;
  }

  inside(x: number, y: number): boolean {
    return x >= 0 && y >= 0 && x < this.w && y < this.h;
  }

  get(x: number, y: number): string {
    return this.inside(x, y) ? this.cells[y * this.w + x]! : '.';
  }

  set(x: number, y: number, ch: string): this {
    if (this.inside(x, y)) this.cells[y * this.w + x] = ch;
    return this;
  }

  rect(x: number, y: number, w: number, h: number, ch: string): this {
    for (let j = y; j < y + h; j++) for (let i = x; i < x + w; i++) this.set(i, j, ch);
    return this;
  }

  hline(x0: number, x1: number, y: number, ch: string): this {
    for (let i = x0; i <= x1; i++) this.set(i, y, ch);
    return this;
  }

  vline(x: number, y0: number, y1: number, ch: string): this {
    for (let j = y0; j <= y1; j++) this.set(x, j, ch);
    return this;
  }

  /** Filled ellipse centred on (cx, cy) with radii rx, ry (half-pixel centres allowed). */
  ellipse(cx: number, cy: number, rx: number, ry: number, ch: string): this {
    for (let y = Math.floor(cy - ry); y <= Math.ceil(cy + ry); y++) {
      for (let x = Math.floor(cx - rx); x <= Math.ceil(cx + rx); x++) {
        const dx = (x + 0.5 - cx) / rx;
        const dy = (y + 0.5 - cy) / ry;
        if (dx * dx + dy * dy <= 1) this.set(x, y, ch);
      }
    }
    return this;
  }

  /** Draws text rows at (x, y); '.' in the rows leaves the grid alone unless `opaque`. */
  stamp(rows: readonly string[], x: number, y: number, opaque = false): this {
    rows.forEach((row, j) => {
      for (let i = 0; i < row.length; i++) {
        const ch = row[i]!;
        if (ch !== '.' || opaque) this.set(x + i, y + j, ch);
      }
    });
    return this;
  }

  /** Draws another grid at (x, y); its transparent cells are skipped. */
  draw(src: Grid, x: number, y: number): this {
    for (let j = 0; j < src.h; j++) {
      for (let i = 0; i < src.w; i++) {
        const ch = src.get(i, j);
        if (ch !== '.') this.set(x + i, y + j, ch);
      }
    }
    return this;
  }

  /** Replaces colours everywhere (or where `where` says yes). */
  recolour(map: Readonly<Record<string, string>>, where?: (x: number, y: number) => boolean): this {
    for (let y = 0; y < this.h; y++) {
      for (let x = 0; x < this.w; x++) {
        const to = map[this.get(x, y)];
        if (to !== undefined && (!where || where(x, y))) this.set(x, y, to);
      }
    }
    return this;
  }

  /**
   * Soft drop shadow ('z') to the south-east: every transparent cell that the solid shape covers
   * when shifted by (1..dx, 1..dy) becomes shadow. Light comes from the top-left.
   */
  dropShadow(dx = 2, dy = 2): this {
    const solid = this.cells.map((c) => c !== '.' && c !== 'z');
    const at = (x: number, y: number): boolean => this.inside(x, y) && solid[y * this.w + x]!;
    for (let y = 0; y < this.h; y++) {
      for (let x = 0; x < this.w; x++) {
        if (this.get(x, y) !== '.') continue;
        let hit = false;
        for (let s = 1; s <= Math.max(dx, dy) && !hit; s++) {
          hit = at(x - Math.min(s, dx), y - Math.min(s, dy));
        }
        if (hit) this.set(x, y, 'z');
      }
    }
    return this;
  }

  /** Outlines the solid shape from outside with `ch` (4-neighbour), leaving shadow cells alone. */
  outline(ch = 'k'): this {
    const solid = this.cells.map((c) => c !== '.' && c !== 'z');
    const at = (x: number, y: number): boolean => this.inside(x, y) && solid[y * this.w + x]!;
    for (let y = 0; y < this.h; y++) {
      for (let x = 0; x < this.w; x++) {
        if (solid[y * this.w + x]) continue;
        if (at(x - 1, y) || at(x + 1, y) || at(x, y - 1) || at(x, y + 1)) this.set(x, y, ch);
      }
    }
    return this;
  }

  mirrorX(): Grid {
    const g = new Grid(this.w, this.h);
    for (let y = 0; y < this.h; y++) for (let x = 0; x < this.w; x++) g.set(this.w - 1 - x, y, this.get(x, y));
    return g;
  }

  mirrorY(): Grid {
    const g = new Grid(this.w, this.h);
    for (let y = 0; y < this.h; y++) for (let x = 0; x < this.w; x++) g.set(x, this.h - 1 - y, this.get(x, y));
    return g;
  }

  /** Quarter turn clockwise (east becomes south). */
  rotateCW(): Grid {
    const g = new Grid(this.h, this.w);
    for (let y = 0; y < this.h; y++) for (let x = 0; x < this.w; x++) g.set(this.h - 1 - y, x, this.get(x, y));
    return g;
  }

  rows(): string[] {
    const out: string[] = [];
    for (let y = 0; y < this.h; y++) out.push(this.cells.slice(y * this.w, (y + 1) * this.w).join(''));
    return out;
  }

  toImage(name: string): PixelImage {
    return parseSprite(name, this.rows());
  }
}

/** Integer hash of (x, y, seed) to [0, 1): fixed noise, the same on every run. */
export function hash01(x: number, y: number, seed = 0): number {
  let h = Math.imul(x | 0, 0x27d4eb2d) ^ Math.imul(y | 0, 0x165667b1) ^ Math.imul(seed | 0, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) / 4294967296;
}

/** Hash that repeats every `period` cells in x and y, for seamless tiles. */
export function tileHash(x: number, y: number, seed: number, period = 16): number {
  const m = (v: number): number => ((v % period) + period) % period;
  return hash01(m(x), m(y), seed);
}

/** 4x4 ordered-dither threshold in [0, 1): a smooth gradient drawn with two palette colours. */
const BAYER4 = [0, 8, 2, 10, 12, 4, 14, 6, 3, 11, 1, 9, 15, 7, 13, 5];
export function bayer(x: number, y: number): number {
  return (BAYER4[(y & 3) * 4 + (x & 3)]! + 0.5) / 16;
}

/** Picks from a ramp of colours (dark to light) at t in [0, 1], dithered at (x, y). */
export function ramp(colours: string, t: number, x: number, y: number): string {
  const n = colours.length - 1;
  const v = Math.min(Math.max(t, 0), 1) * n;
  const i = Math.floor(v);
  if (i >= n) return colours[n]!;
  return v - i > bayer(x, y) ? colours[i + 1]! : colours[i]!;
}

/**
 * Like ramp, but in solid bands with only a narrow dithered seam between neighbours (`soft` is the
 * seam's share of each band): cleaner than a full-width dither for big gradients like a sky.
 */
export function bands(colours: string, t: number, x: number, y: number, soft = 0.35): string {
  const n = colours.length - 1;
  const v = Math.min(Math.max(t, 0), 1) * n;
  const i = Math.floor(v);
  if (i >= n) return colours[n]!;
  const f = Math.min(Math.max((v - i - (1 - soft)) / soft, 0), 1);
  return f > bayer(x, y) ? colours[i + 1]! : colours[i]!;
}
