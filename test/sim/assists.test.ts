import { describe, expect, it } from 'vitest';
import {
  AIM_ASSIST_RANGE, EXTRA_HEARTS, NO_ASSISTS, anyAssist, assistNames, assistsFromNames, type RunAssists,
} from '../../src/sim/assists';
import { cloneWorld } from '../../src/sim/clone';
import { damage } from '../../src/sim/combat';
import { explode } from '../../src/sim/explosion';
import { FOCUS_START } from '../../src/sim/focus';
import { roundOf } from '../../src/sim/harm';
import { stateHash } from '../../src/sim/hash';
import { Button } from '../../src/sim/input';
import { KNOCKDOWN_TICKS, knockDown } from '../../src/sim/knockdown';
import { angleDiff, angleOf } from '../../src/sim/math';
import { createWorld, playerOf, type World } from '../../src/sim/world';
import { asciiLevel } from './ascii-level';
import { input, run } from './helpers';

const on = (patch: Partial<RunAssists>): RunAssists => ({ ...NO_ASSISTS, ...patch });

const HALL = [
  '########################',
  '#@.....................#',
  '#......................#',
  '#......................#',
  '#......................#',
  '#.................e....#',
  '########################',
];

function hall(assists?: RunAssists, rows = HALL): World {
  const w = createWorld(asciiLevel(rows), 3, assists);
  for (const a of w.actors) a.ai = null;
  return w;
}

describe('assists in the world', () => {
  it('no assists (or all off) leave no trace: the world hashes as it always did', () => {
    const plain = createWorld(asciiLevel(HALL), 3);
    expect('assists' in plain).toBe(false);
    expect(stateHash(createWorld(asciiLevel(HALL), 3, NO_ASSISTS))).toBe(stateHash(plain));
  });

  it('any assist, game speed included, is hashed and cloned with the world', () => {
    const plain = stateHash(hall());
    for (const a of [on({ speed: 50 }), on({ aimAssist: true }), on({ longFocus: true })]) {
      const w = hall(a);
      expect(stateHash(w)).not.toBe(plain);
      const copy = cloneWorld(w);
      expect(copy.assists).toEqual(a);
      expect(stateHash(copy)).toBe(stateHash(w));
    }
  });

  it('equal assists hash alike however the object was written', () => {
    const a = createWorld(asciiLevel(HALL), 3, { longFocus: true, aimAssist: false, speed: 80, noKnockdown: false, extraHearts: false });
    const b = createWorld(asciiLevel(HALL), 3, on({ speed: 80, longFocus: true }));
    expect(stateHash(a)).toBe(stateHash(b));
  });

  it('names round-trip in a fixed order and mark the run', () => {
    const all = on({ speed: 60, extraHearts: true, noKnockdown: true, aimAssist: true, longFocus: true });
    expect(assistNames(all)).toEqual(['speed-60', 'extra-hearts', 'no-knockdown', 'aim-assist', 'long-focus']);
    expect(assistsFromNames(assistNames(all))).toEqual(all);
    expect(assistNames(NO_ASSISTS)).toEqual([]);
    expect(anyAssist(NO_ASSISTS)).toBe(false);
    expect(anyAssist(on({ speed: 80 }))).toBe(true);
  });
});

describe('extra hearts', () => {
  it('El survives a hit that kills him unassisted', () => {
    const hit = (w: World) => damage(w, playerOf(w), 6, w.actors[1]!.id, 0, 0, roundOf('revolver'));
    const plain = hall();
    hit(plain);
    expect(playerOf(plain).alive).toBe(false);
    const helped = hall(on({ extraHearts: true }));
    expect(playerOf(helped).maxHp).toBe(6 + EXTRA_HEARTS);
    hit(helped);
    expect(playerOf(helped).alive).toBe(true);
    expect(playerOf(helped).hp).toBe(EXTRA_HEARTS);
  });
});

