import { describe, expect, it } from 'vitest';
import { Button, withSlot } from '../../src/sim/input';
import { Slot, slotBit } from '../../src/sim/slots';
import { WEAPONS } from '../../src/sim/weapons';
import { createWorld } from '../../src/sim/world';
import { targetWorld } from './arsenal-helpers';
import { asciiLevel } from './ascii-level';
import { collect, FIRE, input, run } from './helpers';
import { elView } from './el-view';

const RANGE = ['############################', '#@.........................#', '############################'];

describe('the loadout', () => {
  it('loads the barrels and the magazine, keeps the rest spare, and counts the grenades', () => {
    const p = elView(targetWorld(RANGE, { sawedOff: 9, wildey: 14, grenades: 3 }));
    expect([p.shells, p.shellReserve, p.wildeyRounds, p.wildeyReserve, p.grenades]).toEqual([2, 7, 6, 8, 3]);
    expect(p.owned).toBe(slotBit(Slot.Sleeves) | slotBit(Slot.SawedOff) | slotBit(Slot.Wildey));
  });

  it('an empty loadout gives only the sleeve pistols; nobody else gets any of it', () => {
    const w = createWorld(asciiLevel(['#####', '#@.e#', '#####']), 1);
    const p = elView(w);
    expect([p.shells, p.shellReserve, p.wildeyRounds, p.wildeyReserve, p.grenades, p.owned]).toEqual([0, 0, 0, 0, 0, 1]);
    const e = w.actors[1]!;
    // The arsenal is El's alone (world.player): a henchman's body carries none of it.
    for (const key of ['shells', 'wildeyRounds', 'grenades', 'owned', 'slot', 'carried']) expect(e).not.toHaveProperty(key);
    expect(e.knockVx).toBe(0);
  });
});

describe('slots', () => {
  it('Switch cycles through what El owns, in slot order', () => {
    const w = targetWorld(RANGE, { sawedOff: 4, wildey: 6 });
    const p = elView(w);
    const seen: (string | null)[] = [];
    for (let i = 0; i < 5; i++) {
      run(w, 1, input({ buttons: Button.Switch }));
      seen.push(p.weapon);
      run(w, 1);
    }
    expect(seen).toEqual(['sleevePistols', 'sawedOff', 'wildey', 'sleevePistols', 'sawedOff']);
  });

  it('Switch skips what he does not own; slot requests for it do nothing', () => {
    const w = targetWorld(RANGE, { wildey: 6 });
    const p = elView(w);
    run(w, 1, input({ buttons: FIRE }));
    run(w, 1, input({ buttons: withSlot(0, 2) }));
    expect(p.weapon).toBe('sleevePistols');
    run(w, 1, input({ buttons: Button.Switch }));
    expect(p.weapon).toBe('wildey');
    run(w, 1);
    run(w, 1, input({ buttons: Button.Switch }));
    expect(p.weapon).toBe('sleevePistols');
  });

  it('slot 3 takes the Wildey, slot 4 the gun off the floor, slot 2 the sawed-off', () => {
    const w = targetWorld(RANGE, { sawedOff: 2, wildey: 6 });
    const p = elView(w);
    run(w, 1, input({ buttons: withSlot(0, 3) }));
    expect([p.weapon, p.slot]).toEqual(['wildey', Slot.Wildey]);
    w.pickups.push({ id: 900, weapon: 'pistol', rounds: 2, x: p.x + 4, y: p.y, alive: true });
    run(w, 1, input({ buttons: Button.Use }));
    expect([p.weapon, p.slot]).toEqual(['pistol', Slot.Carried]);
    run(w, 1, input({ buttons: withSlot(0, 2) }));
    expect([p.weapon, p.slot]).toEqual(['sawedOff', Slot.SawedOff]);
    run(w, 1, input({ buttons: withSlot(0, 4) }));
    expect(p.weapon).toBe('pistol');
  });

  it('an empty sawed-off clicks and reloads both barrels from the spare shells', () => {
    const w = targetWorld(RANGE, { sawedOff: 3 });
    const p = elView(w);
    run(w, 1, input({ buttons: withSlot(0, 2) }));
    const shots = collect(w, 40, 'shot', input({ buttons: FIRE }));
    expect(shots.map((s) => s.hand)).toEqual([0, 1]);
    expect(p.shells).toBe(0);
    run(w, 1);
    expect(collect(w, 1, 'dryFire', input({ buttons: FIRE }))).toHaveLength(1);
    expect(p.reloadLeft).toBe(WEAPONS.sawedOff.reloadTicks);
    run(w, WEAPONS.sawedOff.reloadTicks);
    expect([p.shells, p.shellReserve]).toEqual([1, 0]);
    run(w, 30, input({ buttons: FIRE }));
    expect(p.shells).toBe(0);
    // Nothing left: the click does not start a reload.
    run(w, 1);
    expect(collect(w, 1, 'dryFire', input({ buttons: FIRE }))).toHaveLength(1);
    expect(p.reloadLeft).toBe(0);
  });

  it('the Wildey reloads on R only when not full, and switching away cancels the reload', () => {
    const w = targetWorld(RANGE, { wildey: 10 });
    const p = elView(w);
    run(w, 1, input({ buttons: withSlot(0, 3) }));
    expect(collect(w, 1, 'reload', input({ buttons: Button.Reload }))).toHaveLength(0);
    run(w, 20, input({ buttons: FIRE }));
    expect(p.wildeyRounds).toBe(5);
    run(w, 1);
    run(w, 1, input({ buttons: Button.Reload }));
    expect(p.reloadLeft).toBeGreaterThan(0);
    run(w, 1, input({ buttons: withSlot(0, 1) }));
    expect(p.reloadLeft).toBe(0);
    run(w, 1, input({ buttons: withSlot(0, 3) }));
    run(w, 1, input({ buttons: Button.Reload }));
    run(w, WEAPONS.wildey.reloadTicks);
    expect([p.wildeyRounds, p.wildeyReserve]).toEqual([6, 3]);
  });

  it('grenades on the floor go into the case, not into slot 4', () => {
    const w = targetWorld(RANGE, { grenades: 1 }, { pickups: [{ weapon: 'grenade', rounds: 2, x: 30, y: 24 }] });
    const p = elView(w);
    expect(w.pickups).toHaveLength(1);
    run(w, 1, input({ buttons: Button.Use }));
    expect([p.grenades, p.carried]).toEqual([3, null]);
  });
});
