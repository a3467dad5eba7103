// Assists, as Celeste's assist mode: a gentler game for whoever needs one, chosen before a run and
// part of it. The sim-affecting ones (extra hearts, no knock-down, aim assist, longer bullet time)
// live in the world as `world.assists`, hashed and cloned with it, so a replay verifies only with
// the assists it was played with. Game speed changes no rule (the page's clock runs slower) but is
// kept here too, so it marks the run and its hash like the others. A world with no assists has no
// `assists` field at all: its state hash is exactly what it was before assists existed.
import { clearSight, newTraceHit } from './trace';
import { angleDiff, angleOf, cosA, sinA, wrapAngle } from './math';
import { isSpared } from './spare';
import type { Actor, World } from './world';

/** Game speed in percent of real time: the sim still steps whole 60 Hz ticks, fewer per second. */
export type GameSpeed = 100 | 80 | 60 | 50;
export const GAME_SPEEDS: readonly GameSpeed[] = [100, 80, 60, 50];

export interface RunAssists {
  readonly speed: GameSpeed;
  /** El has EXTRA_HEARTS more hit points. */
  readonly extraHearts: boolean;
  /** Nothing shoves or knocks El down (blasts, heavy rounds, kicked doors, sliding tables). */
  readonly noKnockdown: boolean;
  /** El's aim is pulled gently toward the nearest hostile in a narrow cone around it. */
  readonly aimAssist: boolean;
  /** Bullet time spends its meter at half the rate: it lasts twice as long. */
  readonly longFocus: boolean;
}

export const NO_ASSISTS: RunAssists = Object.freeze({ speed: 100, extraHearts: false, noKnockdown: false, aimAssist: false, longFocus: false });

export const EXTRA_HEARTS = 4;
/** Bullet time spends one tick of meter every this many ticks with longFocus. */
export const LONG_FOCUS_RATE = 2;
/** Aim assist looks this far (px)... */
export const AIM_ASSIST_RANGE = 320;
/** ...within this cone: |sideways| <= ahead × tan(half-angle), tan(8°) ≈ 0.1405. */
export const AIM_ASSIST_CONE_TAN = 0.1405;
/** ...and turns the aim this fraction of the way toward the target each tick (a pull, not a lock). */
export const AIM_ASSIST_PULL = 0.5;

/** Whether any assist is on: such a run is marked and kept in its own records. */
export function anyAssist(a: RunAssists | undefined): boolean {
  return a !== undefined && (a.speed !== 100 || a.extraHearts || a.noKnockdown || a.aimAssist || a.longFocus);
}

/** The assists as the replay header's list of names (empty when none), in a fixed order. */
export function assistNames(a: RunAssists | undefined): string[] {
  if (!a) return [];
  const names: string[] = [];
  if (a.speed !== 100) names.push(`speed-${a.speed}`);
  if (a.extraHearts) names.push('extra-hearts');
  if (a.noKnockdown) names.push('no-knockdown');
  if (a.aimAssist) names.push('aim-assist');
  if (a.longFocus) names.push('long-focus');
  return names;
}

/** Every name assistNames can write (the replay schema accepts these only). */
export const ASSIST_NAMES: readonly string[] = ['speed-80', 'speed-60', 'speed-50', 'extra-hearts', 'no-knockdown', 'aim-assist', 'long-focus'];

/** The assists a header's names describe; unknown names are the replay reader's to refuse. */
export function assistsFromNames(names: readonly string[]): RunAssists {
  const speed = GAME_SPEEDS.find((s) => names.includes(`speed-${s}`)) ?? 100;
  return {
    speed,
    extraHearts: names.includes('extra-hearts'),
    noKnockdown: names.includes('no-knockdown'),
    aimAssist: names.includes('aim-assist'),
    longFocus: names.includes('long-focus'),
  };
}

/** Called by createWorld: stores the assists (only when any is on) and gives El his extra hearts. */
export function applyAssists(world: World, assists: RunAssists | undefined): void {
  if (!assists || !anyAssist(assists)) return;
  // Rebuilt in one fixed key order (the hash walks keys in order): equal assists, equal hashes.
  const { speed, extraHearts, noKnockdown, aimAssist, longFocus } = assists;
  world.assists = { speed, extraHearts, noKnockdown, aimAssist, longFocus };
  if (assists.extraHearts) {
    const el = world.actors[0]!;
    const hp = el.maxHp + EXTRA_HEARTS;
    (el as { maxHp: number }).maxHp = hp;
    el.hp = hp;
  }
}

/** Whether shoves and knock-downs pass this actor by (El with no knock-down). */
export function resistsKnock(world: World, a: Actor): boolean {
  return a.team === 'player' && world.assists?.noKnockdown === true;
}

/** Meter bullet time spends this tick (its `ticks` already counted). */
export function focusCost(world: World, focusTicks: number): number {
  return world.assists?.longFocus === true && focusTicks % LONG_FOCUS_RATE !== 0 ? 0 : 1;
}

const sight = newTraceHit();

/**
 * El's aim this tick: the input's, or with aim assist turned part of the way toward the nearest
 * living hostile within AIM_ASSIST_RANGE, in sight, inside the cone around it. The cone test is
 * products and a comparison (no angles); only the final turn uses the sim's integer angles.
 */
export function assistedAim(world: World, el: Actor, aim: number): number {
  if (world.assists?.aimAssist !== true) return aim;
  const c = cosA(aim);
  const s = sinA(aim);
  let best: Actor | null = null;
  let bestD2 = AIM_ASSIST_RANGE * AIM_ASSIST_RANGE;
  for (const a of world.actors) {
    if (!a.alive || a.team !== 'enemy' || isSpared(world, a)) continue;
    const dx = a.x - el.x;
    const dy = a.y - el.y;
    const d2 = dx * dx + dy * dy;
    if (d2 > bestD2) continue;
    const ahead = dx * c + dy * s;
    const side = dx * s - dy * c;
    if (ahead <= 0 || Math.abs(side) > ahead * AIM_ASSIST_CONE_TAN) continue;
    if (!clearSight(world, el.x, el.y, a.x, a.y, sight)) continue;
    best = a;
    bestD2 = d2;
  }
  if (!best) return aim;
  const turn = angleDiff(aim, angleOf(best.x - el.x, best.y - el.y));
  return wrapAngle(aim + Math.trunc(turn * AIM_ASSIST_PULL));
}
