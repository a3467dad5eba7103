// The walk grid compares the world's cells with its copy only after a tick whose events (or a
// sliding table) say they may have changed. These tests hold that signal to the sim: a grid
// watched every tick and brought up to date at random ticks equals one built afresh, over runs
// that open doors, kick tables, break glass and burn cover; and the sim writes its cells in no
// place the signal does not know of.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Button, Cell, createWorld, step, type TickInput, type World } from '../../src/sim/index';
import { findBot } from '../../src/headless/bots';
import { WalkGrid } from '../../src/headless/bots/tactician/walk-grid';
import { loadLevel } from '../../src/headless/level-files';
import { stream } from '../sim/test-stream';

/** Where the sim writes world.cells, and what tells a bot of it (walk-grid.ts's cellsMayChange). */
const KNOWN_WRITERS: Record<string, string> = {
  'world.ts': 'createWorld closes the doors (a new world: compared whole)',
  'movement.ts': "openDoor: the 'door' event",
  'breakables.ts': "breakCell: the 'shatter' event",
  'fire.ts': "burnOut: the 'burnOut' event with collapsed",
  'tables.ts': 'slideStep: the table moving (slideLeft, moveLeft)',
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

/** Whether the grid's walkable mask and steps equal a grid's built afresh from the same world. */
function sameAsFresh(grid: WalkGrid, world: World): boolean {
  const fresh = new WalkGrid(world.level.width, world.level.height);
  fresh.update(world);
  return grid.open.every((v, i) => v === fresh.open[i]) && grid.steps.every((v, i) => v === fresh.steps[i]);
}

/**
 * Plays the tactician, its inputs now and then overridden by random ones (Use to kick tables and
 * open doors, fire to break glass, grenades), and checks the watched grid at random ticks.
 * Returns how many ticks changed the cells and how many checks there were.
 */
function playChecked(levelId: string, seed: number, ticks: number, checkEvery: number): { changes: number; checks: number; bad: string | null } {
  const world = createWorld(loadLevel(levelId), seed);
  const bot = findBot('tactician')!.create(seed);
  const rnd = stream(seed * 7919 + levelId.length);
  const grid = new WalkGrid(world.level.width, world.level.height);
  let last = world.cells.slice();
  let changes = 0;
  let checks = 0;
  let bad: string | null = null;
  while (world.outcome === null && world.tick < ticks) {
    let input: TickInput = bot.act(world);
    if (rnd() < 0.3) {
      const buttons = [Button.Use, Button.Fire, Button.Throw, Button.Use | Button.Fire][Math.floor(rnd() * 4)]!;
      input = { moveX: Math.round((rnd() * 2 - 1) * 127), moveY: Math.round((rnd() * 2 - 1) * 127), aim: Math.floor(rnd() * 1024), buttons };
    }
    step(world, input);
    if (world.cells.some((c, i) => c !== last[i])) changes++;
    last = world.cells.slice();
    grid.watch(world);
    if (rnd() * checkEvery < 1) {
      grid.update(world);
      checks++;
      if (!sameAsFresh(grid, world)) bad ??= `${levelId} seed ${seed} tick ${world.tick}`;
    }
  }
  return { changes, checks, bad };
}

describe('walk grid change signal', () => {
  it('a grid watched every tick and updated at random ticks equals one built afresh', () => {
    let changes = 0;
    let checks = 0;
    let bad: string | null = null;
    for (const levelId of ['bar', 'street', 'ranch', 'rooftops', 'church']) {
      for (const seed of [1, 2]) {
        // Updated every tick on one run, every few ticks on the other (the signal must last until asked).
        const r = playChecked(levelId, seed, 1500, seed === 1 ? 1 : 9);
        changes += r.changes;
        checks += r.checks;
        bad ??= r.bad;
      }
    }
    expect(bad).toBe(null);
    // The runs changed the cells often enough to mean something (doors, tables, glass, fire).
    expect(changes).toBeGreaterThan(30);
    expect(checks).toBeGreaterThan(3000);
  });

  it('a grid not watched on some tick, or shown another world, compares again', () => {
    const level = loadLevel('bar');
    const world = createWorld(level, 4);
    const grid = new WalkGrid(level.width, level.height);
    grid.watch(world);
    grid.update(world);
    // A floor cell turned to cover behind the grid's back (no event) while it was not watching:
    // it must look.
    step(world, { moveX: 0, moveY: 0, aim: 0, buttons: 0 });
    step(world, { moveX: 0, moveY: 0, aim: 0, buttons: 0 });
    const floor = world.cells.findIndex((c, i) => c === Cell.Floor && i > level.width * 2);
    world.cells[floor] = Cell.Cover;
    grid.update(world);
    expect(sameAsFresh(grid, world)).toBe(true);
    // Another world, on the tick after (its own events tell nothing of the first's cells).
    const other = createWorld(level, 4);
    other.tick = world.tick + 1;
    grid.update(other);
    expect(sameAsFresh(grid, other)).toBe(true);
  });

  it('the sim writes its cells only where the signal knows of', () => {
    const root = join(__dirname, '../../src/sim');
    const writers = new Set<string>();
    for (const path of sourcesUnder(root)) {
      const text = readFileSync(path, 'utf8');
      // An element written, or the whole array filled or copied into (not a copy of its own: this.cells).
      if (/(?<!this\.)\bcells\[[^\]]+\]\s*=(?!=)|(?<!this\.)\bcells\.(set|fill|copyWithin)\(/.test(text)) writers.add(path.slice(root.length + 1));
    }
    // A new place here: teach walk-grid.ts's cellsMayChange its signal, then add it above.
    expect([...writers].sort()).toEqual(Object.keys(KNOWN_WRITERS).sort());
  });
});
