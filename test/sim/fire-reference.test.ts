// The fire code keeps indexes and takes shortcuts (a list of burning cells, a box of smoky cells,
// emitting only to cells not yet full, a padded scratch for the smoke step). This test holds it to
// a plain reference written from the rules alone — whole-map scans, no caches — over many random
// maps, fires, doors opening and panes breaking, continued in clones now and then (as the kill-cam
// and practice restore them): every tick, every fire array, count, event and PRNG draw must match.
import { describe, expect, it } from 'vitest';
import { settleFuel } from '../../src/sim/burning-cells';
import { cloneWorld } from '../../src/sim/clone';
import { FUEL_COVER, FUEL_FLOOR, FUEL_WALL, igniteAt, SPREAD_CHANCE, SPREAD_PERIOD, updateFire } from '../../src/sim/fire';
import { Cell, Material } from '../../src/sim/level-data';
import { nextInt } from '../../src/sim/rng';
import { SMOKE_EMIT, SMOKE_FADE, SMOKE_PERIOD } from '../../src/sim/smoke';
import { createWorld, emit, type World } from '../../src/sim/world';
import { asciiLevel } from './ascii-level';
import { stream } from './test-stream';

const UNBURNT = 0;
const BURNING = 1;
const BURNT_OUT = 2;

function isDoorCell(w: World, i: number): boolean {
  const width = w.level.width;
  return w.level.doors.some((d) => d.ty * width + d.tx === i);
}

function refFlammable(w: World, i: number): boolean {
  const c = w.cells[i];
  return w.level.materials[i] === Material.Wood && w.burn[i] === UNBURNT && c !== Cell.Void && c !== Cell.DoorClosed && !isDoorCell(w, i);
}

function refIgnite(w: World, i: number): void {
  if (!refFlammable(w, i)) return;
  const c = w.cells[i];
  w.burn[i] = BURNING;
  w.fuel[i] = c === Cell.Wall ? FUEL_WALL : c === Cell.Cover ? FUEL_COVER : FUEL_FLOOR;
  w.burningCells++;
  emit(w, { type: 'ignite', tx: i % w.level.width, ty: Math.floor(i / w.level.width) });
}

/** The rules, as plainly as they can be written (no actor stands in these fires, so no scorching). */
function refUpdateFire(w: World): void {
  const { width, height } = w.level;
  const n = width * height;
  if (w.burningCells > 0) {
    if (w.tick % SPREAD_PERIOD === 0) {
      const caught: number[] = [];
      for (let i = 0; i < n; i++) {
        if (w.burn[i] !== BURNING) continue;
        const tx = i % width;
        const ty = Math.floor(i / width);
        const tries = [ty > 0 ? i - width : -1, tx + 1 < width ? i + 1 : -1, ty + 1 < height ? i + width : -1, tx > 0 ? i - 1 : -1];
        for (const j of tries) {
          if (j < 0 || !refFlammable(w, j) || caught.includes(j)) continue;
          if (nextInt(w, 0, 99) < SPREAD_CHANCE) caught.push(j);
        }
      }
      for (const j of caught) refIgnite(w, j);
    }
    for (let i = 0; i < n; i++) {
      if (w.burn[i] !== BURNING) continue;
      if (w.smoke[i] === 0) w.smokyCells++;
      w.smoke[i] = Math.min(255, w.smoke[i]! + SMOKE_EMIT);
      w.fuel[i] = w.fuel[i]! - 1;
      if (w.fuel[i] !== 0) continue;
      w.burn[i] = BURNT_OUT;
      w.burningCells--;
      const collapsed = w.cells[i] === Cell.Cover;
      if (collapsed) w.cells[i] = Cell.Floor;
      emit(w, { type: 'burnOut', tx: i % width, ty: Math.floor(i / width), collapsed });
    }
  }
  if (w.smokyCells > 0 && w.tick % SMOKE_PERIOD === 0) {
    const before = w.smoke.slice();
    const holds = (i: number): boolean => w.cells[i] !== Cell.Wall && w.cells[i] !== Cell.DoorClosed;
    // Beyond the map edge smoke escapes (0); a neighbour holding none reflects the cell's own.
    const look = (tx: number, ty: number, own: number): number => {
      if (tx < 0 || ty < 0 || tx >= width || ty >= height) return 0;
      const j = ty * width + tx;
      return holds(j) ? before[j]! : own;
    };
    let smoky = 0;
    for (let ty = 0; ty < height; ty++) {
      for (let tx = 0; tx < width; tx++) {
        const i = ty * width + tx;
        const c = before[i]!;
        const sum = 4 * c + look(tx, ty - 1, c) + look(tx - 1, ty, c) + look(tx + 1, ty, c) + 2 * look(tx, ty + 1, c);
        const v = holds(i) ? Math.floor(sum / 9) - SMOKE_FADE : 0;
        w.smoke[i] = Math.max(0, v);
        if (v > 0) smoky++;
      }
    }
    w.smokyCells = smoky;
  }
}

