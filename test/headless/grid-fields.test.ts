// The bots' grid fields answer lazily (the search runs only as far as a question needs): the
// tactician's cost field (which also keeps its search when compute() is called again with nothing
// changed) and the other bots' flow field. Every answer must still be that of a full search over
// the same cells (and costs), whatever order the questions come in.
import { describe, expect, it } from 'vitest';
import { Cell } from '../../src/sim/index';
import { CostField, STEP, UNREACHED } from '../../src/headless/bots/tactician/cost-field';
import { FlowField } from '../../src/headless/bots/flow-field';
import { costsOf, grid, H, reference, stream, W, type Grid } from './grid-helpers';

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
