// Where things may stand: pixel/cell conversions and placement checks against the collision grid.
import { Cell } from '../sim';
import { LevelError } from './level-error';
import type { MapObject } from './map-objects';
import { TILE_SIZE } from './tiled-schema';

const CELL_NAMES = ['floor', 'wall', 'cover', 'void', 'closed door'];

export function cellName(c: number): string {
  return CELL_NAMES[c] ?? `cell ${c}`;
}

export class MapGeometry {
  /** Door cells (index ty*width+tx), filled in once doors are read. */
  readonly doorCells = new Set<number>();

  constructor(
    readonly file: string,
    readonly width: number,
    readonly height: number,
    readonly cells: Uint8Array,
  ) {}

  get pixelWidth(): number {
    return this.width * TILE_SIZE;
  }

  get pixelHeight(): number {
    return this.height * TILE_SIZE;
  }

  /** Cell at tile coordinates; outside the map is reported as null. */
  cellAt(tx: number, ty: number): Cell | null {
    if (tx < 0 || ty < 0 || tx >= this.width || ty >= this.height) return null;
    return this.cells[ty * this.width + tx] as Cell;
  }

  insidePx(x: number, y: number): boolean {
    return x >= 0 && y >= 0 && x < this.pixelWidth && y < this.pixelHeight;
  }

  /**
   * Requires a world-pixel point on a walkable cell: inside the map, on Floor,
   * and (unless doorsOk, as for patrol waypoints) not on a door, which starts closed.
   */
  requireWalkable(field: string, x: number, y: number, what: string, doorsOk = false): void {
    if (!this.insidePx(x, y)) {
      throw new LevelError(this.file, field, `${what} inside the map (0 <= x < ${this.pixelWidth}, 0 <= y < ${this.pixelHeight} px)`, `(${x}, ${y})`);
    }
    const tx = Math.floor(x / TILE_SIZE);
    const ty = Math.floor(y / TILE_SIZE);
    const c = this.cellAt(tx, ty)!;
    if (c !== Cell.Floor) {
      throw new LevelError(this.file, field, `${what} on a floor cell`, `a ${cellName(c)} cell at tile (${tx}, ${ty})`);
    }
    if (!doorsOk && this.doorCells.has(ty * this.width + tx)) {
      throw new LevelError(this.file, field, `${what} on a floor cell that is not a door`, `the door cell at tile (${tx}, ${ty})`);
    }
  }

  /** Requires a rectangle area fully inside the map; returns it as a Rect. */
  requireAreaInside(o: MapObject): { x: number; y: number; w: number; h: number } {
    const { x, y, width: w, height: h } = o.obj;
    if (x < 0 || y < 0 || x + w > this.pixelWidth || y + h > this.pixelHeight) {
      throw new LevelError(this.file, o.label, `an area inside the map (0..${this.pixelWidth} x 0..${this.pixelHeight} px)`, `x ${x}, y ${y}, ${w}x${h}`);
    }
    return { x, y, w, h };
  }
}
