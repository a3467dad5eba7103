// Connected regions of walkable cells (4-way steps): a walk joins two cells exactly when they lie
// in the same region, so a grid field can answer "no way there" at once instead of searching the
// whole grid to find nothing (a gunman on a roof across the street, a man behind a hidden door).
export class Regions {
  /** Region of each cell, from 1; 0 where the cell is not walkable. */
  readonly label: Int32Array;
  private readonly stack: Int32Array;
  /** The highest label given so far (a new region takes the next). */
  private highest = 0;

  constructor(cells: number) {
    this.label = new Int32Array(cells);
    this.stack = new Int32Array(cells);
  }

  /** Labels the walkable cells (`open` 1) of a grid `width` cells wide. */
  build(open: Uint8Array, width: number): void {
    const { label } = this;
    const n = label.length;
    label.fill(0);
    let next = 1;
    for (let start = 0; start < n; start++) {
      if (open[start] === 0 || label[start] !== 0) continue;
      // Every walkable cell joined to it, all unlabelled (0) so far, gets the next number.
      this.relabel(start, 0, next++, open, width);
    }
    this.highest = next - 1;
  }

  /**
   * Takes in a cell that has just become walkable (`open` already 1 there), as build() would
   * label the grid afresh up to the numbers: it joins its walkable neighbours' regions into one,
   * or starts a region of its own. Only the partition matters to callers, never which number a
   * region has. A cell that stops being walkable may split a region: build() again for that.
   */
  opened(cell: number, open: Uint8Array, width: number): void {
    const { label } = this;
    const n = label.length;
    const x = cell % width;
    let into = 0;
    for (let k = 0; k < 4; k++) {
      const j = k === 0 ? cell - width : k === 1 ? cell + width : k === 2 ? (x > 0 ? cell - 1 : -1) : x < width - 1 ? cell + 1 : -1;
      // A neighbour opened in the same change but not taken in yet has no label: its turn joins it.
      if (j < 0 || j >= n || open[j] === 0 || label[j] === 0) continue;
      if (into === 0) into = label[j]!;
      else if (label[j] !== into) this.relabel(j, label[j]!, into, open, width);
    }
    label[cell] = into === 0 ? ++this.highest : into;
  }

  /** Gives the region `from` (holding `start`; 0: the unlabelled cells joined to it) the label `to`, by a flood from `start`. */
  private relabel(start: number, from: number, to: number, open: Uint8Array, width: number): void {
    const { label, stack } = this;
    const n = label.length;
    label[start] = to;
    let top = 0;
    stack[top++] = start;
    while (top > 0) {
      const i = stack[--top]!;
      const x = i % width;
      for (let k = 0; k < 4; k++) {
        const j = k === 0 ? i - width : k === 1 ? i + width : k === 2 ? (x > 0 ? i - 1 : -1) : x < width - 1 ? i + 1 : -1;
        if (j < 0 || j >= n || open[j] === 0 || label[j] !== from) continue;
        label[j] = to;
        stack[top++] = j;
      }
    }
  }

  /** Takes the labels of another grid's regions (of the same size). */
  copyFrom(other: Regions): void {
    this.label.set(other.label);
    this.highest = other.highest;
  }

  /**
   * The regions a search spreading from `goal` enters (its own, or those of its walkable
   * neighbours when it is not walkable itself), written to `out` (room for 4); returns how many.
   */
  around(goal: number, width: number, out: Int32Array): number {
    const { label } = this;
    const n = label.length;
    if (goal < 0 || goal >= n) return 0;
    if (label[goal] !== 0) {
      out[0] = label[goal]!;
      return 1;
    }
    let count = 0;
    const x = goal % width;
    for (let k = 0; k < 4; k++) {
      const j = k === 0 ? goal - width : k === 1 ? goal + width : k === 2 ? (x > 0 ? goal - 1 : -1) : x < width - 1 ? goal + 1 : -1;
      if (j < 0 || j >= n || label[j] === 0) continue;
      out[count++] = label[j]!;
    }
    return count;
  }
}

/** The regions a field's goal reaches, for telling at once whether a cell can be reached at all. */
export class GoalRegions {
  private readonly ids = new Int32Array(4);
  private count = 0;
  private goal = -1;

  constructor(private readonly regions: Regions, private readonly width: number) {}

  /** Notes the regions around a new goal (after the regions were built for the cells searched). */
  set(goal: number): void {
    this.goal = goal;
    this.count = this.regions.around(goal, this.width, this.ids);
  }

  /** Whether a search from the goal can reach the cell: the goal itself, or a cell in its regions. */
  joins(cell: number): boolean {
    if (cell === this.goal) return true;
    const l = this.regions.label[cell]!;
    if (l === 0) return false;
    for (let k = 0; k < this.count; k++) if (this.ids[k] === l) return true;
    return false;
  }
}
