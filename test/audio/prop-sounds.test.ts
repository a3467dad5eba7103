// The props' events (focus, tables, glass, door kicks) are heard, through the PROP_SOUND table.
import { describe, expect, it } from 'vitest';
import { PROP_SOUND, soundsForEvents, type PlayOpts } from '../../src/audio/event-sounds';
import type { SoundName } from '../../src/audio/sound-bank';
import { Cell, type SimEvent } from '../../src/sim';

function heard(events: SimEvent[]): { name: SoundName; opts: PlayOpts }[] {
  const out: { name: SoundName; opts: PlayOpts }[] = [];
  soundsForEvents(events, { listenerX: 0, listenerY: 0, actorPos: () => ({ x: 0, y: 0 }), actorTeam: () => 'enemy' }, (name, opts) => out.push({ name, opts }));
  return out;
}

describe('prop sounds', () => {
  it('maps each prop event to its sound', () => {
    expect(heard([{ type: 'shatter', tx: 1, ty: 1, x: 20, y: 0, cell: Cell.Void, by: 1 }]).map((p) => p.name)).toEqual([PROP_SOUND.shatter]);
    expect(heard([{ type: 'tableKick', table: 0, dir: 0, by: 1, x: 10, y: 0 }]).map((p) => p.name)).toEqual([PROP_SOUND.tableKick]);
    expect(heard([{ type: 'doorKick', door: 0, by: 1, x: 10, y: 0, swing: 1 }]).map((p) => p.name)).toEqual([PROP_SOUND.doorKick, 'impactWood']);
    expect(heard([{ type: 'knockdown', actor: 2, by: 1, x: 10, y: 0 }]).map((p) => p.name)).toEqual([PROP_SOUND.knockdown]);
    expect(heard([{ type: 'focusStart', meter: 300 }, { type: 'focusEnd', meter: 0 }]).map((p) => p.name)).toEqual([PROP_SOUND.focusStart, PROP_SOUND.focusEnd]);
  });

  it('a kicked door is louder and lower than a door pushed open', () => {
    const kick = heard([{ type: 'doorKick', door: 0, by: 1, x: 0, y: 0, swing: 1 }])[0]!;
    const push = heard([{ type: 'door', door: 0, open: true, by: 1 }])[0]!;
    expect([kick.name, push.name]).toEqual(['door', 'door']);
    expect(kick.opts.volume).toBeGreaterThan(push.opts.volume);
    expect(kick.opts.rate).toBeLessThan(push.opts.rate);
  });
});
