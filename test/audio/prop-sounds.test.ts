// The props' events (focus, tables, glass, door kicks, burnt cover) are heard, through the PROP_SOUND table.
import { describe, expect, it } from 'vitest';
import { createEventSoundMemo, PROP_SOUND, soundsForEvents, type PlayOpts } from '../../src/audio/event-sounds';
import type { SoundName } from '../../src/audio/sound-bank';
import { Cell, type SimEvent } from '../../src/sim';

function heard(events: SimEvent[]): { name: SoundName; opts: PlayOpts }[] {
  const out: { name: SoundName; opts: PlayOpts }[] = [];
  soundsForEvents(events, { listenerX: 0, listenerY: 0, actorPos: () => ({ x: 0, y: 0 }), actorTeam: () => 'enemy' }, (name, opts) => out.push({ name, opts }), createEventSoundMemo());
  return out;
}
const names = (events: SimEvent[]): SoundName[] => heard(events).map((p) => p.name);
const pane = (tx: number, cell = Cell.Void): SimEvent => ({ type: 'shatter', tx, ty: 1, x: tx * 16, y: 0, cell, by: 1 });

describe('prop sounds', () => {
  it('maps each prop event to its sound', () => {
    expect(names([{ type: 'tableKick', table: 0, dir: 0, by: 1, x: 10, y: 0 }])).toEqual(['tableCrash']);
    expect(names([{ type: 'tableStop', table: 0, x: 10, y: 0 }])).toEqual(['tableThud']);
    expect(names([{ type: 'doorKick', door: 0, by: 1, x: 10, y: 0, swing: 1 }])).toEqual(['doorKick']);
    expect(names([{ type: 'knockdown', actor: 2, by: 1, x: 10, y: 0 }])).toEqual(['bodyThump']);
    expect(names([{ type: 'focusStart', meter: 300 }, { type: 'focusEnd', meter: 0 }])).toEqual(['focusIn', 'focusOut']);
    expect(Object.values(PROP_SOUND)).not.toContain('impactWood');
  });

  it('a window pane shatters; bottles and signs break like bottles; a blast breaking many cells crashes once of each', () => {
    expect(names([pane(1)])).toEqual(['glassShatter']);
    expect(names([pane(1, Cell.Wall)])).toEqual(['glassBreak']);
    expect(names([pane(1), pane(2), pane(3, Cell.Wall), pane(4), pane(5, Cell.Wall)])).toEqual(['glassShatter', 'glassBreak']);
  });

  it('focus cues play centred at their own rate', () => {
    for (const p of heard([{ type: 'focusStart', meter: 300 }, { type: 'focusEnd', meter: 0 }])) expect(p.opts).toEqual({ volume: 1, pan: 0, rate: 1 });
  });

  it('burnt-through cover falls in with a crash; a floor cell just goes out', () => {
    expect(names([{ type: 'burnOut', tx: 1, ty: 1, collapsed: true }])).toEqual([PROP_SOUND.collapse]);
    expect(names([{ type: 'burnOut', tx: 1, ty: 1, collapsed: false }])).toEqual([]);
  });

  it('a kicked door carries further than a door pushed open', () => {
    const at = (x: number): SoundName[] => {
      const out: SoundName[] = [];
      soundsForEvents([{ type: 'doorKick', door: 0, by: 1, x, y: 0, swing: 1 }, { type: 'door', door: 0, open: true, by: 9 }],
        { listenerX: 0, listenerY: 0, actorPos: () => ({ x, y: 0 }), actorTeam: () => 'enemy' }, (name) => out.push(name), createEventSoundMemo());
      return out;
    };
    expect(at(300)).toEqual(['doorKick', 'door']);
    expect(at(700)).toEqual(['doorKick']);
  });
});
