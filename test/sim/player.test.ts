import { describe, expect, it } from 'vitest';
import { Button, withSlot } from '../../src/sim/input';
import { createWorld, playerOf } from '../../src/sim/world';
import { SLEEVE_DRAW_TICKS, SLEEVE_RESERVE, WEAPONS } from '../../src/sim/weapons';
import { asciiLevel } from './ascii-level';
import { collect, FIRE, input, run } from './helpers';
import { elView } from './el-view';

const RANGE = ['############################', '#@.........................#', '############################'];
const MAG = WEAPONS.sleevePistols.magazine;

describe('the sleeve pistols', () => {
  it('slide out of the sleeves on the first trigger pull, then fire', () => {
    const w = createWorld(asciiLevel(RANGE), 1);
    expect(playerOf(w).weapon).toBeNull();
    let firstShotTick = -1;
    for (let i = 0; i < 40 && firstShotTick < 0; i++) {
      run(w, 1, input({ buttons: FIRE }));
      if (w.events.some((e) => e.type === 'shot')) firstShotTick = w.tick;
    }
    expect(firstShotTick).toBe(1 + SLEEVE_DRAW_TICKS);
    expect(playerOf(w).weapon).toBe('sleevePistols');
  });

  it('fire alternately from each hand, each with its own magazine', () => {
    const w = createWorld(asciiLevel(RANGE), 1);
    const shots = collect(w, 200, 'shot', input({ buttons: FIRE }));
    expect(shots).toHaveLength(2 * MAG);
    expect(shots.map((s) => s.hand)).toEqual(Array.from({ length: 2 * MAG }, (_, i) => i % 2));
    const p = elView(w);
    expect(p.magL + p.magR).toBeLessThan(2 * MAG); // reloading from the reserve after the click
  });

  it('click when empty, reload from the reserve, and respect the reload time', () => {
    const w = createWorld(asciiLevel(RANGE), 1);
    const p = elView(w);
    run(w, 40, input({ buttons: FIRE }));
    p.magL = 0;
    p.magR = 0;
    p.cooldown = 0;
    run(w, 1);
    const events = collect(w, 1, 'dryFire', input({ buttons: FIRE }));
    expect(events).toHaveLength(1);
    expect(p.reloadLeft).toBe(WEAPONS.sleevePistols.reloadTicks);
    run(w, WEAPONS.sleevePistols.reloadTicks - 1);
    expect(p.magL + p.magR).toBe(0);
    run(w, 1);
    expect([p.magL, p.magR]).toEqual([MAG, MAG]);
    expect(p.reserve).toBeLessThanOrEqual(SLEEVE_RESERVE - 2 * MAG);
  });

  it('reload on R only when a magazine is not full', () => {
    const w = createWorld(asciiLevel(RANGE), 1);
    run(w, 20, input({ buttons: FIRE }));
    run(w, 10);
    const p = elView(w);
    expect(p.magL + p.magR).toBeLessThan(2 * MAG);
    expect(collect(w, 1, 'reload', input({ buttons: Button.Reload }))).toHaveLength(1);
    run(w, WEAPONS.sleevePistols.reloadTicks + 1);
    expect([p.magL, p.magR]).toEqual([MAG, MAG]);
    expect(collect(w, 2, 'reload', (i) => input({ buttons: i === 1 ? Button.Reload : 0 }))).toHaveLength(0);
  });
});

describe('guns off the floor', () => {
  it('can be picked up with Use, may be empty, and switching back draws the pistols again', () => {
    const w = createWorld(asciiLevel(RANGE), 1);
    const p = elView(w);
    w.pickups.push({ id: 999, weapon: 'revolver', rounds: 1, x: p.x + 10, y: p.y, alive: true });
    const picked = collect(w, 1, 'pickup', input({ buttons: Button.Use }));
    expect(picked).toHaveLength(1);
    expect(p.carried).toBe('revolver');
    expect(p.weapon).toBe('revolver');
    run(w, 20);
    const shots = collect(w, 60, 'shot', input({ buttons: FIRE }));
    expect(shots).toHaveLength(1);
    expect(shots[0]!.weapon).toBe('revolver');
    // Empty now: each new trigger pull only clicks.
    const clicks = collect(w, 6, 'dryFire', (i) => input({ buttons: i % 2 === 1 ? FIRE : 0 }));
    expect(clicks).toHaveLength(3);
    // Back to the sleeves with slot 1: a draw before the next shot.
    run(w, 1, input({ buttons: withSlot(0, 1) }));
    expect(p.weapon).toBe('sleevePistols');
    expect(p.drawLeft).toBe(SLEEVE_DRAW_TICKS);
  });

  it('swap: picking up a second gun drops the first where El stands', () => {
    const w = createWorld(asciiLevel(RANGE), 1);
    const p = elView(w);
    w.pickups.push({ id: 900, weapon: 'pistol', rounds: 2, x: p.x + 4, y: p.y, alive: true });
    run(w, 1, input({ buttons: Button.Use }));
    w.pickups.push({ id: 901, weapon: 'deagle', rounds: 7, x: p.x + 4, y: p.y, alive: true });
    run(w, 1);
    run(w, 1, input({ buttons: Button.Use }));
    expect(p.carried).toBe('deagle');
    expect(w.pickups.filter((k) => k.alive).map((k) => [k.weapon, k.rounds])).toEqual([['pistol', 2]]);
  });
});
