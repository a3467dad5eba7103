// The input buffer: a press that cannot act yet is kept BUFFER_TICKS ticks (counting its own) and
// acts on the first tick it can; an older one is dropped. One case per blocking state.
import { describe, expect, it } from 'vitest';
import { cloneWorld } from '../../src/sim/clone';
import { stateHash } from '../../src/sim/hash';
import { Button, withSlot, type TickInput } from '../../src/sim/input';
import { BUFFER_TICKS } from '../../src/sim/input-buffer';
import { step } from '../../src/sim/step';
import { SLEEVE_DRAW_TICKS, WEAPONS } from '../../src/sim/weapons';
import type { SimEvent } from '../../src/sim/events';
import type { World } from '../../src/sim/world';
import { playerOf, targetWorld } from './arsenal-helpers';
import { input, run } from './helpers';
import { elView } from './el-view';

const RANGE = ['############################', '#@.........................#', '#..........................#', '############################'];
const NONE = input();

/** Steps one tick and returns the types of El's events that tick. */
function tick(w: World, cmd: TickInput = NONE): string[] {
  step(w, cmd);
  return w.events.filter((e: SimEvent) => !('actor' in e) || e.actor === w.playerId).map((e) => e.type);
}

/** Steps until `done` holds (at most `max` ticks); returns the ticks taken. */
function until(w: World, done: (w: World) => boolean, max = 400, cmd: TickInput = NONE): number {
  for (let i = 0; i < max; i++) {
    if (done(w)) return i;
    step(w, cmd);
  }
  throw new Error('the state never came');
}

/** Taps `buttons` for one tick, then waits up to `wait` ticks; the tick index (0 = the tap) `type` first happened at, or -1. */
function tapThenWatch(w: World, buttons: number, type: string, wait: number): number {
  if (tick(w, input({ buttons })).includes(type)) return 0;
  for (let i = 1; i <= wait; i++) if (tick(w).includes(type)) return i;
  return -1;
}

/** A world with the pistols already out and nothing pending. */
function drawn(loadout = {}): World {
  const w = targetWorld(RANGE, loadout);
  tick(w, input({ buttons: Button.Fire }));
  run(w, SLEEVE_DRAW_TICKS + 30);
  return w;
}

