// The tactician's shortcuts over its grids must answer as the plain searches do: the path field
// (a search aimed at the walker) as a cost field's downhill, the cost field's reachable and
// nearestIndex as its distances say, and the walk grid kept up to date cell by cell (its regions
// joined in place as cells open, its steps between walkable neighbours) as a grid built afresh.
import { describe, expect, it } from 'vitest';
import { Cell, type World } from '../../src/sim/index';
import { CostField, UNREACHED } from '../../src/headless/bots/tactician/cost-field';
import { PathField } from '../../src/headless/bots/tactician/path-field';
import { WalkGrid } from '../../src/headless/bots/tactician/walk-grid';
import { Regions } from '../../src/headless/bots/regions';
import { costsOf, grid, H, reference, stream, W, type Grid } from './grid-helpers';

const N = W * H;

/** A cost field toward the goal with its search run to the end: every answer final. */
function settledField(g: Grid, goal: number, costs = true): CostField {
  const f = new CostField(W, H);
  f.compute(g.world, goal, costs ? costsOf(g) : null);
  f.settleAll();
  return f;
}

/** A walk from `start` that mostly goes downhill (as El does) and now and then jumps anywhere. */
function walkFrom(start: number, steps: number, seed: number, downhill: (c: number) => number): number[] {
  const rnd = stream(seed);
  const asked: number[] = [];
  let c = start;
  for (let s = 0; s < steps; s++) {
    asked.push(c);
    const next = downhill(c);
    c = next >= 0 && rnd() < 0.85 ? next : Math.floor(rnd() * N);
  }
  return asked;
}

describe('the path field', () => {
  it('walks downhill as a cost field does, asked from every cell in turn, with costs aligned or not', () => {
    for (let seed = 1; seed <= 16; seed++) {
      const aligned = seed % 2 === 0;
      const g = grid(seed, aligned);
      const goal = (seed * 89) % N;
      const want = settledField(g, goal);
      const path = new PathField(W, H);
      path.compute(g.world, goal, costsOf(g));
      for (let c = 0; c < N; c++) expect(path.downhill(c), `seed ${seed}, cell ${c}`).toBe(want.downhill(c));
      // A fresh search aimed at each cell in turn.
      for (let c = 0; c < N; c += 5) {
        const fresh = new PathField(W, H);
        fresh.compute(g.world, goal, costsOf(g));
        expect(fresh.downhill(c), `seed ${seed}, fresh at ${c}`).toBe(want.downhill(c));
      }
    }
  });

  it('walks downhill as a cost field does along a walker\'s questions, and knows every distance', () => {
    for (let seed = 30; seed <= 40; seed++) {
      const g = grid(seed, true);
      const goal = (seed * 41) % N;
      const want = settledField(g, goal);
      const exact = reference(g, goal);
      const path = new PathField(W, H);
      path.compute(g.world, goal, costsOf(g));
      for (const c of walkFrom((seed * 7) % N, 300, seed, (c) => want.downhill(c))) {
        expect(path.downhill(c), `seed ${seed}, cell ${c}`).toBe(want.downhill(c));
      }
      for (let c = -1; c <= N; c++) expect(path.distTo(c), `seed ${seed}, cell ${c}`).toBe(c < 0 || c >= N ? UNREACHED : exact[c]);
    }
  });

  it('starts over when a door is walled up, a cost changes or the costs go, and keeps its search when nothing did', () => {
    const g = grid(7, true);
    const goal = 40;
    const costs = costsOf(g);
    const path = new PathField(W, H);
    const check = (withCosts: boolean): void => {
      const want = settledField(g, goal, withCosts);
      for (let c = 0; c < N; c++) expect(path.downhill(c)).toBe(want.downhill(c));
    };
    path.compute(g.world, goal, costs);
    check(true);
    const door = g.world.level.doors.find((d) => !d.hidden)!;
    g.world.cells[door.ty * W + door.tx] = Cell.Wall;
    path.compute(g.world, goal, costs);
    check(true);
    g.extra[goal + 1] = 300;
    costs.values[goal + 1] = 300;
    costs.version++;
    path.compute(g.world, goal, costs);
    check(true);
    path.compute(g.world, goal, costs);
    check(true);
    path.compute(g.world, goal, null);
    check(false);
    // A new goal.
    path.compute(g.world, goal + 50, null);
    const other = new CostField(W, H);
    other.compute(g.world, goal + 50, null);
    for (let c = 0; c < N; c++) expect(path.downhill(c)).toBe(other.downhill(c));
  });

  it('has no way anywhere from a goal off the grid', () => {
    const g = grid(3);
    const path = new PathField(W, H);
    path.compute(g.world, N + 3, costsOf(g));
    expect(path.downhill(5)).toBe(-1);
    expect(path.distTo(5)).toBe(UNREACHED);
  });
});

