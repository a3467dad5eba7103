// Sight and reaction: an enemy with line of sight fires after its reaction time and not before,
// farther takes longer, walls hide El.
import { describe, expect, it } from 'vitest';
import { ARCHETYPES } from '../../../src/sim/archetypes';
import { enemy, eventTicks, makeRun, open, put, runUntil, wall } from './helpers';

const W = 24;

/** El at column 2 and a henchman `gap` cells east of him, facing west (toward El). */
function corridor(gap: number): string[] {
  return [wall(W), open(W), put(open(W), { 2: '@', [2 + gap]: 'e' }), open(W), wall(W)];
}

function firstShot(gap: number, seed: number): { shot: number; alert: number } {
  const run = makeRun(corridor(gap), {}, seed);
  const e = enemy(run);
  runUntil(run, 400, () => eventTicks(run, 'shot', e.id).length > 0);
  return { shot: eventTicks(run, 'shot', e.id)[0] ?? -1, alert: eventTicks(run, 'alert', e.id)[0] ?? -1 };
}

describe('henchman sight and reaction', () => {
  const reaction = ARCHETYPES.henchman!.reaction;

  it('shoots El in plain view after the reaction time, not before', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const gap = 6;
      const { shot, alert } = firstShot(gap, seed);
      expect(alert).toBeGreaterThan(0);
      expect(shot).toBeGreaterThan(0);
      const minReact = reaction + Math.floor((gap * 16) / 10);
      // Noticed within one staggered sight period, fired no sooner than the reaction allows.
      expect(alert).toBeLessThanOrEqual(4);
      expect(shot - alert).toBeGreaterThanOrEqual(minReact);
      expect(shot - alert).toBeLessThanOrEqual(minReact + 6 + 2);
    }
  });

  it('takes longer to react to El farther away', () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const near = firstShot(3, seed).shot;
      const far = firstShot(13, seed).shot;
      expect(near).toBeGreaterThan(0);
      expect(far).toBeGreaterThan(near + 5);
    }
  });

  it('does not see El behind a wall', () => {
    const rows = [wall(W), open(W), put(open(W), { 2: '@', 6: '#', 9: 'e' }), open(W), wall(W)];
    rows[1] = put(rows[1]!, { 6: '#' });
    rows[3] = put(rows[3]!, { 6: '#' });
    const run = makeRun(rows, {}, 7);
    const e = enemy(run);
    runUntil(run, 300, () => false);
    expect(eventTicks(run, 'alert', e.id)).toEqual([]);
    expect(eventTicks(run, 'shot', e.id)).toEqual([]);
    expect(e.ai!.aware).toBe(false);
  });

  it('does not see El behind its back, but sees him in front', () => {
    const rows = [wall(W), open(W), put(open(W), { 2: '@', 10: 'e' }), open(W), wall(W)];
    const away = makeRun(rows, { actor: (s) => ({ ...s, facing: 0 }) }, 3);
    runUntil(away, 200, () => false);
    expect(eventTicks(away, 'alert', enemy(away).id)).toEqual([]);
    const toward = makeRun(rows, {}, 3);
    runUntil(toward, 200, () => false);
    expect(eventTicks(toward, 'alert', enemy(toward).id).length).toBe(1);
  });

  it('a calm patron ignores El until a shot is fired nearby, then engages', () => {
    const run = makeRun(corridor(7), { actor: (s) => ({ ...s, calm: true }) }, 5);
    const e = enemy(run);
    runUntil(run, 240, () => false);
    expect(eventTicks(run, 'alert', e.id)).toEqual([]);
    expect(eventTicks(run, 'shot', e.id)).toEqual([]);
    // El fires a shot into the wall to the north (pistols slide out first, then one round).
    let fired = -1;
    runUntil(run, 60, (w) => {
      if (fired < 0 && eventTicks(run, 'shot', w.playerId).length > 0) fired = w.tick;
      return fired > 0;
    }, () => ({ moveX: 0, moveY: 0, aim: 3072, buttons: 1 }));
    expect(fired).toBeGreaterThan(0);
    const shot = runUntil(run, 200, () => eventTicks(run, 'shot', e.id).length > 0);
    expect(shot).toBeGreaterThan(fired);
    const alerts = run.log.filter(({ e: ev }) => ev.type === 'alert' && ev.actor === e.id);
    expect(alerts.length).toBe(1);
    expect(alerts[0]!.e).toMatchObject({ cause: 'sound' });
    expect(e.ai!.calm).toBe(false);
  });
});
