// The hazard costs note, per version, the box of cells it changed; a search's inputs taken a few
// versions on look only inside those boxes. They must copy and list exactly what a look at every
// cell would: checked against a full diff at random ticks on runs with the car, fire and grenades.
import { describe, expect, it } from 'vitest';
import { createWorld, step } from '../../src/sim/index';
import { findBot } from '../../src/headless/bots';
import { forgetHazards, HazardCosts } from '../../src/headless/bots/tactician/hazards';
import { CellCosts, COSTS_LISTED, SearchInputs } from '../../src/headless/bots/tactician/search-inputs';
import { WalkGrid } from '../../src/headless/bots/tactician/walk-grid';
import { loadLevel } from '../../src/headless/level-files';
import { stream } from '../sim/test-stream';

describe('hazard cost boxes', () => {
  it('inputs taken a few versions on copy and list exactly the cells a full look finds changed', () => {
    let boxed = 0;
    let listed = 0;
    let bad: string | null = null;
    for (const [levelId, seed] of [['street', 1], ['street', 2], ['rooftops', 3], ['bar', 5], ['ranch', 2]] as const) {
      const world = createWorld(loadLevel(levelId), seed);
      const bot = findBot('tactician')!.create(seed);
      const n = world.level.width * world.level.height;
      const hazards = new HazardCosts(n);
      const inputs = new SearchInputs(n, new WalkGrid(world.level.width, world.level.height));
      const rnd = stream(seed * 31 + levelId.length);
      let before = new Int32Array(n);
      let lastVersion = -1;
      while (world.outcome === null && world.tick < 2500) {
        step(world, bot.act(world));
        forgetHazards();
        const costs = hazards.update(world);
        // Taken every few ticks (several versions on), as the fields do; on the first run every tick.
        if (seed !== 1 && rnd() > 0.25) continue;
        const change = inputs.update(world, costs);
        const now = costs ? costs.values : new Int32Array(n);
        const diff: number[] = [];
        for (let i = 0; i < n; i++) if (now[i] !== before[i]) diff.push(i);
        // The inputs took the costs anew (their count and list are this take's) when the version moved.
        const took = costs ? costs.version !== lastVersion : lastVersion !== -1;
        if (took && costs && lastVersion >= 0) boxed++;
        if (!inputs.extra.every((v, i) => v === now[i])) bad ??= `${levelId} ${seed} tick ${world.tick}: copy`;
        if (took && inputs.changedCount !== diff.length) bad ??= `${levelId} ${seed} tick ${world.tick}: count ${inputs.changedCount} vs ${diff.length}`;
        if (!took && diff.length > 0) bad ??= `${levelId} ${seed} tick ${world.tick}: changed without a new version`;
        if (change === COSTS_LISTED) {
          listed++;
          if (!diff.every((c, k) => inputs.changed[k] === c)) bad ??= `${levelId} ${seed} tick ${world.tick}: list`;
        }
        before = now.slice();
        lastVersion = costs ? costs.version : -1;
      }
    }
    expect(bad).toBe(null);
    expect(boxed).toBeGreaterThan(100);
    expect(listed).toBeGreaterThan(50);
  }, 120_000);

  it('a version bumped plainly, or one too far back, leaves no box (every cell is looked at)', () => {
    const costs = new CellCosts(100);
    const box = new Int32Array(4);
    costs.bumpWithin(1, 2, 3, 4);
    costs.bumpWithin(0, 5, 2, 6);
    expect(costs.changedSince(0, box)).toBe(true);
    expect(Array.from(box)).toEqual([0, 2, 3, 6]);
    expect(costs.changedSince(2, box)).toBe(true);
    expect(box[0]! > box[2]!).toBe(true);
    costs.version++;
    expect(costs.changedSince(1, box)).toBe(false);
    for (let k = 0; k < 40; k++) costs.bumpWithin(0, 0, 0, 0);
    expect(costs.changedSince(3, box)).toBe(false);
    expect(costs.changedSince(costs.version - 5, box)).toBe(true);
  });
});
