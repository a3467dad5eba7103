// The bots' grid fields answer lazily (the search runs only as far as a question needs): the
// tactician's cost field (which also keeps its search when compute() is called again with nothing
// changed) and the other bots' flow field. Every answer must still be that of a full search over
// the same cells (and costs), whatever order the questions come in.
import { describe, expect, it } from 'vitest';
import { Cell, type World } from '../../src/sim/index';
import { CellCosts, CostField, MAX_EXTRA, STEP, UNREACHED } from '../../src/headless/bots/tactician/cost-field';
import { FlowField } from '../../src/headless/bots/flow-field';

const W = 23;
const H = 17;

/** A small deterministic stream (tests only: the grids just need to be varied). */
function stream(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

interface Grid {
  world: World;
  extra: Int32Array;
}

/** Floor with scattered walls, low cover and doors (one hidden), and random extra costs. */
function grid(seed: number): Grid {
  const rnd = stream(seed);
  const cells = new Uint8Array(W * H);
  const doors: { tx: number; ty: number; hidden: boolean }[] = [];
  for (let i = 0; i < cells.length; i++) {
    const r = rnd();
    if (r < 0.22) cells[i] = Cell.Wall;
    else if (r < 0.26) cells[i] = Cell.Cover;
    else if (r < 0.3) {
      cells[i] = Cell.DoorClosed;
      doors.push({ tx: i % W, ty: Math.floor(i / W), hidden: doors.length === 0 });
    } else cells[i] = Cell.Floor;
  }
  const extra = new Int32Array(W * H);
  for (let i = 0; i < extra.length; i++) extra[i] = rnd() < 0.15 ? Math.floor(rnd() * (MAX_EXTRA + 200)) : 0;
  const world = { cells, level: { width: W, height: H, doors } } as unknown as World;
  return { world, extra };
}

/** Plain Dijkstra over the whole grid, by repeated scans: slow and obviously right. */
function reference({ world, extra }: Grid, goal: number): Int32Array {
  const n = W * H;
  const hiddenDoor = new Set(world.level.doors.filter((d) => d.hidden).map((d) => d.ty * W + d.tx));
  const open = (i: number) => world.cells[i] === Cell.Floor || (world.cells[i] === Cell.DoorClosed && !hiddenDoor.has(i));
  const dist = new Int32Array(n).fill(UNREACHED);
  const done = new Uint8Array(n);
  dist[goal] = 0;
  for (;;) {
    let i = -1;
    for (let k = 0; k < n; k++) if (!done[k] && dist[k] !== UNREACHED && (i < 0 || dist[k]! < dist[i]!)) i = k;
    if (i < 0) return dist;
    done[i] = 1;
    const x = i % W;
    for (const j of [i - W, i + W, x > 0 ? i - 1 : -1, x < W - 1 ? i + 1 : -1]) {
      if (j < 0 || j >= n || !open(j)) continue;
      dist[j] = Math.min(dist[j]!, dist[i]! + STEP + Math.min(extra[j]!, MAX_EXTRA));
    }
  }
}

function costsOf(g: Grid): CellCosts {
  const c = new CellCosts(W * H);
  c.values.set(g.extra);
  return c;
}

function fieldFor(g: Grid, goal: number): CostField {
  const f = new CostField(W, H);
  f.compute(g.world, goal, costsOf(g));
  return f;
}

describe('the cost field', () => {
  it('gives a full search\'s distance for every cell, asked in any order', () => {
    for (let seed = 1; seed <= 12; seed++) {
      const g = grid(seed);
      const goal = (seed * 97) % (W * H);
      const want = reference(g, goal);
      const f = fieldFor(g, goal);
      const order = Array.from({ length: W * H }, (_, i) => i);
      const rnd = stream(seed + 1000);
      for (let i = order.length - 1; i > 0; i--) {
        const k = Math.floor(rnd() * (i + 1));
        [order[i], order[k]] = [order[k]!, order[i]!];
      }
      for (const c of order) expect(f.distTo(c), `seed ${seed}, cell ${c}`).toBe(want[c]);
    }
  });

  it('walks downhill the same way after one question as after the whole search', () => {
    for (let seed = 20; seed <= 30; seed++) {
      const g = grid(seed);
      const goal = (seed * 53) % (W * H);
      const settled = fieldFor(g, goal);
      settled.settleAll();
      for (let c = 0; c < W * H; c++) {
        // A fresh field per question: the search has run only as far as this one needs.
        expect(fieldFor(g, goal).downhill(c), `seed ${seed}, cell ${c}`).toBe(settled.downhill(c));
      }
    }
  });

  it('starts over when a door is walled up or a cost changes, and keeps its answers when nothing did', () => {
    const g = grid(7);
    const goal = 40;
    const costs = costsOf(g);
    const f = new CostField(W, H);
    f.compute(g.world, goal, costs);
    const door = g.world.level.doors.find((d) => !d.hidden)!;
    const doorCell = door.ty * W + door.tx;
    f.distTo(0);
    // A closed door (not hidden) is walkable for the bot; a wall where it stood is not.
    g.world.cells[doorCell] = Cell.Wall;
    f.compute(g.world, goal, costs);
    expect(f.distTo(doorCell)).toBe(UNREACHED);
    const walled = reference(g, goal);
    for (let c = 0; c < W * H; c++) expect(f.distTo(c)).toBe(walled[c]);
    g.extra[goal + 1] = 300;
    costs.values[goal + 1] = 300;
    costs.version++;
    f.compute(g.world, goal, costs);
    const want = reference(g, goal);
    for (let c = 0; c < W * H; c++) expect(f.distTo(c)).toBe(want[c]);
    // Nothing changed: the same answers from the search kept.
    f.compute(g.world, goal, costs);
    for (let c = 0; c < W * H; c++) expect(f.distTo(c)).toBe(want[c]);
    // No extra costs at all, and back.
    f.compute(g.world, goal, null);
    const plain = reference({ world: g.world, extra: new Int32Array(W * H) }, goal);
    for (let c = 0; c < W * H; c++) expect(f.distTo(c)).toBe(plain[c]);
    f.compute(g.world, goal, costs);
    for (let c = 0; c < W * H; c++) expect(f.distTo(c)).toBe(want[c]);
  });

  it('finds the least distance among a few cells, searching only as far as the nearest', () => {
    for (let seed = 60; seed <= 80; seed++) {
      const g = grid(seed);
      const goal = (seed * 13) % (W * H);
      const want = reference(g, goal);
      const rnd = stream(seed);
      const cells = Array.from({ length: 1 + (seed % 6) }, () => Math.floor(rnd() * (W * H + 4)) - 2);
      const least = Math.min(...cells.map((c) => (c >= 0 && c < W * H ? want[c]! : UNREACHED)));
      const f = fieldFor(g, goal);
      expect(f.nearest(cells, cells.length), `seed ${seed}`).toBe(least);
      for (const c of cells) if (c >= 0 && c < W * H && want[c] === least) expect(f.distTo(c)).toBe(least);
    }
  });

  it('has no way to a wall, off the grid, or anywhere from no goal', () => {
    const g = grid(3);
    const f = fieldFor(g, -1);
    expect(f.reachable(5)).toBe(false);
    expect(f.distTo(-1)).toBe(UNREACHED);
    expect(f.distTo(W * H)).toBe(UNREACHED);
    expect(f.downhill(5)).toBe(-1);
  });
});

describe('the flow field', () => {
  /** Steps to the goal by a full search: the cost field's distances with no extra costs, over STEP. */
  function steps(g: Grid, goal: number): Int32Array {
    const d = reference({ world: g.world, extra: new Int32Array(W * H) }, goal);
    return d.map((v) => (v === UNREACHED ? v : v / STEP));
  }

  it('gives a full search\'s steps for every cell and the same way downhill, asked in any order', () => {
    for (let seed = 40; seed <= 50; seed++) {
      const g = grid(seed);
      const goal = (seed * 31) % (W * H);
      const want = steps(g, goal);
      const f = new FlowField(W, H);
      f.compute(g.world, goal);
      for (let c = W * H - 1; c >= 0; c -= 3) expect(f.distTo(c), `seed ${seed}, cell ${c}`).toBe(want[c]);
      for (let c = 0; c < W * H; c++) {
        expect(f.distTo(c)).toBe(want[c]);
        const fresh = new FlowField(W, H);
        fresh.compute(g.world, goal);
        expect(fresh.downhill(c), `seed ${seed}, cell ${c}`).toBe(f.downhill(c));
      }
    }
  });

  it('finds every cell within a few steps exactly, and nothing nearer that is not', () => {
    const g = grid(5);
    const goal = 200;
    const want = steps(g, goal);
    const f = new FlowField(W, H);
    f.compute(g.world, goal);
    const near = f.within(3);
    for (let c = 0; c < W * H; c++) {
      if (want[c]! <= 3) expect(near[c]).toBe(want[c]);
      else expect(near[c]).toBeGreaterThan(3);
    }
  });

  it('walks the cells as they were at compute(), not as they are later', () => {
    const g = grid(9);
    const goal = 100;
    const want = steps(g, goal);
    const f = new FlowField(W, H);
    f.compute(g.world, goal);
    g.world.cells.fill(Cell.Wall);
    for (let c = 0; c < W * H; c++) expect(f.distTo(c)).toBe(want[c]);
  });
});