describe('no knock-down', () => {
  it('a kicked door or sliding table does not knock El down or hurt him', () => {
    const plain = hall();
    knockDown(plain, playerOf(plain), plain.actors[1]!.id);
    expect(playerOf(plain).stunLeft).toBe(KNOCKDOWN_TICKS);
    const helped = hall(on({ noKnockdown: true }));
    knockDown(helped, playerOf(helped), helped.actors[1]!.id);
    expect(playerOf(helped).stunLeft).toBe(0);
    expect(playerOf(helped).hp).toBe(playerOf(helped).maxHp);
    expect(helped.events.some((e) => e.type === 'knockdown')).toBe(false);
  });

  it('a blast does not shove El (it still hurts him); the henchman beside him still flies', () => {
    const rows = ['############', '#..........#', '#....@e....#', '#..........#', '############'];
    const shoved = (assists?: RunAssists) => {
      const w = hall(assists, rows);
      const el = playerOf(w);
      const man = w.actors[1]!;
      const [ex, mx] = [el.x, man.x];
      explode(w, el.x - 10, el.y, 40, 1, man.id, 'grenade');
      run(w, 6);
      return { el: Math.abs(el.x - ex), man: Math.abs(man.x - mx), hurt: el.hp < el.maxHp };
    };
    const plain = shoved();
    expect(plain.el).toBeGreaterThan(1);
    const helped = shoved(on({ noKnockdown: true }));
    expect(helped.el).toBe(0);
    expect(helped.man).toBeGreaterThan(1);
    expect(helped.hurt).toBe(plain.hurt);
  });
});

describe('aim assist', () => {
  // El at (1,1), the henchman at (18,5): the exact bearing, and aims a little off it.
  const bearing = (w: World) => angleOf(w.actors[1]!.x - playerOf(w).x, w.actors[1]!.y - playerOf(w).y);

  it('pulls the aim part of the way toward a hostile inside the cone', () => {
    const w = hall(on({ aimAssist: true }));
    const exact = bearing(w);
    for (const off of [-60, -20, 25, 70]) {
      run(w, 1, input({ aim: (exact + off) & 4095 }));
      const after = angleDiff(exact, playerOf(w).aim);
      expect(Math.abs(after)).toBeLessThan(Math.abs(off));
      expect(Math.abs(after)).toBeGreaterThanOrEqual(Math.abs(off) / 2 - 1);
      expect(Math.sign(after)).toBe(Math.sign(off));
    }
  });

  it('leaves the aim alone outside the cone, out of range, behind a wall, or with the assist off', () => {
    const w = hall(on({ aimAssist: true }));
    const exact = bearing(w);
    for (const off of [-200, 160, 1024, 2048]) {
      run(w, 1, input({ aim: (exact + off) & 4095 }));
      expect(playerOf(w).aim).toBe((exact + off) & 4095);
    }
    const plain = hall();
    run(plain, 1, input({ aim: (exact + 20) & 4095 }));
    expect(playerOf(plain).aim).toBe((exact + 20) & 4095);
    // 22 cells (352 px) away: beyond AIM_ASSIST_RANGE.
    expect(22 * 16).toBeGreaterThan(AIM_ASSIST_RANGE);
    const far = hall(on({ aimAssist: true }), ['#'.repeat(25), '#@' + '.'.repeat(21) + 'e#', '#'.repeat(25)]);
    run(far, 1, input({ aim: 10 }));
    expect(playerOf(far).aim).toBe(10);
    const walled = hall(on({ aimAssist: true }), ['##########', '#@...#.e.#', '##########']);
    run(walled, 1, input({ aim: 10 }));
    expect(playerOf(walled).aim).toBe(10);
  });

  it('ignores the dead and friends, and is deterministic run to run', () => {
    // The bystander (nearer, just above the line) is in the cone too; the pull goes to the henchman below it.
    const rows = ['##############', '#.........c..#', '#@...........#', '#...........e#', '##############'];
    const w = hall(on({ aimAssist: true }), rows);
    run(w, 1, input({ aim: 0 }));
    const pulled = playerOf(w).aim;
    expect(pulled).toBeGreaterThan(0);
    expect(pulled).toBeLessThan(100);
    w.actors.find((a) => a.team === 'enemy')!.alive = false;
    run(w, 1, input({ aim: 0 }));
    expect(playerOf(w).aim).toBe(0);
    const play = () => {
      const x = createWorld(asciiLevel(HALL), 9, on({ aimAssist: true }));
      run(x, 240, (i) => input({ aim: (i * 37) & 4095, buttons: i % 9 === 0 ? Button.Fire : 0, moveX: i % 50 < 25 ? 60 : -60 }));
      return stateHash(x);
    };
    expect(play()).toBe(play());
  });
});

describe('longer bullet time', () => {
  it('spends the meter at half the rate, so focus lasts twice as long', () => {
    const lasts = (assists?: RunAssists) => {
      const w = hall(assists);
      run(w, 1, input({ buttons: Button.Focus }));
      let ticks = 1;
      while (w.focus.active && ticks < 10_000) {
        run(w, 1);
        ticks++;
      }
      return ticks;
    };
    const plain = lasts();
    expect(plain).toBeGreaterThanOrEqual(FOCUS_START);
    expect(lasts(on({ longFocus: true }))).toBeGreaterThanOrEqual(2 * plain - 2);
  });
});
