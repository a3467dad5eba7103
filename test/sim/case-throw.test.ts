// The guitar case thrown across the rooftop gap (trigger action throwCase): everything but the sleeve
// pistols leaves El, flies, lands as a pickup, and comes back with Use.
import { describe, expect, it } from 'vitest';
import { Button, withSlot } from '../../src/sim/input';
import type { TriggerZone } from '../../src/sim/level-data';
import { Slot } from '../../src/sim/slots';
import { step } from '../../src/sim/step';
import type { World } from '../../src/sim/world';
import { targetWorld } from './arsenal-helpers';
import { collect, input, run } from './helpers';
import { elView } from './el-view';

const ROWS = [
  '####################',
  '#@.......~~........#',
  '#........~~........#',
  '####################',
];
/** Where the case lands: the far side of the gap, row 1, column 14. */
const FAR = { x: 14 * 16 + 8, y: 24 };
const LOADOUT = { sawedOff: 8, wildey: 6, grenades: 2 };

function throwAt(delay: number, x = FAR.x, y = FAR.y): TriggerZone {
  return { name: 'gap', area: { x: 0, y: 0, w: 64, h: 64 }, delay, actions: [{ type: 'throwCase', x, y }] };
}

function world(loadout = LOADOUT, triggers = [throwAt(10)], pickups = [] as { weapon: 'pistol'; rounds: number; x: number; y: number }[]): World {
  return targetWorld(ROWS, loadout, { triggers, pickups });
}

/** Moves El to (x, y) at once, as if he had walked and dived there. */
function put(w: World, x: number, y: number): void {
  const el = elView(w);
  el.x = el.px = x;
  el.y = el.py = y;
}

describe('throwing the guitar case', () => {
  it('takes the sawed-off, the Wildey and the grenades off El; they fly and land as one pickup', () => {
    const w = world();
    const el = elView(w);
    const before = { shells: el.shells, shellReserve: el.shellReserve, wildeyRounds: el.wildeyRounds, wildeyReserve: el.wildeyReserve, grenades: el.grenades };
    expect(before).toEqual({ shells: 2, shellReserve: 6, wildeyRounds: 6, wildeyReserve: 0, grenades: 2 });
    // A trigger with delay 10 acts on the 11th tick.
    const throws = collect(w, 11, 'caseThrow');
    expect(throws).toHaveLength(1);
    const t = throws[0]!;
    expect([t.actor, t.x, t.y, t.tx, t.ty]).toEqual([el.id, el.x, el.y, FAR.x, FAR.y]);
    // About 4 px per tick: the 208 px throw takes 52 ticks.
    expect(t.ticks).toBe(52);
    expect([el.shells, el.shellReserve, el.wildeyRounds, el.wildeyReserve, el.grenades, el.owned]).toEqual([0, 0, 0, 0, 0, 1]);
    expect(w.pickups).toHaveLength(1);
    const p = w.pickups[0]!;
    expect([p.id, p.weapon, p.x, p.y]).toEqual([t.pickup, 'guitarCase', FAR.x, FAR.y]);
    // The case holds the case guns' magazines and the ammo that travels with them (the pistols' spares stay on El).
    expect(p.contents).toEqual({
      ammo: { shell: before.shellReserve, magnumRound: before.wildeyReserve, grenade: before.grenades },
      loaded: { sawedOff: [before.shells], wildey: [before.wildeyRounds] },
      owned: 0b110,
    });
    // In the air for exactly `ticks` ticks: it lands on the last.
    const lands = collect(w, t.ticks, 'caseLand');
    expect(lands).toEqual([{ type: 'caseLand', pickup: p.id, x: FAR.x, y: FAR.y }]);
    expect(p.flight!.left).toBe(0);
  });

  it('cannot be taken while in the air; Use on the far side gives every round back, in its slots', () => {
    const w = world();
    const el = elView(w);
    run(w, 11);
    put(w, FAR.x - 8, FAR.y);
    // Use every other tick while it flies: nothing.
    for (let i = 0; i < 50; i++) {
      step(w, input({ buttons: i % 2 === 0 ? Button.Use : 0 }));
      expect(w.pickups[0]!.alive).toBe(true);
    }
    run(w, 2);
    const events = collect(w, 1, 'pickup', input({ buttons: Button.Use }));
    expect(events).toHaveLength(1);
    expect(events[0]!.weapon).toBe('guitarCase');
    expect([el.shells, el.shellReserve, el.wildeyRounds, el.wildeyReserve, el.grenades]).toEqual([2, 6, 6, 0, 2]);
    expect(el.owned).toBe(0b111);
    // Not a gun for slot 4: nothing carried, and the Wildey is his again.
    expect(el.carried).toBe(null);
    run(w, 1, input({ buttons: withSlot(0, 3) }));
    expect(el.weapon).toBe('wildey');
  });

  it('a case gun in hand gives way to the sleeve pistols; a gun off the floor stays with him', () => {
    const w = world(LOADOUT, [throwAt(20)], [{ weapon: 'pistol', rounds: 3, x: 24, y: 24 }]);
    const el = elView(w);
    run(w, 1, input({ buttons: Button.Use }));
    expect(el.carried).toBe('pistol');
    run(w, 1, input({ buttons: withSlot(0, 2) }));
    expect(el.weapon).toBe('sawedOff');
    const draws = collect(w, 21, 'draw');
    expect(draws).toHaveLength(1);
    expect([el.slot, el.weapon]).toEqual([Slot.Sleeves, 'sleevePistols']);
    expect([el.carried, el.carriedRounds]).toEqual(['pistol', 3]);
    // Slot 2 asks for a gun he no longer has: nothing changes.
    run(w, 1, input({ buttons: withSlot(0, 2) }));
    expect(el.weapon).toBe('sleevePistols');
  });

  it('throws nothing when the case is empty, or twice', () => {
    const empty = world({ sawedOff: 0, wildey: 0, grenades: 0 });
    expect(collect(empty, 20, 'caseThrow')).toHaveLength(0);
    expect(empty.pickups).toHaveLength(0);
    const twice = world(LOADOUT, [throwAt(5), throwAt(15, 48, 24)]);
    expect(collect(twice, 20, 'caseThrow')).toHaveLength(1);
    expect(twice.pickups).toHaveLength(1);
  });

  it('a short throw still takes a moment in the air', () => {
    const w = world(LOADOUT, [throwAt(1, 40, 24)]);
    const t = collect(w, 2, 'caseThrow')[0]!;
    expect(t.ticks).toBe(12);
  });
});
