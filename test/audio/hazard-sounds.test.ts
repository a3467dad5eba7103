import { describe, expect, it } from 'vitest';
import { createEventSoundMemo, soundsForEvents, type PlayOpts } from '../../src/audio/event-sounds';
import { fireLoudness, HEAR_CELLS } from '../../src/audio/fire-ambience';
import type { SoundName } from '../../src/audio/sound-bank';
import { Material, type SimEvent } from '../../src/sim';

function names(events: SimEvent[]): SoundName[] {
  const played: { name: SoundName; opts: PlayOpts }[] = [];
  soundsForEvents(events, { listenerX: 0, listenerY: 0, actorPos: () => ({ x: 0, y: 0 }), actorTeam: () => 'enemy' }, (name, opts) => played.push({ name, opts }), createEventSoundMemo());
  return played.map((p) => p.name);
}

describe('hazard sounds', () => {
  it('knives whoosh without a casing, ring on the wind-up and thunk by material', () => {
    expect(names([{ type: 'shot', actor: 2, weapon: 'knife', x: 0, y: 0, angle: 0, hand: 0 }])).toEqual(['knifeWhoosh']);
    expect(names([{ type: 'windup', actor: 2, x: 10, y: 0, angle: 0, ticks: 36 }])).toEqual(['knifeTell']);
    expect(names([{ type: 'knifeStick', weapon: 'knife', x: 5, y: 0, angle: 0, material: Material.Wood }])).toEqual(['knifeThunkWood']);
    expect(names([{ type: 'knifeStick', weapon: 'knife', x: 5, y: 0, angle: 0, material: Material.Stone }])).toEqual(['knifeThunkStone']);
  });

  it('a zone catching fire whooms once; a burn sizzles', () => {
    const cells: SimEvent[] = [0, 1, 2].map((tx) => ({ type: 'ignite', tx, ty: 0 }));
    expect(names(cells)).toEqual(['fireIgnite']);
    expect(names([{ type: 'burn', actor: 1, x: 0, y: 0 }])).toEqual(['sizzle']);
  });

  it('the crackle follows how much fire is near the listener', () => {
    const w = 40;
    const h = 40;
    const burn = new Uint8Array(w * h);
    expect(fireLoudness(burn, w, h, 320, 320)).toBe(0);
    burn[20 * w + 25] = 1;
    const one = fireLoudness(burn, w, h, 320, 320);
    expect(one).toBeGreaterThan(0);
    // Farther than earshot: silent.
    expect(fireLoudness(burn, w, h, 320 - (HEAR_CELLS + 6) * 16, 320)).toBe(0);
    for (let tx = 18; tx < 23; tx++) for (let ty = 18; ty < 23; ty++) burn[ty * w + tx] = 1;
    expect(fireLoudness(burn, w, h, 320, 320)).toBe(1);
    // Burnt-out cells (2) are quiet.
    burn.fill(2);
    expect(fireLoudness(burn, w, h, 320, 320)).toBe(0);
  });
});
