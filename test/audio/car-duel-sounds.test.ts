// The car (its engine as heard from El, the ram, bullets on its body, the wreck) and the duel's stings.
import { describe, expect, it } from 'vitest';
import { createEngineMemo, ENGINE_RANGE, engineMix, type Vehicle } from '../../src/audio/car-engine';
import { createEventSoundMemo, DUEL_SOUND, soundsForEvents, type PlayOpts, type SoundLookup } from '../../src/audio/event-sounds';
import type { SoundName } from '../../src/audio/sound-bank';
import type { SimEvent } from '../../src/sim';

const CAR = 7;
function heard(events: SimEvent[], carKnown = true, memo = createEventSoundMemo()): { name: SoundName; opts: PlayOpts }[] {
  const out: { name: SoundName; opts: PlayOpts }[] = [];
  const lookup: SoundLookup = {
    listenerX: 0, listenerY: 0, actorPos: () => ({ x: 40, y: 0 }), actorTeam: () => 'enemy',
    ...(carKnown ? { isVehicle: (id: number) => id === CAR } : {}),
  };
  soundsForEvents(events, lookup, (name, opts) => out.push({ name, opts }), memo);
  return out;
}
const names = (events: SimEvent[], carKnown = true, memo = createEventSoundMemo()): SoundName[] => heard(events, carKnown, memo).map((p) => p.name);
const car = (o: Partial<Vehicle>): Vehicle => ({ id: CAR, x: 100, y: 0, px: 100, py: 0, alive: true, ...o });

describe('car sounds', () => {
  it('a ram crunches; bullets ring on the car; the car dies in a blast, a crunch and a window', () => {
    expect(names([{ type: 'ram', car: CAR, target: 1, x: 10, y: 0 }])).toEqual(['carRam']);
    expect(names([{ type: 'hit', target: CAR, by: 1, x: 10, y: 0, damage: 2, hp: 10, cause: 'round', weapon: 'pistol' }])).toEqual(['impactMetal']);
    expect(names([{ type: 'hit', target: 3, by: 1, x: 10, y: 0, damage: 2, hp: 1, cause: 'round', weapon: 'pistol' }])).toEqual(['impactFlesh']);
    expect(names([{ type: 'death', actor: CAR, by: 1, x: 10, y: 0, cause: 'round', weapon: 'pistol' }])).toEqual(['explosion', 'carRam', 'glassShatter']);
    expect(names([{ type: 'death', actor: 3, by: 1, x: 10, y: 0, cause: 'round', weapon: 'pistol' }])).toEqual(['death']);
  });

  it('without the lookup, a car is known once it has rammed', () => {
    const memo = createEventSoundMemo();
    expect(names([{ type: 'hit', target: CAR, by: 1, x: 10, y: 0, damage: 2, hp: 10, cause: 'round', weapon: 'pistol' }], false, memo)).toEqual(['impactFlesh']);
    names([{ type: 'ram', car: CAR, target: 1, x: 10, y: 0 }], false, memo);
    expect(names([{ type: 'death', actor: CAR, by: 1, x: 10, y: 0, cause: 'round', weapon: 'pistol' }], false, memo)).toContain('carRam');
  });

  it('the engine is off while parked, revs with speed, idles once started, and dies with the car', () => {
    const memo = createEngineMemo();
    expect(engineMix([car({})], 0, 0, memo).volume).toBe(0);
    const slow = engineMix([car({ px: 99 })], 0, 0, memo);
    const fast = engineMix([car({ px: 97 })], 0, 0, memo);
    expect(slow.volume).toBeGreaterThan(0);
    expect(fast.volume).toBeGreaterThan(slow.volume);
    expect(fast.rate).toBeGreaterThan(slow.rate);
    const idle = engineMix([car({})], 0, 0, memo);
    expect(idle.volume).toBeGreaterThan(0);
    expect(idle.rate).toBeLessThan(slow.rate);
    expect(engineMix([car({ alive: false })], 0, 0, memo).volume).toBe(0);
    expect(engineMix([car({})], 0, 0, memo).volume).toBe(0); // a wreck does not restart
  });

  it('the engine fades with distance, pans with the car, and ignores broken numbers', () => {
    const memo = createEngineMemo();
    const near = engineMix([car({ x: 200, px: 198 })], 0, 0, memo);
    const far = engineMix([car({ x: 700, px: 698 })], 0, 0, memo);
    expect(far.volume).toBeLessThan(near.volume);
    expect(near.pan).toBeGreaterThan(0);
    expect(engineMix([car({ x: ENGINE_RANGE + 100, px: ENGINE_RANGE + 98 })], 0, 0, memo).volume).toBe(0);
    const broken = engineMix([car({ x: NaN, px: NaN })], 0, 0, createEngineMemo());
    expect(broken.volume).toBe(0);
    expect(Number.isFinite(broken.rate)).toBe(true);
  });
});

describe('duel sounds', () => {
  it('each moment of the duel has its sting, centred and full wherever the target stands', () => {
    const events: SimEvent[] = [
      { type: 'duelStart', target: 3 }, { type: 'duelCue', target: 3 }, { type: 'duelWon', target: 3 },
      { type: 'duelEarly', target: 3 }, { type: 'duelLate', target: 3, victim: 4 },
    ];
    const p = heard(events);
    expect(p.map((x) => x.name)).toEqual(['duelStandoff', 'duelCue', 'duelWin', 'duelFoul', 'duelFoul']);
    for (const x of p) expect(x.opts).toEqual({ volume: 1, pan: 0, rate: 1 });
    expect(new Set(Object.values(DUEL_SOUND)).size).toBe(4);
  });
});
