// Other ways to be alerted (a wound, the alarm, a body), and the henchman's real magazine.
import { describe, expect, it } from 'vitest';
import { AiMode } from '../../../src/sim/ai/ai-state';
import { AI_RELOAD_TICKS } from '../../../src/sim/ai/gun';
import { ARCHETYPES } from '../../../src/sim/archetypes';
import { damage } from '../../../src/sim/combat';
import { angleDiff, angleOf } from '../../../src/sim/math';
import { soundAlarm } from '../../../src/sim/rules';
import { WEAPONS } from '../../../src/sim/weapons';
import { enemy, eventTicks, makeRun, open, player, put, runUntil, wall } from './helpers';

const W = 24;

describe('alerts', () => {
  it('a henchman hit from behind turns on the attacker and fights back', () => {
    const rows = [wall(W), open(W), put(open(W), { 3: '@', 12: 'e' }), open(W), wall(W)];
    const run = makeRun(rows, { actor: (s) => ({ ...s, facing: 0 }) }, 2);
    const e = enemy(run);
    const p = player(run);
    runUntil(run, 60, () => false);
    expect(e.ai!.aware).toBe(false);
    damage(run.world, e, 1, p.id, e.x, e.y);
    expect(e.alive).toBe(true);
    expect(run.world.events.some((ev) => ev.type === 'alert' && ev.actor === e.id && ev.cause === 'hurt')).toBe(true);
    expect(e.ai!.mode).toBe(AiMode.Chase);
    expect(runUntil(run, 120, () => e.ai!.mode === AiMode.Engage)).toBeGreaterThan(0);
    expect(runUntil(run, 200, () => eventTicks(run, 'shot', e.id).length > 0)).toBeGreaterThan(0);
    expect(Math.abs(angleDiff(e.aim, angleOf(p.x - e.x, p.y - e.y)))).toBeLessThan(120);
  });

  it('the alarm sends every henchman, calm or not, to where El stood when it sounded', () => {
    const H = 12;
    const rows = Array.from({ length: H }, (_, y) => (y === 0 || y === H - 1 ? wall(W) : open(W)));
    // El behind a wall stub, out of sight; two henchmen facing away, one of them a calm patron.
    rows[5] = put(rows[5]!, { 3: '@', 6: '#' });
    rows[4] = put(rows[4]!, { 6: '#' });
    rows[6] = put(rows[6]!, { 6: '#' });
    rows[2] = put(rows[2]!, { 18: 'e' });
    rows[9] = put(rows[9]!, { 20: 'e' });
    const run = makeRun(rows, { actor: (s, i) => ({ ...s, facing: 0, calm: i === 1 }) }, 6);
    const [a, b] = [enemy(run, 0), enemy(run, 1)];
    const p = player(run);
    runUntil(run, 30, () => false);
    const ax = p.x;
    const ay = p.y;
    soundAlarm(run.world);
    for (const e of [a, b]) {
      expect(e.ai!.calm).toBe(false);
      expect(e.ai!.mode).toBe(AiMode.Chase);
      expect([e.ai!.lastSeenX, e.ai!.lastSeenY]).toEqual([ax, ay]);
    }
    expect(run.world.events.filter((ev) => ev.type === 'alert' && ev.cause === 'alarm').length).toBe(2);
    // El slips away north meanwhile; they still head for where he was, and find him.
    const start = [Math.hypot(a.x - ax, a.y - ay), Math.hypot(b.x - ax, b.y - ay)];
    runUntil(run, 60, () => false);
    expect(Math.hypot(a.x - ax, a.y - ay)).toBeLessThan(start[0]! - 30);
    expect(Math.hypot(b.x - ax, b.y - ay)).toBeLessThan(start[1]! - 30);
    expect(runUntil(run, 400, () => a.ai!.mode === AiMode.Engage && b.ai!.mode === AiMode.Engage)).toBeGreaterThan(0);
  });

  it('a calm patron that sees a body is alerted (no shot needed)', () => {
    const rows = [wall(W), open(W), put(open(W), { 2: '@', 8: 'c', 14: 'e' }), open(W), wall(W)];
    const run = makeRun(rows, { actor: (s) => ({ ...s, calm: s.archetype === 'henchman' }) }, 3);
    const e = enemy(run, 1);
    const c = enemy(run, 0);
    expect(c.team).toBe('civilian');
    runUntil(run, 60, () => false);
    expect(e.ai!.aware).toBe(false);
    // The civilian drops dead silently (a knife, say).
    damage(run.world, c, 99, 0, c.x, c.y);
    expect(c.alive).toBe(false);
    expect(runUntil(run, 10, () => e.ai!.aware)).toBeGreaterThan(0);
    expect(run.log.some(({ e: ev }) => ev.type === 'alert' && ev.actor === e.id && ev.cause === 'sight')).toBe(true);
    expect(e.ai!.calm).toBe(false);
    // Now he sees El for what he is.
    expect(runUntil(run, 200, () => eventTicks(run, 'shot', e.id).length > 0)).toBeGreaterThan(0);
  });
});

describe('the henchman gun', () => {
  it('fires what the magazine holds, clicks empty, reloads, and drops the gun with what is left', () => {
    const rows = [wall(W), open(W), put(open(W), { 3: '@', 10: 'e' }), open(W), wall(W)];
    const run = makeRun(rows, {}, 4);
    const e = enemy(run);
    const loaded = ARCHETYPES.henchman!.rounds;
    expect(e.rounds).toBe(loaded);
    let firstDry = -1;
    runUntil(run, 600, (w) => {
      if (firstDry < 0 && w.events.some((ev) => ev.type === 'dryFire' && ev.actor === e.id)) firstDry = w.tick;
      return firstDry > 0;
    });
    expect(eventTicks(run, 'shot', e.id).length).toBe(loaded);
    expect(e.rounds).toBe(0);
    const shots = eventTicks(run, 'shot', e.id);
    // Never faster than the weapon's cooldown.
    for (let i = 1; i < shots.length; i++) expect(shots[i]! - shots[i - 1]!).toBeGreaterThanOrEqual(WEAPONS.pistol.cooldown);
    const reloads = run.log.filter(({ e: ev }) => ev.type === 'reload' && ev.actor === e.id);
    expect(reloads.map(({ e: ev }) => ev.type === 'reload' && ev.done)).toEqual([false]);
    // Killed mid-reload: the gun on the floor is empty, as in the film.
    runUntil(run, AI_RELOAD_TICKS / 2, () => false);
    damage(run.world, e, 99, 0, e.x, e.y);
    const drop = run.world.events.find((ev) => ev.type === 'drop');
    expect(drop).toMatchObject({ weapon: 'pistol', rounds: 0 });
  });

  it('after the reload he fires a full magazine again', () => {
    const rows = [wall(W), open(W), put(open(W), { 3: '@', 10: 'e' }), open(W), wall(W)];
    const run = makeRun(rows, {}, 4);
    const e = enemy(run);
    expect(runUntil(run, 800, (w) => w.events.some((ev) => ev.type === 'reload' && ev.done))).toBeGreaterThan(0);
    const before = eventTicks(run, 'shot', e.id).length - (run.world.events.some((ev) => ev.type === 'shot') ? 1 : 0);
    const clicks = eventTicks(run, 'dryFire', e.id).length;
    expect(runUntil(run, 1200, () => eventTicks(run, 'dryFire', e.id).length > clicks)).toBeGreaterThan(0);
    expect(eventTicks(run, 'shot', e.id).length - before).toBe(WEAPONS.pistol.magazine);
    expect(player(run).alive).toBe(true);
  });
});