describe('searches kept through small cost changes', () => {
  it('answer as fresh searches over the new costs, whether or not they had reached the changed cells', () => {
    for (let seed = 100; seed <= 108; seed++) {
      const g = grid(seed, true);
      const goal = (seed * 29) % N;
      const costs = costsOf(g);
      const path = new PathField(W, H);
      const field = new CostField(W, H);
      const rnd = stream(seed);
      let at = (seed * 11) % N;
      for (let round = 0; round < 60; round++) {
        // A few cells' costs change (now near the walker, now anywhere), in steps of STEP.
        const changes = 1 + Math.floor(rnd() * 3);
        for (let k = 0; k < changes; k++) {
          const c = rnd() < 0.5 ? Math.min(N - 1, Math.max(0, at + Math.floor(rnd() * 7) - 3)) : Math.floor(rnd() * N);
          costs.values[c] = Math.floor(rnd() * 40) * 10;
        }
        costs.version++;
        path.compute(g.world, goal, costs);
        field.compute(g.world, goal, costs);
        const fresh = new CostField(W, H);
        fresh.compute(g.world, goal, costs);
        fresh.settleAll();
        for (let q = 0; q < 5; q++) {
          expect(path.downhill(at), `seed ${seed}, round ${round}, at ${at}`).toBe(fresh.downhill(at));
          expect(field.distTo(at), `seed ${seed}, round ${round}, at ${at}`).toBe(fresh.distTo(at));
          const next = fresh.downhill(at);
          at = next >= 0 ? next : Math.floor(rnd() * N);
        }
        const c = Math.floor(rnd() * N);
        expect(field.distTo(c)).toBe(fresh.distTo(c));
      }
    }
  });
});

describe('the cost field\'s shortcuts', () => {
  it('reachable() says what the distances say, without a search', () => {
    for (let seed = 50; seed <= 60; seed++) {
      const g = grid(seed);
      const goal = (seed * 17) % N;
      const want = reference(g, goal);
      const f = new CostField(W, H);
      f.compute(g.world, goal, costsOf(g));
      for (let c = -2; c < N + 2; c++) expect(f.reachable(c), `seed ${seed}, cell ${c}`).toBe(c >= 0 && c < N && want[c] !== UNREACHED);
    }
  });

  it('nearestIndex() is the first of the cells at the least distance', () => {
    for (let seed = 60; seed <= 90; seed++) {
      const g = grid(seed, seed % 2 === 0);
      const goal = (seed * 13) % N;
      const want = reference(g, goal);
      const rnd = stream(seed);
      const cells = Array.from({ length: 1 + (seed % 7) }, () => Math.floor(rnd() * (N + 4)) - 2);
      // A repeated distance now and then: the first in the list must win.
      if (seed % 3 === 0) cells.push(cells[0]!);
      const distOf = (c: number) => (c >= 0 && c < N ? want[c]! : UNREACHED);
      const least = Math.min(...cells.map(distOf));
      const first = least === UNREACHED ? -1 : cells.findIndex((c) => distOf(c) === least);
      const f = new CostField(W, H);
      f.compute(g.world, goal, costsOf(g));
      expect(f.nearestIndex(cells, cells.length), `seed ${seed}`).toBe(first);
    }
  });

  it('nearestIndex() asked again and again of one search (as the men move) answers as the distances say', () => {
    for (let seed = 91; seed <= 110; seed++) {
      const g = grid(seed, seed % 2 === 0);
      const goal = (seed * 17) % N;
      const want = reference(g, goal);
      const distOf = (c: number) => (c >= 0 && c < N ? want[c]! : UNREACHED);
      const rnd = stream(seed);
      const f = new CostField(W, H);
      f.compute(g.world, goal, costsOf(g));
      // A few men, each moving a cell now and then, sometimes one far away; a repeat now and then.
      const cells = Array.from({ length: 2 + (seed % 5) }, () => Math.floor(rnd() * N));
      for (let q = 0; q < 40; q++) {
        const k = Math.floor(rnd() * cells.length);
        const moves = [1, -1, W, -W];
        cells[k] = rnd() < 0.1 ? Math.floor(rnd() * (N + 4)) - 2 : Math.min(N - 1, Math.max(0, cells[k]! + moves[Math.floor(rnd() * 4)]!));
        if (q % 9 === 0) cells[cells.length - 1] = cells[0]!;
        const least = Math.min(...cells.map(distOf));
        const first = least === UNREACHED ? -1 : cells.findIndex((c) => distOf(c) === least);
        expect(f.nearestIndex(cells, cells.length), `seed ${seed} question ${q}`).toBe(first);
      }
    }
  });
});

