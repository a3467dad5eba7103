// The arsenal's events and the sounds they play: each gun its own voice, the grenade's throw and
// bounce, blasts crossfading from near to far, the sawed-off's break-open reload, the scope.
import { describe, expect, it } from 'vitest';
import { ARSENAL_SOUND, BLAST_FAR, BLAST_NEAR, nearShare } from '../../src/audio/arsenal-sounds';
import { createEventSoundMemo, RANGE, soundsForEvents, type PlayOpts } from '../../src/audio/event-sounds';
import type { SoundName } from '../../src/audio/sound-bank';
import type { SimEvent, WeaponId } from '../../src/sim';

function play(events: SimEvent[]): { name: SoundName; opts: PlayOpts }[] {
  const out: { name: SoundName; opts: PlayOpts }[] = [];
  soundsForEvents(events, { listenerX: 0, listenerY: 0, actorPos: () => ({ x: 0, y: 0 }), actorTeam: () => 'player' }, (name, opts) => out.push({ name, opts }), createEventSoundMemo());
  return out;
}
const names = (events: SimEvent[]): SoundName[] => play(events).map((p) => p.name);
const shot = (weapon: WeaponId): SimEvent => ({ type: 'shot', actor: 1, weapon, x: 0, y: 0, angle: 0, hand: 0 });
const blastAt = (x: number): SimEvent => ({ type: 'explosion', x, y: 0, radius: 64, by: 1 });

describe('arsenal sounds', () => {
  it('gives each of the arsenal guns its own voice', () => {
    expect(names([shot('sawedOff')])).toEqual(['sawedOff']);
    expect(names([shot('wildey')])).toEqual(['wildey', 'casing']);
    expect(names([shot('campaCase')])).toEqual(['campaShot', 'casing']);
    expect(names([shot('quinoCase')])).toEqual(['rocketLaunch']);
  });

  it("varies Campa's rounds more than a pistol's, the same way every replay", () => {
    const rates = (weapon: WeaponId): number[] =>
      Array.from({ length: 30 }, (_, k) => play([{ type: 'shot', actor: 1, weapon, x: k * 3, y: 0, angle: k * 40, hand: k & 1 }])[0]!.opts.rate);
    const spread = (xs: number[]): number => Math.max(...xs) - Math.min(...xs);
    expect(spread(rates('campaCase'))).toBeGreaterThan(spread(rates('pistol')));
    expect(rates('campaCase')).toEqual(rates('campaCase'));
  });

  it('an explosion close by is the near boom with rubble; across the map only the dull far one', () => {
    const near = play([blastAt(0)]);
    expect(near.map((p) => p.name)).toEqual([ARSENAL_SOUND.explosion.name, ARSENAL_SOUND.explosionDebris.name]);
    expect(near[0]!.opts.volume).toBeCloseTo(1, 5);
    expect(play([blastAt(RANGE.gun * 1.2)]).map((p) => p.name)).toEqual([ARSENAL_SOUND.explosionFar.name]);
    // Between the two, both play and the near one fades as the far one grows; rubble only within RANGE.death.
    const mid = play([blastAt((BLAST_NEAR + BLAST_FAR) / 2)]);
    expect(mid.map((p) => p.name)).toEqual(['explosion', 'explosionFar', 'debris']);
    const later = play([blastAt(BLAST_FAR - 200)]);
    expect(later[0]!.opts.volume / later[1]!.opts.volume).toBeLessThan(mid[0]!.opts.volume / mid[1]!.opts.volume);
    expect(play([blastAt(RANGE.blast + 10)])).toEqual([]);
  });

  it('crossfades smoothly from the near blast to the far one', () => {
    expect(nearShare(0)).toBe(1);
    expect(nearShare(BLAST_NEAR)).toBe(1);
    expect(nearShare(BLAST_FAR)).toBe(0);
    for (let d = 0; d < BLAST_FAR + 100; d += 10) expect(nearShare(d + 10)).toBeLessThanOrEqual(nearShare(d));
  });

  it('throws and bounces are heard; the shotgun and the rocket throw no brass', () => {
    expect(names([{ type: 'throw', actor: 1, grenade: 5, x: 0, y: 0, angle: 0 }])).toEqual(['grenadeThrow']);
    expect(names([{ type: 'bounce', grenade: 5, x: 0, y: 0 }])).toEqual(['grenadeBounce']);
    for (const weapon of ['sawedOff', 'quinoCase'] as const) expect(names([shot(weapon)])).not.toContain('casing');
  });

  it('the sawed-off breaks open and snaps shut; the Wildey reloads a magazine and clicks its scope up', () => {
    const reload = (weapon: WeaponId, done: boolean): SoundName[] => names([{ type: 'reload', actor: 1, weapon, done }]);
    expect(reload('sawedOff', false)).toEqual(['shotgunOpen']);
    expect(reload('sawedOff', true)).toEqual(['shotgunClose']);
    expect(reload('wildey', false)).toEqual(['reloadStart']);
    expect(names([{ type: 'switch', actor: 1, weapon: 'wildey' }])).toEqual(['scopeIn']);
    expect(names([{ type: 'switch', actor: 1, weapon: 'sawedOff' }])).toEqual(['pickup']);
  });
});