describe('the input buffer', () => {
  it('keeps presses for 8 ticks, counting the tick of the press', () => {
    expect(BUFFER_TICKS).toBe(8);
  });

  it('a dive pressed while getting up from a dive leaps as soon as El is up; pressed earlier, it is dropped', () => {
    for (const early of [BUFFER_TICKS - 1, BUFFER_TICKS]) {
      const w = drawn();
      const el = elView(w);
      tick(w, input({ buttons: Button.Dive }));
      until(w, () => el.recoverLeft > 0);
      // Press `early` ticks before the first tick he can dive again.
      until(w, () => el.recoverLeft === early);
      const at = tapThenWatch(w, Button.Dive, 'dive', 20);
      if (early < BUFFER_TICKS) expect(at).toBe(early);
      else expect(at).toBe(-1);
    }
  });

  it('fire tapped while the pistols slide out fires once they are out; tapped too early, it does not', () => {
    for (const early of [BUFFER_TICKS - 1, BUFFER_TICKS]) {
      const w = targetWorld(RANGE);
      const el = elView(w);
      tick(w, input({ buttons: Button.Fire }));
      expect(el.drawLeft).toBe(SLEEVE_DRAW_TICKS);
      // drawLeft counts down at the start of each tick: at drawLeft === n + 1 the gun can fire n ticks on.
      until(w, () => el.drawLeft === early + 1);
      const at = tapThenWatch(w, Button.Fire, 'shot', 30);
      expect(at).toBe(early < BUFFER_TICKS ? early : -1);
    }
  });

  it('fire tapped near the end of a reload fires when it is done', () => {
    const w = drawn();
    const el = elView(w);
    el.magL = 0;
    tick(w, input({ buttons: Button.Reload }));
    expect(el.reloadLeft).toBe(WEAPONS.sleevePistols.reloadTicks);
    until(w, () => el.reloadLeft === 6);
    // The tap's tick and five more finish the reload; the shot comes on the tick after.
    const at = tapThenWatch(w, Button.Fire, 'shot', 30);
    expect(at).toBe(6);
    expect(el.magL + el.magR).toBe(2 * WEAPONS.sleevePistols.magazine - 1);
  });

  it('fire tapped while a switched-to gun comes up fires once it is ready', () => {
    const w = drawn({ wildey: 6 });
    const el = elView(w);
    tick(w, input({ buttons: withSlot(0, 3) }));
    expect(el.weapon).toBe('wildey');
    expect(el.cooldown).toBeGreaterThan(0);
    // The cooldown counts down at the start of each tick, the tap's own included.
    const wait = el.cooldown - 1;
    expect(wait).toBeLessThan(BUFFER_TICKS);
    const at = tapThenWatch(w, Button.Fire, 'shot', 30);
    expect(at).toBe(wait);
  });

  it('fire tapped twice quickly fires twice: the second tap waits out the cooldown', () => {
    const w = drawn();
    expect(tick(w, input({ buttons: Button.Fire }))).toContain('shot');
    tick(w);
    const at = tapThenWatch(w, Button.Fire, 'shot', 30);
    expect(at).toBe(WEAPONS.sleevePistols.cooldown - 2);
  });

  it('reload pressed while the pistols slide out starts once they are out', () => {
    const w = targetWorld(RANGE);
    const el = elView(w);
    el.magL = 3;
    tick(w, input({ buttons: Button.Fire }));
    until(w, () => el.drawLeft === 5);
    expect(tapThenWatch(w, Button.Reload, 'reload', 30)).toBe(4);
  });

  it('reload with nothing to reload is dropped, not kept for after the next shot', () => {
    const w = drawn();
    const el = elView(w);
    tick(w, input({ buttons: Button.Reload }));
    expect(tick(w, input({ buttons: Button.Fire }))).toContain('shot');
    run(w, 10);
    expect(el.reloadLeft).toBe(0);
  });

  it('use pressed a moment before a gun is in reach picks it up when it is; older, it does not', () => {
    for (const early of [BUFFER_TICKS - 1, BUFFER_TICKS + 4]) {
      const gun = { x: 200, y: 24 };
      const w = targetWorld(RANGE, {}, { pickups: [{ weapon: 'revolver', rounds: 3, ...gun }] });
      const el = elView(w);
      const east = input({ moveX: 127 });
      // Walking east, the k-th tick is the first to end with the gun in reach (Use acts after the move).
      const probe = cloneWorld(w);
      const k = until(probe, (p) => Math.hypot(playerOf(p).x - gun.x, playerOf(p).y - gun.y) <= 18, 400, east);
      run(w, k - 1 - early, east);
      // Use is tapped while walking on, before the gun is in reach.
      expect(tick(w, input({ moveX: 127, buttons: Button.Use }))).not.toContain('pickup');
      let taken = -1;
      for (let i = 1; i <= 40 && taken < 0; i++) if (tick(w, east).includes('pickup')) taken = i;
      expect(taken).toBe(early < BUFFER_TICKS ? early : -1);
      expect(el.carried === 'revolver').toBe(early < BUFFER_TICKS);
    }
  });

  it('a grenade thrown mid-dive leaves his hand when he lands', () => {
    const w = drawn({ grenades: 1 });
    const el = elView(w);
    tick(w, input({ buttons: Button.Dive }));
    until(w, () => el.diveLeft === 3);
    // The dive's last three ticks, the tap's included; he lands on the third and throws.
    expect(tapThenWatch(w, Button.Throw, 'throw', 20)).toBe(2);
  });

  it('is world state: hashed and cloned, so a replay does the same thing', () => {
    const w = drawn();
    const a = cloneWorld(w);
    tick(w, input({ buttons: Button.Dive }));
    tick(a, input({ buttons: Button.Dive }));
    until(w, () => playerOf(w).recoverLeft === 3);
    until(a, () => playerOf(a).recoverLeft === 3);
    const b = cloneWorld(a);
    tick(a, input({ buttons: Button.Dive }));
    tick(a);
    tick(b);
    tick(b);
    // Same position, motion and buttons; only the kept press differs, and the hash sees it.
    expect(stateHash(a)).not.toBe(stateHash(b));
    const c = cloneWorld(a);
    expect(stateHash(c)).toBe(stateHash(a));
    run(a, 10);
    run(c, 10);
    expect(stateHash(c)).toBe(stateHash(a));
    expect(playerOf(c).diveLeft).toBeGreaterThan(0);
  });
});
