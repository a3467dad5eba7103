import { describe, expect, it } from 'vitest';
import { loadLevel } from '../../src/headless/level-files';
import { createWorld, Slot, slotBit, type PlayerState } from '../../src/sim';
import { ammoReadout } from '../../src/ui/ammo-readout';
import { elView, type ElView } from '../sim/el-view';

/** El's arsenal on the bar with `patch` (named as on elView) applied. */
function el(patch: Partial<ElView>): PlayerState {
  const w = createWorld(loadLevel('bar'), 1);
  Object.assign(elView(w), patch);
  return w.player;
}

describe('ammo readout', () => {
  it('the sleeve pistols: name, both magazines as rounds, the spare in words', () => {
    const r = ammoReadout(el({ magL: 8, magR: 5, reserve: 48 }));
    expect(r.name).toBe('Sleeve pistols');
    expect(r.icon).toBe('icon_sleeve');
    expect(r.rows).toEqual([{ frame: 'icon_round', slots: 8, full: 8 }, { frame: 'icon_round', slots: 8, full: 5 }]);
    expect(r.spare).toBe('48 spare');
    expect(r.low).toBe(false);
  });

  it('says "no spare" when there is nothing left to reload with', () => {
    expect(ammoReadout(el({ reserve: 0 })).spare).toBe('no spare');
  });

  it('the sawed-off shows shells, the Wildey rounds, each with its own spare', () => {
    const sawed = ammoReadout(el({ slot: Slot.SawedOff, weapon: 'sawedOff', owned: slotBit(Slot.SawedOff), shells: 1, shellReserve: 10 }));
    expect(sawed).toMatchObject({ name: 'Sawed-off', icon: 'icon_sawedOff', rows: [{ frame: 'icon_shell', slots: 2, full: 1 }], spare: '10 spare' });
    const wildey = ammoReadout(el({ slot: Slot.Wildey, weapon: 'wildey', wildeyRounds: 6, wildeyReserve: 0 }));
    expect(wildey).toMatchObject({ name: 'Wildey magnum', rows: [{ frame: 'icon_round', slots: 6, full: 6 }], spare: 'no spare' });
  });

  it('a gun off the floor has its magazine only; a case with many rounds is a number in words', () => {
    expect(ammoReadout(el({ slot: Slot.Carried, weapon: 'revolver', carried: 'revolver', carriedRounds: 2 }))).toMatchObject({ name: 'Revolver', icon: 'icon_revolver', rows: [{ slots: 6, full: 2 }], spare: 'no spare' });
    const campa = ammoReadout(el({ slot: Slot.Carried, weapon: 'campaCase', carried: 'campaCase', carriedRounds: 37 }));
    expect(campa).toMatchObject({ name: 'Machine-gun case', rows: [], spare: '37 rounds' });
  });

  it('never a bare "+n" or "a:b/c" that reads as something else', () => {
    for (const slot of [Slot.Sleeves, Slot.SawedOff, Slot.Wildey, Slot.Carried]) {
      const r = ammoReadout(el({ slot, carried: 'pistol', carriedRounds: 3 }));
      expect(r.spare).toMatch(/^(\d+ spare|no spare|\d+ rounds?)$/);
      expect(r.name).not.toMatch(/[+/:]/);
    }
  });
});
