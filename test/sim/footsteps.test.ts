// Footfalls and landings (src/sim/footsteps.ts): a foot down every STRIDE_PX walked, feet
// alternating, the floor's material under each, a landing after a dive, and all of it world state.
import { describe, expect, it } from 'vitest';
import { BurnState } from '../../src/sim/burn-state';
import { cloneWorld } from '../../src/sim/clone';
import { STRIDE_PX } from '../../src/sim/footsteps';
import { stateHash } from '../../src/sim/hash';
import { Button, MOVE_MAX } from '../../src/sim/input';
import { Material } from '../../src/sim/level-data';
import { step } from '../../src/sim/step';
import { createWorld, playerOf, type World } from '../../src/sim/world';
import type { SimEvent } from '../../src/sim/events';
import { asciiLevel } from './ascii-level';
import { input, run } from './helpers';

type Footstep = Extract<SimEvent, { type: 'footstep' }>;
type Land = Extract<SimEvent, { type: 'land' }>;

// A long hall: sand (.) on the left, floorboards (,) on the right.
const HALL = [
  '##############################',
  '#@.........,,,,,,,,,,,,,,,,,,#',
  '##############################',
];
const EAST = input({ moveX: MOVE_MAX });

/** Steps n ticks and returns the footfalls and landings, with El's x after each tick. */
function walk(world: World, n: number, cmd = EAST): { steps: Footstep[]; lands: Land[]; xs: number[] } {
  const steps: Footstep[] = [];
  const lands: Land[] = [];
  const xs: number[] = [];
  for (let i = 0; i < n; i++) {
    step(world, cmd);
    xs.push(playerOf(world).x);
    for (const e of world.events) {
      if (e.type === 'footstep') steps.push(e);
      else if (e.type === 'land') lands.push(e);
    }
  }
  return { steps, lands, xs };
}

describe('footsteps', () => {
  it('puts a foot down every STRIDE_PX walked, left and right in turn', () => {
    const world = createWorld(asciiLevel(HALL), 1);
    const startX = playerOf(world).x;
    const { steps } = walk(world, 120);
    const walked = playerOf(world).x - startX;
    expect(walked).toBeGreaterThan(150);
    // Every stride completed is one footfall: no more, no fewer.
    expect(steps.length).toBe(Math.floor(walked / STRIDE_PX));
    steps.forEach((s, i) => {
      expect(s.actor).toBe(world.playerId);
      expect(s.foot).toBe(i % 2);
    });
    // Evenly spaced along the hall, give or take the tick a foot falls on (El covers 1.7 px a tick).
    for (let i = 1; i < steps.length; i++) expect(Math.abs(steps[i]!.x - steps[i - 1]!.x - STRIDE_PX)).toBeLessThanOrEqual(1.7);
  });

  it('is silent standing still and while diving', () => {
    const still = createWorld(asciiLevel(HALL), 1);
    expect(walk(still, 60, input()).steps).toEqual([]);
    const diving = createWorld(asciiLevel(HALL), 1);
    run(diving, 30, EAST); // up to speed
    const { steps, lands } = walk(diving, 1, input({ moveX: MOVE_MAX, buttons: Button.Dive }));
    expect(steps).toEqual([]);
    expect(lands).toEqual([]);
    const air: Footstep[] = [];
    while (playerOf(diving).diveLeft > 0) {
      step(diving, EAST);
      for (const e of diving.events) if (e.type === 'footstep') air.push(e);
    }
    expect(air).toEqual([]);
  });

  it('says what the floor is made of: sand, then floorboards, and ash where fire burnt it out', () => {
    const world = createWorld(asciiLevel(HALL), 1);
    const { steps } = walk(world, 240);
    const sand = steps.filter((s) => s.x < 11 * 16);
    const wood = steps.filter((s) => s.x >= 11 * 16);
    expect(sand.length).toBeGreaterThan(3);
    expect(wood.length).toBeGreaterThan(3);
    expect(sand.every((s) => s.material === Material.None)).toBe(true);
    expect(wood.every((s) => s.material === Material.Wood)).toBe(true);

    const level = asciiLevel(HALL);
    level.materials.fill(Material.Stone, 30, 60); // the whole corridor row becomes tile
    const tiled = createWorld(level, 1);
    tiled.burn[30 + 8] = BurnState.BurntOut;
    const tiles = walk(tiled, 120).steps;
    const inBurnt = (s: Footstep): boolean => Math.floor(s.x / 16) === 8;
    expect(tiles.filter((s) => !inBurnt(s)).every((s) => s.material === Material.Stone)).toBe(true);
    expect(tiles.filter(inBurnt).length).toBeGreaterThan(0);
    expect(tiles.filter(inBurnt).every((s) => s.material === Material.None)).toBe(true);
  });

  it('lands once at the end of a dive, on the floor where he comes down', () => {
    const world = createWorld(asciiLevel(HALL), 1);
    run(world, 2, EAST);
    const dive = walk(world, 90, input({ moveX: MOVE_MAX, buttons: Button.Dive }));
    // Holding Dive does not leap again without a fresh press: one dive, one landing.
    expect(dive.lands.length).toBe(1);
    const land = dive.lands[0]!;
    expect(land.actor).toBe(world.playerId);
    expect(land.material).toBe(Math.floor(land.x / 16) >= 11 ? Material.Wood : Material.None);
    // After landing he walks on, left foot first.
    const after = walk(world, 60).steps;
    expect(after.length).toBeGreaterThan(0);
    expect(after[0]!.foot).toBe(0);
  });

  it('lets everyone walk but the car', () => {
    // A henchman patrols along the top; the car drives at El along the bottom.
    const level = asciiLevel([
      '########################################',
      '#.....................................e#',
      '#......................................#',
      '#...@..................................#',
      '#......................................#',
      '#.....................v................#',
      '########################################',
    ], { actor: (s) => (s.archetype === 'henchman' ? { ...s, behavior: 'patrol', path: [{ x: s.x, y: s.y }, { x: s.x - 200, y: s.y }] } : s) });
    const world = createWorld(level, 3);
    world.actors[0]!.hp = 1_000_000;
    const heard = new Set<number>();
    for (let i = 0; i < 240; i++) {
      step(world, input());
      for (const e of world.events) if (e.type === 'footstep') heard.add(e.actor);
    }
    const [, henchman, car] = world.actors;
    expect(henchman!.x).not.toBe(level.actors[0]!.x); // he did move
    expect(car!.x).not.toBe(level.actors[1]!.x);
    expect(heard.has(henchman!.id)).toBe(true);
    expect(heard.has(car!.id)).toBe(false);
  });

  it('keeps the stride in the world: a clone mid-stride steps exactly where the original does', () => {
    const world = createWorld(asciiLevel(HALL), 1);
    run(world, 23, EAST);
    const copy = cloneWorld(world);
    const a = walk(world, 60).steps;
    const b = walk(copy, 60).steps;
    expect(b).toEqual(a);
    expect(stateHash(copy)).toBe(stateHash(world));
    // The stride is hashed: two worlds differing only in it are different futures.
    const other = cloneWorld(world);
    other.footfalls[0]!.walked += 1;
    expect(stateHash(other)).not.toBe(stateHash(world));
  });
});
