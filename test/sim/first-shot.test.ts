// Shots go where the crosshair is: the sleeve pistols' two rounds converge on the aim point, and a
// shot after 0.3 s without firing has no spread (rapid fire does).
import { describe, expect, it } from 'vitest';
import { AIM_DIST_DEFAULT, AIM_DIST_STEP, Button } from '../../src/sim/input';
import { step } from '../../src/sim/step';
import { SLEEVE_DRAW_TICKS, STEADY_TICKS, WEAPONS } from '../../src/sim/weapons';
import type { Bullet, World } from '../../src/sim/world';
import { playerOf, targetWorld } from './arsenal-helpers';
import { input, run } from './helpers';
import { rangeHitRate, type RangeGun } from './shot-range';

const DISTANCES = [48, 100, 150, 200, 250];
const OPEN = ['#'.repeat(40), ...Array.from({ length: 30 }, (_, y) => '#' + (y === 15 ? '.'.repeat(19) + '@' + '.'.repeat(18) : '.'.repeat(38)) + '#'), '#'.repeat(40)];

/** Distance from (px, py) to the line the bullet flies along. */
function missBy(b: Bullet, px: number, py: number): number {
  const len = Math.hypot(b.vx, b.vy);
  return Math.abs((px - b.x) * b.vy - (py - b.y) * b.vx) / len;
}

/** El with the pistols out, standing still long enough to be steady. */
function steadyEl(seed = 1): World {
  const w = targetWorld(OPEN, {}, {}, seed);
  step(w, input({ buttons: Button.Fire }));
  run(w, SLEEVE_DRAW_TICKS + STEADY_TICKS + 2);
  return w;
}

describe('first shots', () => {
  for (const gun of ['sleevePistols', 'pistol', 'revolver'] as RangeGun[]) {
    it(`${gun}: a still target under the crosshair 48-250 px away takes at least 90% of first shots`, () => {
      for (const d of DISTANCES) {
        const r = rangeHitRate(gun, d, 24, 3);
        expect(r.first, `${gun} at ${d} px`).toBeGreaterThanOrEqual(0.9);
      }
    });
  }

  it('with no crosshair distance (a pad, a bot, an old replay), the pistols still hit 90% at 48-250 px', () => {
    for (const d of DISTANCES) expect(rangeHitRate('sleevePistols', d, 24, 3, false).first, `${d} px`).toBeGreaterThanOrEqual(0.9);
  });

  it('both pistols\' rounds pass through the aim point at any distance, from muzzles either side of El', () => {
    for (const aim of [0, 700, 1500, 2900]) {
      for (const steps of [6, 12, 40, 62, 120]) {
        const w = steadyEl();
        const el = playerOf(w);
        const px = el.x + (steps * AIM_DIST_STEP) * Math.cos((aim / 4096) * 2 * Math.PI);
        const py = el.y + (steps * AIM_DIST_STEP) * Math.sin((aim / 4096) * 2 * Math.PI);
        const fired: Bullet[] = [];
        for (let k = 0; k < 2; k++) {
          step(w, input({ aim, aimDist: steps, buttons: Button.Fire }));
          fired.push(w.bullets[w.bullets.length - 1]!);
          run(w, STEADY_TICKS + 1, input({ aim, aimDist: steps }));
        }
        const [left, right] = fired;
        expect(Math.hypot(left!.ox - right!.ox, left!.oy - right!.oy)).toBeGreaterThan(6);
        // Within the rounding of the round's angle to 1/4096 turn.
        const slack = 0.3 + (steps * AIM_DIST_STEP * 2 * Math.PI) / 4096;
        expect(missBy(left!, px, py)).toBeLessThan(slack);
        expect(missBy(right!, px, py)).toBeLessThan(slack);
      }
    }
  });

  it('is exact after a pause whatever the seed; rapid fire spreads', () => {
    const firstAngles = new Set<string>();
    const rapidAngles = new Set<string>();
    for (let seed = 1; seed <= 12; seed++) {
      const w = steadyEl(seed);
      step(w, input({ aim: 300, aimDist: AIM_DIST_DEFAULT, buttons: Button.Fire }));
      const b = w.bullets[w.bullets.length - 1]!;
      firstAngles.add(`${b.vx.toFixed(9)},${b.vy.toFixed(9)}`);
      // The same hand again after its rhythm: held fire, the third shot is the left pistol's.
      run(w, WEAPONS.sleevePistols.cooldown * 2 - 1, input({ aim: 300, aimDist: AIM_DIST_DEFAULT, buttons: Button.Fire }));
      step(w, input({ aim: 300, aimDist: AIM_DIST_DEFAULT, buttons: Button.Fire }));
      const r = w.bullets[w.bullets.length - 1]!;
      expect(r.id).not.toBe(b.id);
      rapidAngles.add(`${r.vx.toFixed(9)},${r.vy.toFixed(9)}`);
    }
    expect(firstAngles.size).toBe(1);
    expect(rapidAngles.size).toBeGreaterThan(4);
  });
});
