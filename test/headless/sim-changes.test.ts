// The tactician's walk grid and hazard costs compare the world's cells and burn states with their
// copies only after a tick whose events (or a sliding table) say they may have changed
// (SimChanges). These tests hold that signal to the sim: a grid and hazard costs sharing one
// SimChanges watched every tick, brought up to date at random ticks, equal ones built afresh over
// runs that open doors, kick tables, break glass and burn; and the sim writes those grids in no
// place the signal does not know of.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Button, Cell, createWorld, step, type TickInput, type World } from '../../src/sim/index';
import { findBot } from '../../src/headless/bots';
import { forgetHazards, HazardCosts } from '../../src/headless/bots/tactician/hazards';
import { SimChanges } from '../../src/headless/bots/tactician/sim-changes';
import { WalkGrid } from '../../src/headless/bots/tactician/walk-grid';
import { loadLevel } from '../../src/headless/level-files';
import { stream } from '../sim/test-stream';

/** Where the sim writes world.cells and world.burn, and what tells a bot of it (SimChanges). */
const CELL_WRITERS: Record<string, string> = {
  'world.ts': 'createWorld closes the doors (a new world: both compared whole)',
  'movement.ts': "openDoor: the 'door' event",
  'breakables.ts': "breakCell: the 'shatter' event",
  'fire.ts': "burnOut: the 'burnOut' event with collapsed",
  'tables.ts': 'slideStep: the table moving (slideLeft, moveLeft)',
};
const BURN_WRITERS: Record<string, string> = {
  'fire.ts': "ignite and burnOut: the 'ignite' and 'burnOut' events",
};

function sourcesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourcesUnder(path));
    else if (name.endsWith('.ts')) out.push(path);
  }
  return out;
}

/** The files under src/sim that write an element of, fill or copy into an array of that name (not a copy of their own: this.<name>). */
function writersOf(name: string): string[] {
  const root = join(__dirname, '../../src/sim');
  const write = new RegExp(`(?<!this\\.)\\b${name}\\[[^\\]]+\\]\\s*=(?!=)|(?<!this\\.)\\b${name}\\.(set|fill|copyWithin)\\(`);
  return sourcesUnder(root).filter((path) => write.test(readFileSync(path, 'utf8'))).map((path) => path.slice(root.length + 1)).sort();
}

/** Whether the grid's walkable mask and steps equal a grid's built afresh from the same world. */
function gridAsFresh(grid: WalkGrid, world: World): boolean {
  const fresh = new WalkGrid(world.level.width, world.level.height);
  fresh.update(world);
  return grid.open.every((v, i) => v === fresh.open[i]) && grid.steps.every((v, i) => v === fresh.steps[i]);
}

/** Whether the kept hazard costs equal costs filled afresh from the same world. */
function costsAsFresh(kept: HazardCosts, world: World): boolean {
  forgetHazards();
  const costs = kept.update(world);
  const fresh = new HazardCosts(world.level.width * world.level.height).update(world);
  if (costs === null || fresh === null) return costs === fresh;
  return costs.values.every((v, i) => v === fresh.values[i]);
}

interface Tally { cellTicks: number; burnTicks: number; checks: number; bad: string | null }

/**
 * Plays the tactician, its inputs now and then replaced by random ones (Use to kick tables and
 * open doors, fire to break glass, grenades), watching one SimChanges every tick and checking a
 * grid and hazard costs that share it at random ticks (about one in `checkEvery`).
 */
function playChecked(levelId: string, seed: number, ticks: number, checkEvery: number, tally: Tally): void {
  const world = createWorld(loadLevel(levelId), seed);
  const bot = findBot('tactician')!.create(seed);
  const rnd = stream(seed * 7919 + levelId.length);
  const changes = new SimChanges();
  const grid = new WalkGrid(world.level.width, world.level.height, changes);
  const costs = new HazardCosts(world.level.width * world.level.height, changes);
  let cells = world.cells.slice();
  let burn = world.burn.slice();
  while (world.outcome === null && world.tick < ticks) {
    let input: TickInput = bot.act(world);
    if (rnd() < 0.3) {
      const buttons = [Button.Use, Button.Fire, Button.Throw, Button.Use | Button.Fire][Math.floor(rnd() * 4)]!;
      input = { moveX: Math.round((rnd() * 2 - 1) * 127), moveY: Math.round((rnd() * 2 - 1) * 127), aim: Math.floor(rnd() * 1024), buttons };
    }
    step(world, input);
    if (world.cells.some((c, i) => c !== cells[i])) tally.cellTicks++;
    if (world.burn.some((c, i) => c !== burn[i])) tally.burnTicks++;
    cells = world.cells.slice();
    burn = world.burn.slice();
    changes.watch(world);
    if (rnd() * checkEvery < 1) {
      grid.update(world);
      tally.checks++;
      if (!gridAsFresh(grid, world)) tally.bad ??= `grid: ${levelId} seed ${seed} tick ${world.tick}`;
    }
    if (rnd() * checkEvery < 1 && !costsAsFresh(costs, world)) tally.bad ??= `costs: ${levelId} seed ${seed} tick ${world.tick}`;
  }
}

describe('what the sim changed, told by its events', () => {
  it('a walk grid and hazard costs sharing a watched SimChanges, updated at random ticks, equal fresh ones', () => {
    const tally: Tally = { cellTicks: 0, burnTicks: 0, checks: 0, bad: null };
    for (const levelId of ['bar', 'street', 'ranch', 'rooftops', 'church']) {
      // Updated every tick on one run, every few ticks on the other (the signal must last until asked).
      for (const seed of [1, 2]) playChecked(levelId, seed, 1500, seed === 1 ? 1 : 9, tally);
    }
    expect(tally.bad).toBe(null);
    // The runs changed the cells and the burn often enough to mean something.
    expect(tally.cellTicks).toBeGreaterThan(30);
    expect(tally.burnTicks).toBeGreaterThan(30);
    expect(tally.checks).toBeGreaterThan(3000);
    // Ten runs of 1,500 ticks with two fresh builds a check: slow on a loaded machine.
  }, 120_000);

  it('a tick not watched, or another world, makes the grid compare again', () => {
    const level = loadLevel('bar');
    const world = createWorld(level, 4);
    const grid = new WalkGrid(level.width, level.height, new SimChanges());
    grid.update(world);
    // A floor cell turned to cover behind the grid's back (no event) while it was not watching.
    step(world, { moveX: 0, moveY: 0, aim: 0, buttons: 0 });
    step(world, { moveX: 0, moveY: 0, aim: 0, buttons: 0 });
    const floor = world.cells.findIndex((c, i) => c === Cell.Floor && i > level.width * 2);
    world.cells[floor] = Cell.Cover;
    grid.update(world);
    expect(gridAsFresh(grid, world)).toBe(true);
    // Another world, on the tick after (its own events tell nothing of the first's cells).
    const other = createWorld(level, 4);
    other.tick = world.tick + 1;
    grid.update(other);
    expect(gridAsFresh(grid, other)).toBe(true);
  });

  it('the sim writes its cells and burn states only where the signal knows of', () => {
    // A new place here: teach SimChanges its signal, then add it above.
    expect(writersOf('cells')).toEqual(Object.keys(CELL_WRITERS).sort());
    expect(writersOf('burn')).toEqual(Object.keys(BURN_WRITERS).sort());
  });
});
