import { describe, expect, it } from 'vitest';
import { ARSENAL_SOUND } from '../../src/audio/arsenal-sounds';
import { createEventSoundMemo, RANGE, soundsForEvents, type PlayOpts } from '../../src/audio/event-sounds';
import type { SoundName } from '../../src/audio/sound-bank';
import type { SimEvent } from '../../src/sim';

function play(events: SimEvent[]): { name: SoundName; opts: PlayOpts }[] {
  const out: { name: SoundName; opts: PlayOpts }[] = [];
  soundsForEvents(events, { listenerX: 0, listenerY: 0, actorPos: () => ({ x: 0, y: 0 }), actorTeam: () => 'player' }, (name, opts) => out.push({ name, opts }), createEventSoundMemo());
  return out;
}

describe('arsenal sounds (stand-ins until the art branch lands)', () => {
  it('an explosion booms from its stand-in table, slowed down, and carries as far as a gunshot', () => {
    const near = play([{ type: 'explosion', x: 0, y: 0, radius: 64, by: 1 }]);
    expect(near.map((p) => p.name)).toEqual([ARSENAL_SOUND.explosion.name, ARSENAL_SOUND.explosionDebris.name]);
    expect(near[0]!.opts.rate).toBeLessThan(0.6);
    const far = play([{ type: 'explosion', x: RANGE.gun * 0.8, y: 0, radius: 64, by: 1 }]);
    expect(far.map((p) => p.name)).toEqual([ARSENAL_SOUND.explosion.name]);
  });

  it('throws and bounces are heard; the shotgun and the rocket throw no brass', () => {
    expect(play([{ type: 'throw', actor: 1, grenade: 5, x: 0, y: 0, angle: 0 }]).map((p) => p.name)).toEqual([ARSENAL_SOUND.throw.name]);
    expect(play([{ type: 'bounce', grenade: 5, x: 0, y: 0 }]).map((p) => p.name)).toEqual([ARSENAL_SOUND.bounce.name]);
    for (const weapon of ['sawedOff', 'quinoCase'] as const) {
      expect(play([{ type: 'shot', actor: 1, weapon, x: 0, y: 0, angle: 0, hand: 0 }]).map((p) => p.name)).not.toContain('casing');
    }
    expect(play([{ type: 'shot', actor: 1, weapon: 'wildey', x: 0, y: 0, angle: 0, hand: 0 }]).map((p) => p.name)).toContain('casing');
  });
});
