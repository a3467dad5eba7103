import { describe, expect, it } from 'vitest';
import { burningCells, spreadingCells } from '../../src/sim/burning-cells';
import { BurnState, igniteAt } from '../../src/sim/fire';
import { cloneWorld } from '../../src/sim/clone';
import { stateHash } from '../../src/sim/hash';
import { smokeBox } from '../../src/sim/smoke';
import { smokeIndex } from '../../src/sim/smoke-index';
import { woodMask } from '../../src/sim/wood-mask';
import { step } from '../../src/sim/step';
import { createWorld, type World } from '../../src/sim/world';
import { asciiLevel } from './ascii-level';
import { input } from './helpers';

// A wooden hall (,) with a stone strip: the fire spreads, smokes, and burns out over ~1500 ticks.
const HALL = [
  '################',
  '#,,,,,,,,,,,,,,#',
  '#,,,,,,,#,,,,,,#',
  '#,,,,,,,#,,,,,,#',
  '#.......#......#',
  '#,,,,,,,,,,,,,@#',
  '################',
];

/** What the fire code's derived indexes must equal: a scan of the whole grid. */
function expectIndexesMatchGrid(w: World): void {
  const scanned: number[] = [];
  for (let i = 0; i < w.burn.length; i++) if (w.burn[i] === BurnState.Burning) scanned.push(i);
  expect([...burningCells(w)].sort((a, b) => a - b)).toEqual(scanned);
  // The spread's list: ascending, and holding every burning cell with unburnt wood beside it.
  const spreaders = spreadingCells(w);
  for (let k = 1; k < spreaders.length; k++) expect(spreaders[k]!).toBeGreaterThan(spreaders[k - 1]!);
  const width = w.level.width;
  const wood = woodMask(w.level);
  const canCatch = (j: number): boolean => j >= 0 && j < w.burn.length && w.burn[j] === BurnState.Unburnt && wood[j] === 1;
  for (const i of scanned) {
    const tx = i % width;
    const open = canCatch(i - width) || canCatch(i + width) || (tx > 0 && canCatch(i - 1)) || (tx + 1 < width && canCatch(i + 1));
    if (open) expect(spreaders, `cell ${i} may still spread`).toContain(i);
  }
  const [x0, y0, x1, y1] = smokeBox(w);
  for (let i = 0; i < w.smoke.length; i++) {
    if (w.smoke[i] === 0) continue;
    const tx = i % w.level.width;
    const ty = (i - tx) / w.level.width;
    expect(tx >= x0! && tx <= x1! && ty >= y0! && ty <= y1!, `smoke at ${tx},${ty} outside the box`).toBe(true);
    const { rowLo, rowHi } = smokeIndex(w);
    expect(tx >= rowLo[ty]! && tx <= rowHi[ty]!, `smoke at ${tx},${ty} outside its row's span`).toBe(true);
  }
}

describe('the fire code\'s indexes of burning and smoky cells', () => {
  it('match a scan of the grid at every tick of a fire, in a world and in its clones', () => {
    let w = createWorld(asciiLevel(HALL), 3);
    igniteAt(w, 2 * 16 + 8, 1 * 16 + 8);
    igniteAt(w, 12 * 16 + 8, 5 * 16 + 8);
    let sawFire = false;
    for (let t = 0; t < 2400; t++) {
      // Continue in a clone now and then (as the kill-cam restores one): it builds its own indexes.
      if (t % 250 === 100) w = cloneWorld(w);
      step(w, input());
      sawFire ||= w.burningCells > 5;
      expectIndexesMatchGrid(w);
    }
    expect(sawFire).toBe(true);
    expect(w.burningCells).toBe(0);
    expect(w.smokyCells).toBe(0);
  });

  it('give the same futures whether the lazily written fuel is settled every tick or never, also across a grid written from outside', () => {
    const level = asciiLevel(HALL);
    const light = (w: World): World => {
      igniteAt(w, 2 * 16 + 8, 1 * 16 + 8);
      igniteAt(w, 12 * 16 + 8, 5 * 16 + 8);
      return w;
    };
    const settledEachTick = light(createWorld(level, 5));
    const neverSettled = light(createWorld(level, 5));
    for (let t = 0; t < 1800; t++) {
      if (t === 150) {
        // A cell set burning behind the fire code's back (as a test might): the fire rebuilds
        // its index from the grid, which must first settle what it owes the other cells.
        for (const w of [settledEachTick, neverSettled]) {
          const i = 3 * 16 + 12;
          expect(w.burn[i]).toBe(BurnState.Unburnt);
          w.burn[i] = BurnState.Burning;
          w.fuel[i] = 50;
          w.burningCells++;
        }
      }
      step(settledEachTick, input());
      step(neverSettled, input());
      stateHash(settledEachTick);
      // Burn-outs on the same ticks (hashing the other world would settle it).
      expect(JSON.stringify(neverSettled.events), `tick ${t}`).toBe(JSON.stringify(settledEachTick.events));
    }
    expect(neverSettled.burningCells).toBe(0);
    expect(stateHash(neverSettled)).toBe(stateHash(settledEachTick));
  });
});