/** Each cell's walkable 4-neighbours as bits (up 1, down 2, left 4, right 8), looked up one by one. */
function stepsOf(open: Uint8Array): number[] {
  const at = (x: number, y: number) => (x >= 0 && y >= 0 && x < W && y < H ? open[y * W + x]! : 0);
  return Array.from(open, (_, i) => {
    const x = i % W;
    const y = Math.floor(i / W);
    return (at(x, y - 1) ? 1 : 0) | (at(x, y + 1) ? 2 : 0) | (at(x - 1, y) ? 4 : 0) | (at(x + 1, y) ? 8 : 0);
  });
}

/** Whether two labellings split the cells into the same regions (the numbers themselves aside). */
function samePartition(a: Int32Array, b: Int32Array): boolean {
  const ab = new Map<number, number>();
  const ba = new Map<number, number>();
  for (let i = 0; i < a.length; i++) {
    if ((a[i] === 0) !== (b[i] === 0)) return false;
    if (a[i] === 0) continue;
    if ((ab.get(a[i]!) ?? b[i]) !== b[i] || (ba.get(b[i]!) ?? a[i]) !== a[i]) return false;
    ab.set(a[i]!, b[i]!);
    ba.set(b[i]!, a[i]!);
  }
  return true;
}

describe('regions and the walk grid kept up to date', () => {
  it('regions joined cell by cell as cells open split the grid as regions built afresh', () => {
    for (let seed = 1; seed <= 10; seed++) {
      const rnd = stream(seed);
      const open = new Uint8Array(N);
      for (let i = 0; i < N; i++) open[i] = rnd() < 0.45 ? 1 : 0;
      const kept = new Regions(N);
      kept.build(open, W);
      // Open the closed cells in a shuffled order, a few at a time (some next to each other).
      const closed = Array.from({ length: N }, (_, i) => i).filter((i) => open[i] === 0);
      for (let i = closed.length - 1; i > 0; i--) {
        const k = Math.floor(rnd() * (i + 1));
        [closed[i], closed[k]] = [closed[k]!, closed[i]!];
      }
      for (let at = 0; at < closed.length; at += 3) {
        const batch = closed.slice(at, at + 3);
        for (const c of batch) open[c] = 1;
        for (const c of batch) kept.opened(c, open, W);
        const fresh = new Regions(N);
        fresh.build(open, W);
        expect(samePartition(kept.label, fresh.label), `seed ${seed}, after ${at}`).toBe(true);
      }
    }
  });

  it('a walk grid following the cells as they change holds what a fresh one builds', () => {
    const g = grid(11);
    const world = g.world as World;
    const kept = new WalkGrid(W, H);
    kept.update(world);
    const rnd = stream(11);
    const kinds = [Cell.Floor, Cell.Wall, Cell.Cover, Cell.DoorClosed, Cell.Floor];
    let builtAfresh = 0;
    for (let round = 0; round < 200; round++) {
      const before = kept.version;
      // Mostly cells opening (beams burning through, doors), sometimes one closing.
      const changes = 1 + Math.floor(rnd() * 4);
      for (let k = 0; k < changes; k++) {
        const c = Math.floor(rnd() * N);
        world.cells[c] = round % 5 === 0 ? kinds[Math.floor(rnd() * kinds.length)]! : Cell.Floor;
      }
      kept.update(world);
      const fresh = new WalkGrid(W, H);
      fresh.update(world);
      expect(Array.from(kept.open)).toEqual(Array.from(fresh.open));
      expect(Array.from(kept.steps)).toEqual(stepsOf(fresh.open));
      expect(samePartition(kept.regions.label, fresh.regions.label), `round ${round}`).toBe(true);
      if (kept.version !== before) builtAfresh++;
    }
    expect(builtAfresh).toBeGreaterThan(50);
  });
});
