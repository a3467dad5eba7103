// The hunt (src/sim/ai/hunt.ts) and the shout (src/sim/ai/shout.ts): alerted men who can walk to El
// never settle back at their posts while he hides; a second hunter comes at a lead from the far side;
// when El goes quiet after a fight, the men still at their posts are called, but only those who can
// reach him.
import { describe, expect, it } from 'vitest';
import { AiMode } from '../../../src/sim/ai/ai-state';
import { takeHuntLead } from '../../../src/sim/ai/hunt';
import { QUIET_AFTER } from '../../../src/sim/ai/shout';
import { newTraceHit, traceSegment, TraceMode } from '../../../src/sim/trace';
import type { Actor, World } from '../../../src/sim/world';
import { aimFrom, enemy, eventTicks, fireToward, makeRun, open, player, put, runFor, runUntil, tick, wall } from './helpers';

const W = 32;
const hit = newTraceHit();

function sees(world: World, a: Actor, b: Actor): boolean {
  return traceSegment(world, a.x, a.y, b.x, b.y, TraceMode.Sight, a.x, a.y, hit).t >= 1;
}

/** Two rooms split by a wall, joined only by a gap at the bottom: the long way round. */
function twoRooms(): string[] {
  const rows = [wall(W)];
  for (let y = 1; y <= 9; y++) rows.push(open(W));
  rows.push(wall(W));
  for (let y = 1; y <= 8; y++) rows[y] = put(rows[y]!, { 16: '#' });
  rows[2] = put(rows[2]!, { 3: '@', 12: 'e' });
  return rows;
}

describe('the hunt', () => {
  it('a man who lost El, and can walk to him, finds him in his hiding place instead of going home', () => {
    for (const seed of [1, 2, 3]) {
      const run = makeRun(twoRooms(), {}, seed);
      const e = enemy(run);
      const p = player(run);
      expect(runUntil(run, 200, () => eventTicks(run, 'shot', e.id).length > 0)).toBeGreaterThan(0);
      // El slips into the far corner of the other room, out of sight behind the wall.
      p.x = p.px = 28 * 16 + 8;
      p.y = p.py = 1 * 16 + 8;
      const modes = new Set<AiMode>();
      const found = runUntil(run, 3600, (w) => {
        modes.add(e.ai!.mode);
        return Math.hypot(e.x - p.x, e.y - p.y) < 230 && sees(w, e, p);
      });
      expect(found, `seed ${seed}`).toBeGreaterThan(0);
      expect(modes.has(AiMode.Search)).toBe(true);
      expect(modes.has(AiMode.Return)).toBe(false);
      expect(modes.has(AiMode.Post)).toBe(false);
    }
  });

  it('a second hunter on the same lead comes at it from the far side', () => {
    const rows = [wall(W)];
    for (let y = 1; y <= 13; y++) rows.push(open(W));
    rows.push(wall(W));
    rows[7] = put(rows[7]!, { 16: '@', 4: 'e', 6: 'e' });
    let flanked = 0;
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const run = makeRun(rows, {}, seed);
      const [first, second] = [enemy(run, 0), enemy(run, 1)];
      const el = player(run);
      // The first is already hunting right at El; the second takes a lead.
      first.ai!.aware = true;
      first.ai!.mode = AiMode.Chase;
      first.ai!.lastSeenX = el.x;
      first.ai!.lastSeenY = el.y;
      takeHuntLead(run.world, second, second.ai!);
      const lx = second.ai!.lastSeenX - el.x;
      // The first man stands west of El: the flank lead lies east of him (a lead is at most 40 px
      // off El, and a flank goes 56 px or more past it).
      if (lx >= 16) flanked++;
      expect(Math.abs(second.ai!.lastSeenY - el.y)).toBeLessThan(120);
    }
    expect(flanked).toBe(6);
  });
});

describe('the shout', () => {
  /** El and a man in the main room; a calm man in a back room behind a hidden door; one walled off. */
  function backRoom(): string[] {
    const rows = [wall(W)];
    for (let y = 1; y <= 9; y++) rows.push(open(W));
    rows.push(wall(W));
    for (let y = 1; y <= 9; y++) rows[y] = put(rows[y]!, { 20: '#' });
    for (let y = 6; y <= 9; y++) rows[y] = put(rows[y]!, { 21: '#', 22: '#', 23: '#', 24: '#', 25: '#', 26: '#', 27: '#', 28: '#', 29: '#', 30: '#' });
    rows[3] = put(rows[3]!, { 20: 'H', 3: '@', 12: 'e', 27: 'g' });
    rows[8] = put(rows[8]!, { 24: '.', 25: 'e', 26: '.' });
    for (let y = 7; y <= 9; y++) rows[y] = put(rows[y]!, { 23: '#', 27: '#' });
    rows[7] = put(rows[7]!, { 24: '.', 25: '.', 26: '.' });
    rows[9] = put(rows[9]!, { 24: '.', 25: '.', 26: '.' });
    return rows;
  }

  it('when El goes quiet after a fight, calls the calm man behind the hidden door, never the man walled off', () => {
    const run = makeRun(backRoom(), { actor: (s) => (s.archetype === 'gunman' ? { ...s, calm: true } : s) });
    const front = enemy(run, 0);
    const back = enemy(run, 1);
    const sealed = enemy(run, 2);
    expect(back.ai!.calm).toBe(true);
    // El kills the man in front, then stands still: nobody else sees him.
    front.hp = 1;
    const el = player(run);
    const died = runUntil(run, 120, () => !front.alive, () => fireToward(aimFrom(el, front.x, front.y)));
    expect(died).toBeGreaterThan(0);
    const shout = runUntil(run, 2 * QUIET_AFTER, () => eventTicks(run, 'alarm').length > 0);
    expect(shout).toBe(died + QUIET_AFTER);
    expect(run.world.alarm).toBe(false);
    expect(back.ai!.calm).toBe(false);
    expect(back.ai!.mode).toBe(AiMode.Chase);
    expect(sealed.ai!.alerted).toBe(false);
    // He comes out through the hidden door to El; the shout is given once.
    expect(runUntil(run, 1200, (w) => sees(w, back, el))).toBeGreaterThan(0);
    tick(run);
    expect(eventTicks(run, 'alarm')).toHaveLength(1);
  });

  it('never while the fight goes on: a man fighting El in view keeps the others where they are', () => {
    const run = makeRun(backRoom(), { actor: (s) => (s.archetype === 'gunman' ? { ...s, calm: true } : s) });
    const front = enemy(run, 0);
    const back = enemy(run, 1);
    runFor(run, 2 * QUIET_AFTER);
    expect(front.alive).toBe(true);
    expect(eventTicks(run, 'shot', front.id).length).toBeGreaterThan(10);
    expect(eventTicks(run, 'alarm')).toEqual([]);
    expect(back.ai!.calm).toBe(true);
  });
});
