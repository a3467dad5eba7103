// The cells El may walk (floor, and doors he may open: not hidden ones) and their connected
// regions, kept up to date with the world's cells. One grid serves every cost field of a bot, so
// a door opening or a beam burning through is worked out once, not once per field.
import { Cell, type World } from '../../../sim';
import { Regions } from '../regions';
import { sameBytes } from '../same-bytes';

// Read once: a const enum imported across modules costs a property read per use when transpiled
// file by file, and the walkable mask is rebuilt for every cell.
const FLOOR: number = Cell.Floor;
const DOOR: number = Cell.DoorClosed;

export class WalkGrid {
  /** 1 where El may walk. */
  readonly open: Uint8Array;
  readonly regions: Regions;
  /** Bumped whenever `open` changes. */
  version = 0;
  /** The world's cells as the mask was last built from. */
  private readonly cellsSeen: Uint8Array;
  private readonly doorCells: Uint8Array;
  private doorsOf: World['level'] | null = null;

  constructor(private readonly width: number, height: number) {
    const n = width * height;
    this.open = new Uint8Array(n);
    this.regions = new Regions(n);
    this.cellsSeen = new Uint8Array(n);
    this.doorCells = new Uint8Array(n);
  }

  /**
   * Brings the mask (and the regions) up to date with the world's cells. The cells change rarely,
   * so they are compared four at a time with a copy of the last ones seen first.
   */
  update(world: World): void {
    const { width, doorCells, open } = this;
    const n = open.length;
    const cells = world.cells;
    if (this.doorsOf !== world.level) {
      doorCells.fill(0);
      for (const d of world.level.doors) if (!d.hidden) doorCells[d.ty * width + d.tx] = 1;
      this.doorsOf = world.level;
    } else if (cells.length === n && sameBytes(cells, this.cellsSeen)) return;
    this.cellsSeen.set(cells.subarray(0, n));
    let same = true;
    for (let i = 0; i < n; i++) {
      const c = cells[i];
      const o = c === FLOOR || (c === DOOR && doorCells[i] === 1) ? 1 : 0;
      if (o !== open[i]) {
        open[i] = o;
        same = false;
      }
    }
    if (same) return;
    this.regions.build(open, width);
    this.version++;
  }
}