/** A walled map of wooden floors, wooden walls, tables, stone, walls, gaps, doors and panes; El in a stone corner. */
function randomMap(rand: () => number): string[] {
  const width = 10 + Math.floor(rand() * 24);
  const height = 6 + Math.floor(rand() * 16);
  const kinds: [string, number][] = [[',', 0.5], ['W', 0.08], ['T', 0.07], ['.', 0.15], ['#', 0.09], ['~', 0.03], ['D', 0.05], ['=', 0.03]];
  const rows: string[] = [];
  for (let ty = 0; ty < height; ty++) {
    let row = '';
    for (let tx = 0; tx < width; tx++) {
      // Some maps reach the edge (smoke escapes there), most are walled in.
      const edge = tx === 0 || ty === 0 || tx === width - 1 || ty === height - 1;
      if (edge && height % 3 !== 0) row += '#';
      else if (tx <= 1 && ty <= 1) row += '.';
      else {
        let r = rand();
        let ch = ',';
        for (const [k, p] of kinds) {
          if (r < p) {
            ch = k;
            break;
          }
          r -= p;
        }
        row += ch;
      }
    }
    rows.push(row);
  }
  const r1 = rows[1]!;
  rows[1] = r1.slice(0, 1) + '@' + r1.slice(2);
  return rows;
}

function expectSameFire(real: World, ref: World, where: string, withFuel: boolean): void {
  // The fire writes burning cells' fuel lazily, so it is exact only once settled (as stateHash and
  // cloneWorld do); settling only now and then lets the lag build up over many ticks in between.
  if (withFuel) settleFuel(real);
  const same = (a: ArrayLike<number>, b: ArrayLike<number>): boolean => {
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    return true;
  };
  if (same(real.burn, ref.burn) && (!withFuel || same(real.fuel, ref.fuel)) && same(real.smoke, ref.smoke) && same(real.cells, ref.cells)
    && real.burningCells === ref.burningCells && real.smokyCells === ref.smokyCells && real.rng === ref.rng
    && JSON.stringify(real.events) === JSON.stringify(ref.events)) return;
  // Only on a mismatch: the readable diff.
  const fuel = (w: World): number[] => (withFuel ? [...w.fuel] : []);
  expect({ where, burn: [...real.burn], fuel: fuel(real), smoke: [...real.smoke], cells: [...real.cells], burning: real.burningCells, smoky: real.smokyCells, rng: real.rng, events: real.events })
    .toEqual({ where, burn: [...ref.burn], fuel: fuel(ref), smoke: [...ref.smoke], cells: [...ref.cells], burning: ref.burningCells, smoky: ref.smokyCells, rng: ref.rng, events: ref.events });
}

describe('the fire code against a plain reference', () => {
  it('matches it tick for tick on random maps, with fires lit, doors opened and panes broken along the way', () => {
    const rand = stream(20261206);
    let fireTicks = 0;
    let burnOuts = 0;
    for (let map = 0; map < 12; map++) {
      const level = asciiLevel(randomMap(rand));
      const { width, height } = level;
      let real = createWorld(level, 100 + map);
      const ref = createWorld(level, 100 + map);
      const light = (): void => {
        const tx = Math.floor(rand() * width);
        const ty = Math.floor(rand() * height);
        igniteAt(real, tx * 16 + 8, ty * 16 + 8);
        refIgnite(ref, ty * width + tx);
      };
      for (let k = 0; k < 3; k++) light();
      for (let t = 0; t < 2500; t++) {
        real.events.length = 0;
        ref.events.length = 0;
        if (t % 700 === 350) real = cloneWorld(real);
        const r = rand();
        if (r < 0.006) light();
        else if (r < 0.009 && level.doors.length > 0) {
          // A door swings open (what openDoor does to the grid).
          const d = level.doors[Math.floor(rand() * level.doors.length)]!;
          real.cells[d.ty * width + d.tx] = Cell.Floor;
          ref.cells[d.ty * width + d.tx] = Cell.Floor;
        } else if (r < 0.011) {
          // A pane breaks to a gap (what breakCell does to the grid).
          const i = Math.floor(rand() * width * height);
          if (level.breakable[i] !== 0) {
            real.cells[i] = Cell.Void;
            ref.cells[i] = Cell.Void;
          }
        }
        updateFire(real);
        refUpdateFire(ref);
        real.tick++;
        ref.tick++;
        if (ref.burningCells > 0) fireTicks++;
        burnOuts += ref.events.filter((e) => e.type === 'burnOut').length;
        expectSameFire(real, ref, `map ${map} tick ${t}`, t % 97 === 96);
      }
    }
    // The maps did burn, spread and burn out (the comparison was not over empty grids).
    expect(fireTicks).toBeGreaterThan(10000);
    expect(burnOuts).toBeGreaterThan(500);
  });
});
