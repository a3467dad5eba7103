// A shooting range for accuracy tests: El standing still in an open room, one still henchman-sized
// target (radius 6) under the crosshair, and the share of shots that hit it.
import { AIM_DIST_STEP, Button, withSlot, type TickInput } from '../../src/sim/input';
import { angleOf } from '../../src/sim/math';
import { step } from '../../src/sim/step';
import type { WeaponId } from '../../src/sim/weapons';
import type { World } from '../../src/sim/world';
import { others, targetWorld } from './arsenal-helpers';
import { elView } from './el-view';

const SIZE = 40;
const ROOM = Array.from({ length: SIZE }, (_, y) => {
  if (y === 0 || y === SIZE - 1) return '#'.repeat(SIZE);
  if (y === SIZE / 2) return '#' + '.'.repeat(SIZE / 2 - 2) + '@e' + '.'.repeat(SIZE / 2 - 2) + '#';
  return '#' + '.'.repeat(SIZE - 2) + '#';
});

/** The guns the range can test: the sleeve pistols, or a gun picked up off the floor (slot 4). */
export type RangeGun = 'sleevePistols' | Extract<WeaponId, 'pistol' | 'revolver'>;

export interface RangeResult {
  /** Share of steady first shots (after 0.3 s without firing) that hit, both hands for the pistols. */
  first: number;
  /** Share of rapid follow-up shots (fire held at the gun's rhythm) that hit. */
  rapid: number;
}

/**
 * Places the target `dist` px from El at `radians` and returns the crosshair's input (with its
 * distance, as the mouse gives it; `withDist` false: none, as a pad or a bot gives it).
 */
function setUp(w: World, dist: number, radians: number, withDist: boolean): TickInput {
  const el = elView(w);
  const t = others(w)[0]!;
  t.hp = 1e6;
  t.x = t.px = el.x + dist * Math.cos(radians);
  t.y = t.py = el.y + dist * Math.sin(radians);
  const aim = { moveX: 0, moveY: 0, aim: angleOf(t.x - el.x, t.y - el.y), buttons: 0 };
  return withDist ? { ...aim, aimDist: Math.round(dist / AIM_DIST_STEP) } : aim;
}

/** Hits on the target over the next `n` ticks of `cmd`. */
function hits(w: World, n: number, cmd: (i: number) => TickInput): number {
  const target = others(w)[0]!.id;
  let count = 0;
  for (let i = 0; i < n; i++) {
    step(w, cmd(i));
    for (const e of w.events) if (e.type === 'hit' && e.target === target) count++;
  }
  return count;
}

/** One trial: [first-shot hits, first shots, rapid hits, rapid shots]. */
function trial(gun: RangeGun, dist: number, radians: number, seed: number, withDist: boolean): [number, number, number, number] {
  const w = targetWorld(ROOM, {}, {}, seed);
  const aim = setUp(w, dist, radians, withDist);
  const el = elView(w);
  const fire = { ...aim, buttons: Button.Fire };
  // Bring the gun out, then stand still long enough to be steady.
  if (gun === 'sleevePistols') step(w, fire);
  else {
    el.carried = gun;
    el.carriedRounds = 6;
    step(w, { ...aim, buttons: withSlot(0, 4) });
  }
  hits(w, 40, () => aim);
  // A tapped first shot, a pause, a second one (the other pistol), a pause.
  const taps = gun === 'sleevePistols' ? 2 : 1;
  let first = 0;
  for (let k = 0; k < taps; k++) first += hits(w, 40, (i) => (i === 0 ? fire : aim));
  // Then fire held: the shots after the first come at the gun's rhythm, with its spread.
  // Held for 45 ticks, then let go while the last rounds are still in flight. The burst's opening
  // round is steady again (it always hits): the rest are the rapid ones.
  const shots0 = w.stats.shotsFired;
  const burst = hits(w, 85, (i) => (i < 45 ? fire : aim));
  return [first, taps, burst - 1, w.stats.shotsFired - shots0 - 1];
}

/** Hit shares at `dist` px over `angles` directions and `seeds` seeds. */
export function rangeHitRate(gun: RangeGun, dist: number, angles = 32, seeds = 4, withDist = true): RangeResult {
  let fh = 0;
  let fs = 0;
  let rh = 0;
  let rs = 0;
  for (let s = 0; s < seeds; s++) {
    for (let k = 0; k < angles; k++) {
      // Directions that are not whole angle units, so the crosshair's rounding is in the test.
      const radians = (2 * Math.PI * (k + ((s * 0.618) % 1))) / angles;
      const [a, b, c, d] = trial(gun, dist, radians, 1000 + s, withDist);
      fh += a;
      fs += b;
      rh += c;
      rs += d;
    }
  }
  return { first: fh / fs, rapid: rs > 0 ? rh / rs : 0 };
}
