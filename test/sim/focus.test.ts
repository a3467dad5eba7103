import { describe, expect, it } from 'vitest';
import { damage, fireBullet } from '../../src/sim/combat';
import {
  FOCUS_CHAIN_BONUS, FOCUS_MAX, FOCUS_MIN_START, FOCUS_PER_KILL, FOCUS_SLOWDOWN, FOCUS_START, worldAdvances,
} from '../../src/sim/focus';
import { Button } from '../../src/sim/input';
import { step } from '../../src/sim/step';
import { createWorld, playerOf, type World } from '../../src/sim/world';
import { asciiLevel } from './ascii-level';
import { collect, input, run } from './helpers';

const FOCUS = input({ buttons: Button.Focus });
const IDLE = input();

function hall(): World {
  const w = createWorld(asciiLevel([
    '####################',
    '#@................g#',
    '#..................#',
    '####################',
  ]), 1);
  for (const a of w.actors) a.ai = null;
  return w;
}

describe('focus (bullet time)', () => {
  it('starts on a press, slows everyone but El to one tick in three, and stops on the next press', () => {
    const w = hall();
    const el = playerOf(w);
    const gunman = w.actors[1]!;
    // The gunman fires west at El: his bullet joins the world after this tick.
    fireBullet(w, gunman, 'pistol', gunman.x - 9, gunman.y, 2048, 0, 0);
    step(w, IDLE);
    const bullet = w.bullets[0]!;
    const speed = Math.sqrt(bullet.vx * bullet.vx + bullet.vy * bullet.vy);

    const starts = collect(w, 1, 'focusStart', FOCUS);
    expect(starts).toEqual([{ type: 'focusStart', meter: FOCUS_START }]);
    expect(w.focus.active).toBe(true);

    // Twelve focused ticks while El runs east: he moves every tick, the bullet on ticks 3, 6, 9, 12.
    const bulletMoves: boolean[] = [];
    const elMoves: boolean[] = [];
    let lastBx = bullet.x;
    for (let i = 0; i < 12; i++) {
      const ex = el.x;
      step(w, input({ moveX: 127 }));
      bulletMoves.push(bullet.x !== lastBx);
      elMoves.push(el.x !== ex);
      lastBx = bullet.x;
    }
    // The press tick was focused tick 1; these are ticks 2..13.
    expect(bulletMoves).toEqual([false, true, false, false, true, false, false, true, false, false, true, false]);
    expect(elMoves.every(Boolean)).toBe(true);
    expect(bullet.travelled).toBeCloseTo(speed * 4, 9);
    expect(w.focus.meter).toBe(FOCUS_START - 13);

    // Releasing and pressing again ends it; the world then moves every tick.
    step(w, IDLE);
    const ends = collect(w, 1, 'focusEnd', FOCUS);
    expect(ends).toEqual([{ type: 'focusEnd', meter: FOCUS_START - 14 }]);
    expect(w.focus.active).toBe(false);
    const bx = bullet.x;
    step(w, IDLE);
    expect(bx - bullet.x).toBeCloseTo(Math.abs(bullet.vx), 9);
  });

  it('exactly one tick in FOCUS_SLOWDOWN advances the world', () => {
    const w = hall();
    step(w, FOCUS);
    let advanced = 0;
    const n = FOCUS_SLOWDOWN * 40;
    // Count the press tick too, then n - 1 more ticks.
    if (worldAdvances(w)) advanced++;
    for (let i = 1; i < n; i++) {
      step(w, IDLE);
      if (worldAdvances(w)) advanced++;
    }
    expect(advanced).toBe(40);
  });

  it('needs enough meter to start and ends by itself when the meter runs dry', () => {
    const w = hall();
    w.focus.meter = FOCUS_MIN_START - 1;
    step(w, FOCUS);
    expect(w.focus.active).toBe(false);
    step(w, IDLE);
    w.focus.meter = FOCUS_MIN_START;
    step(w, FOCUS);
    expect(w.focus.active).toBe(true);
    const ends = collect(w, FOCUS_MIN_START + 5, 'focusEnd', FOCUS);
    // Holding the button is not a second press: only the empty meter ends it, on the tick after it hits 0.
    expect(ends).toEqual([{ type: 'focusEnd', meter: 0 }]);
    expect(w.focus.active).toBe(false);
    expect(w.focus.meter).toBe(0);
    expect(worldAdvances(w)).toBe(true);
  });

  it('fills with El\'s kills, more for a quick second kill, up to the cap', () => {
    const w = createWorld(asciiLevel([
      '##########',
      '#@..e.e.e#',
      '##########',
    ]), 1);
    for (const a of w.actors) a.ai = null;
    const el = playerOf(w);
    w.focus.meter = 0;
    damage(w, w.actors[1]!, 99, el.id, 0, 0);
    run(w, 1);
    expect(w.focus.meter).toBe(FOCUS_PER_KILL);
    run(w, 30);
    damage(w, w.actors[2]!, 99, el.id, 0, 0);
    run(w, 1);
    // The chain bonus: the second kill came 31 ticks after the first.
    expect(w.focus.meter).toBe(2 * FOCUS_PER_KILL + FOCUS_CHAIN_BONUS);
    // A kill that is not El's pays nothing.
    damage(w, w.actors[3]!, 99, w.actors[1]!.id, 0, 0);
    run(w, 1);
    expect(w.focus.meter).toBe(2 * FOCUS_PER_KILL + FOCUS_CHAIN_BONUS);
    w.focus.meter = FOCUS_MAX - 10;
    w.stats.kills++;
    run(w, 1);
    expect(w.focus.meter).toBe(FOCUS_MAX);
  });

  it('an AI fight under focus is still deterministic', () => {
    const rows = [
      '################',
      '#@.............#',
      '#....T.....e...#',
      '#..........g...#',
      '################',
    ];
    const play = (): World => {
      const w = createWorld(asciiLevel(rows), 7);
      for (let i = 0; i < 600; i++) step(w, input({ aim: 0, buttons: (i % 200 === 5 ? Button.Focus : 0) | (i % 9 < 3 ? Button.Fire : 0), moveY: i % 50 < 25 ? 60 : -60 }));
      return w;
    };
    const a = play();
    const b = play();
    expect(a.tick).toBe(b.tick);
    expect(JSON.stringify(a.actors)).toBe(JSON.stringify(b.actors));
    expect(a.focus).toEqual(b.focus);
  });
});
