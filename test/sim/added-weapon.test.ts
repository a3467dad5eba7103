// Adding a gun is a weapon row, its look and its sound (fixtures/coach-gun.ts), with no other code
// changed: El gets it from a level's loadout, takes it up by its slot, fires it, his rounds hit,
// he reloads it from the shells he shares with the sawed-off, and the HUD and the mixer know it.
import { describe, expect, it } from 'vitest';
import { soundsForEvents } from '../../src/audio/event-sounds';
import type { SoundName } from '../../src/audio/sound-bank';
import { tracerFor } from '../../src/render/tracers';
import { Button, cloneWorld, loadedIn, slotBit, stateHash, step, withSlot, WEAPONS, type Loadout, type SimEvent, type World } from '../../src/sim';
import { ammoReadout } from '../../src/ui/ammo-readout';
import { COACH_GUN, COACH_SLOT } from './fixtures/coach-gun';
import { others, playerOf, targetWorld } from './arsenal-helpers';
import { FIRE, input, run } from './helpers';

/** El, a stride of floor, three henchmen standing in a row as targets. */
const ROWS = ['##########', '#@..eee..#', '##########'];

function world(): World {
  // A level's loadout names the case guns by weapon id: 5 shells for the coach gun (2 load, 3 spare).
  const w = targetWorld(ROWS, { [COACH_GUN]: 5 } as Partial<Loadout>);
  for (const a of others(w)) a.hp = 99;
  return w;
}

/** Every event of `n` ticks, pressing `buttons` on the first. */
function events(w: World, n: number, buttons: number): SimEvent[] {
  const out: SimEvent[] = [];
  for (let i = 0; i < n; i++) {
    step(w, input({ buttons: i === 0 ? buttons : 0 }));
    out.push(...w.events);
  }
  return out;
}

describe('a gun added as a row, a look and a sound', () => {
  it('is in the case from the loadout: its slot owned, both barrels loaded, the rest shells to spare', () => {
    const w = world();
    expect(w.player.owned & slotBit(COACH_SLOT)).not.toBe(0);
    expect(w.player.loaded[COACH_GUN]).toEqual([2]);
    expect(w.player.ammo.shell).toBe(3);
  });

  it('comes up on its slot, fires a fan of its pellets and they hit', () => {
    const w = world();
    run(w, 1, input({ buttons: withSlot(0, COACH_SLOT + 1) }));
    expect(playerOf(w).weapon).toBe(COACH_GUN);
    run(w, 10);
    const seen = events(w, 40, FIRE);
    const shots = seen.filter((e) => e.type === 'shot');
    expect(shots).toHaveLength(1);
    expect(shots[0]).toMatchObject({ weapon: COACH_GUN, hand: 0 });
    const hits = seen.filter((e) => e.type === 'hit');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.weapon === COACH_GUN && h.damage === WEAPONS[COACH_GUN].damage && h.cause === 'round')).toBe(true);
    expect(w.stats.shotsFired).toBe(WEAPONS[COACH_GUN].pellets);
    expect(w.stats.shotsHit).toBe(hits.length);
    expect(loadedIn(w.player, COACH_GUN)).toBe(1);
  });

  it('the second barrel, then the click starts a reload from the shared shells', () => {
    const w = world();
    run(w, 1, input({ buttons: withSlot(0, COACH_SLOT + 1) }));
    run(w, 10);
    events(w, 25, FIRE);
    const second = events(w, 25, FIRE).filter((e) => e.type === 'shot');
    // One barrel per shot: the second shot is barrel 1.
    expect(second).toMatchObject([{ weapon: COACH_GUN, hand: 1 }]);
    const click = events(w, 1, FIRE);
    expect(click.map((e) => e.type)).toEqual(['dryFire', 'reload']);
    run(w, WEAPONS[COACH_GUN].reloadTicks);
    expect(w.player.loaded[COACH_GUN]).toEqual([2]);
    expect(w.player.ammo.shell).toBe(1);
  });

  it('is hashed and cloned with the rest of his arsenal', () => {
    const w = world();
    run(w, 1, input({ buttons: withSlot(0, COACH_SLOT + 1) }));
    const copy = cloneWorld(w);
    expect(stateHash(copy)).toBe(stateHash(w));
    run(w, 12, input({ buttons: Button.Fire }));
    run(copy, 12, input({ buttons: Button.Fire }));
    expect(stateHash(copy)).toBe(stateHash(w));
    expect(copy.player.loaded[COACH_GUN]).not.toBe(w.player.loaded[COACH_GUN]);
  });

  it('the HUD, the tracers and the mixer read its look and sound', () => {
    const w = world();
    run(w, 1, input({ buttons: withSlot(0, COACH_SLOT + 1) }));
    expect(ammoReadout(w.player)).toMatchObject({ name: 'Coach gun', icon: 'icon_sawedOff', rows: [{ frame: 'icon_shell', slots: 2, full: 2 }], spare: '3 spare' });
    expect(tracerFor(COACH_GUN, 'el').tail).toBe(1);
    run(w, 10);
    const played: SoundName[] = [];
    const lookup = { listenerX: 0, listenerY: 0, actorPos: () => ({ x: 0, y: 0 }), actorTeam: () => 'player' as const };
    soundsForEvents(events(w, 1, FIRE), lookup, (name) => played.push(name));
    expect(played).toContain('sawedOff');
    expect(played).not.toContain('casing');
  });
});
