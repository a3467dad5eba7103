import { describe, expect, it } from 'vitest';
import { DoorPass, findPath, PathResult } from '../../src/sim/ai/pathfind';
import { Button } from '../../src/sim/input';
import { step } from '../../src/sim/step';
import { diveEndsOverVoid, diveReach } from '../../src/sim/void';
import { createWorld, playerOf, type World } from '../../src/sim/world';
import { safeDive } from '../../src/headless/bots/senses';
import { asciiLevel } from './ascii-level';
import { input, run } from './helpers';

/** El stands at x = 24; the gap starts at cell 3 (x = 48). */
function roof(gap: number): World {
  const row = '#@.' + '~'.repeat(gap) + '......#';
  const wall = '#'.repeat(row.length);
  return createWorld(asciiLevel([wall, row, wall]), 3);
}

/** Dives east from a standstill, then waits for the landing to settle. */
function diveEast(w: World): { fell: boolean } {
  let fell = false;
  step(w, input({ moveX: 127, buttons: Button.Dive }));
  for (let i = 0; i < 60; i++) {
    step(w, input());
    if (w.events.some((e) => e.type === 'fall')) fell = true;
  }
  return { fell };
}

describe('rooftop gaps', () => {
  it('a dive carries El across a two-cell gap', () => {
    const w = roof(2);
    const { fell } = diveEast(w);
    const el = playerOf(w);
    expect(fell).toBe(false);
    expect(el.alive).toBe(true);
    expect(el.x).toBeGreaterThan(5 * 16);
    expect(w.outcome).toBeNull();
  });

  it('a dive into a six-cell gap ends in a fall to his death', () => {
    const w = roof(6);
    const { fell } = diveEast(w);
    const el = playerOf(w);
    expect(fell).toBe(true);
    expect(el.alive).toBe(false);
    expect(el.hp).toBe(0);
    expect(w.outcome).toBe('dead');
    expect(w.failure).toBe('El Mariachi fell to the street below');
  });

  it('a dive that lands just past a gap leaves El standing clear of its edge on the landing tick', () => {
    const w = roof(3);
    const el = playerOf(w);
    // Far floor starts at x = 96: land 2 px onto it, the body still overhanging the gap.
    el.x = 96 + 2 - diveReach();
    step(w, input({ moveX: 127, buttons: Button.Dive }));
    while (el.diveLeft > 0) step(w, input());
    expect(el.alive).toBe(true);
    expect(el.x).toBeGreaterThanOrEqual(96 + el.radius - 1e-3);
  });

  it('walking stops at the edge', () => {
    const w = roof(2);
    run(w, 120, input({ moveX: 127 }));
    const el = playerOf(w);
    expect(el.alive).toBe(true);
    expect(el.x).toBeCloseTo(48 - el.radius, 3);
  });

  it('no AI route crosses a gap', () => {
    const w = roof(2);
    const out: number[] = [];
    expect(findPath(w, 1, 1, 8, 1, DoorPass.All, out)).toBe(PathResult.Partial);
    // The route ends at the edge, never on a gap cell.
    for (const c of out) expect(w.cells[c]).toBe(0);
    expect(out[out.length - 1]).toBe(1 * w.level.width + 2);
  });

  it('a henchman across the gap cannot walk over to El', () => {
    const level = asciiLevel(['############', '#@.~~.....e#', '############']);
    const w = createWorld(level, 5);
    run(w, 600, (i) => input({ aim: 0, buttons: i % 20 === 0 ? 1 : 0 }));
    for (const a of w.actors) if (a.team === 'enemy') expect(a.x).toBeGreaterThanOrEqual(5 * 16 + a.radius - 1e-6);
  });

  it('bots foresee where a dive lands and never dive into a gap', () => {
    // Between two and six cells: a two-cell gap is crossed, a six-cell one is not.
    expect(diveReach()).toBeGreaterThan(3 * 16);
    expect(diveReach()).toBeLessThan(6 * 16);
    const w = roof(6);
    const el = playerOf(w);
    expect(diveEndsOverVoid(w, el.x, el.y, 1, 0)).toBe(true);
    expect(diveEndsOverVoid(w, el.x, el.y, -1, 0)).toBe(false);
    // East into the gap: turned around (the wall behind only shortens the dive).
    expect(safeDive(w, el, 1, 0)).toEqual([-1, 0]);
    expect(safeDive(w, el, 0, 1)).toEqual([0, 1]);
    const two = roof(2);
    expect(safeDive(two, playerOf(two), 1, 0)).toEqual([1, 0]);
  });
});
