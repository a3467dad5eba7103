// A henchman's gun: cooldown, the real magazine, reloading from unlimited spare rounds, and
// pulling the trigger from a muzzle ahead of the body when the line of fire is clear.
import { ARCHETYPES } from '../archetypes';
import { fireBullet } from '../combat';
import { cosA, sinA } from '../math';
import { nextInt } from '../rng';
import { segmentCircle, segmentClear, TraceMode } from '../trace';
import { WEAPONS, type WeaponId } from '../weapons';
import { emit, type Actor, type World } from '../world';
import type { AiState } from './ai-state';
import { buchosMen } from './rosters';
import { friendlyTo } from './targets';

/** Ticks a henchman takes to reload (his spare rounds are unlimited; the magazine is real). */
export const AI_RELOAD_TICKS = 90;
/** The muzzle sits this far ahead of the body centre. */
const MUZZLE_AHEAD = 9;
/** Extra aim error (angle units) when shooting on the move. */
export const MOVING_AIM_ERROR = 70;
/** Random extra ticks added to the weapon cooldown after each shot, so volleys are not metronomic. */
const COOLDOWN_JITTER = 8;
/** Holds fire when a teammate is within this many pixels of the line of fire (plus his radius). */
const ALLY_MARGIN = 3;
/** Radians per angle unit (4096 to the turn). */
const RAD_PER_UNIT = 6.283185307179586 / 4096;
/** Allies also mind friends up to this far beyond the target (a miss flies on). */
const SPREAD_OVERSHOOT = 120;
/**
 * Guns fired in bursts by the AI: `shots` at the weapon's own cooldown, then `pause` ticks (plus the
 * usual jitter). Campa's two machine guns rattle out long bursts.
 */
const BURSTS: Partial<Record<WeaponId, { readonly shots: number; readonly pause: number }>> = {
  campaCase: { shots: 14, pause: 50 },
};

/** Once per tick: cool the gun down and advance a reload. */
export function tickGun(world: World, a: Actor, ai: AiState): void {
  if (a.cooldown > 0) a.cooldown--;
  if (ai.reloadLeft > 0) {
    ai.reloadLeft--;
    if (ai.reloadLeft === 0 && a.weapon) {
      a.rounds = WEAPONS[a.weapon].magazine;
      emit(world, { type: 'reload', actor: a.id, weapon: a.weapon, done: true });
    }
  }
}

export function startReload(world: World, a: Actor, ai: AiState): void {
  if (!a.weapon || ai.reloadLeft > 0 || a.rounds >= WEAPONS[a.weapon].magazine) return;
  ai.reloadLeft = AI_RELOAD_TICKS;
  emit(world, { type: 'reload', actor: a.id, weapon: a.weapon, done: false });
}

/** Whether the gun could fire this tick (loaded or not: an empty one clicks). */
export function gunReady(a: Actor, ai: AiState): boolean {
  return a.weapon !== null && a.cooldown === 0 && ai.reloadLeft === 0;
}

export const enum Fire {
  /** Cooling down, reloading, or no gun. */
  NotReady = 0,
  Fired = 1,
  /** A wall or distant cover is in the way: nothing fired. */
  Blocked = 2,
  /** The magazine was empty: click, and the reload starts. */
  Click = 3,
  /** Someone the shooter must not hit (a friend, a bystander, a calm or spared man) is in the cone: nothing fired. */
  FriendInLine = 4,
}

/**
 * Pulls the trigger toward the current aim if the gun is ready and a bullet from the muzzle would
 * reach (tx, ty). An empty gun clicks and starts a reload.
 */
export function tryFire(world: World, a: Actor, ai: AiState, tx: number, ty: number, moving: boolean): Fire {
  const weapon = a.weapon;
  if (!weapon || a.cooldown > 0 || ai.reloadLeft > 0) return Fire.NotReady;
  if (a.rounds === 0) {
    emit(world, { type: 'dryFire', actor: a.id, weapon });
    a.cooldown = WEAPONS[weapon].cooldown;
    startReload(world, a, ai);
    return Fire.Click;
  }
  const c = cosA(a.aim);
  const s = sinA(a.aim);
  const mx = a.x + c * MUZZLE_AHEAD;
  const my = a.y + s * MUZZLE_AHEAD;
  if (!segmentClear(world, mx, my, tx, ty, TraceMode.Bullet, mx, my)) return Fire.Blocked;
  if (allyInLine(world, a, mx, my, tx, ty, weapon)) return Fire.FriendInLine;
  a.rounds--;
  const burst = BURSTS[weapon];
  let hand = 0;
  if (burst) {
    if (ai.burstLeft <= 0) ai.burstLeft = burst.shots;
    ai.burstLeft--;
    hand = ai.burstLeft & 1;
    a.cooldown = WEAPONS[weapon].cooldown + (ai.burstLeft === 0 ? burst.pause + nextInt(world, 0, COOLDOWN_JITTER) : 0);
  } else {
    a.cooldown = WEAPONS[weapon].cooldown + nextInt(world, 0, COOLDOWN_JITTER);
  }
  const def = ARCHETYPES[a.arch];
  fireBullet(world, a, weapon, mx, my, a.aim, def.aimError + (moving ? MOVING_AIM_ERROR : 0), hand);
  return Fire.Fired;
}

/** Whether a bullet fired from the actor toward (tx, ty) would get there (no wall, no distant cover). */
export function lineOfFire(world: World, a: Actor, tx: number, ty: number): boolean {
  const dx = tx - a.x;
  const dy = ty - a.y;
  const d = Math.sqrt(dx * dx + dy * dy);
  if (d < 1e-6) return true;
  const mx = a.x + (dx / d) * MUZZLE_AHEAD;
  const my = a.y + (dy / d) * MUZZLE_AHEAD;
  return segmentClear(world, mx, my, tx, ty, TraceMode.Bullet, mx, my);
}

/**
 * Whether a living teammate (for allies: El, or a bystander) stands on the segment from the muzzle
 * to the target (with a little margin). El's allies also allow for their spread: their margin
 * widens with distance along the line as far as their bullets may stray, so Campa's spraying
 * machine guns stay off El and the boy.
 */
function allyInLine(world: World, a: Actor, mx: number, my: number, tx: number, ty: number, weapon: WeaponId): boolean {
  const dx = tx - mx;
  const dy = ty - my;
  const len2 = dx * dx + dy * dy;
  const len = Math.sqrt(len2);
  // Half-width of the spread as a slope (small angles: angle units to radians, no trig).
  const slope = a.team === 'ally' ? (WEAPONS[weapon].spread + ARCHETYPES[a.arch].aimError + MOVING_AIM_ERROR) * RAD_PER_UNIT : 0;
  // One of Bucho's men minds only his own side (friendlyTo): the roster of them, not every actor.
  const list = a.team === 'enemy' ? buchosMen(world) : world.actors;
  for (let i = 0; i < list.length; i++) {
    const b = list[i]!;
    if (b === a || !b.alive || !friendlyTo(a, b)) continue;
    if (slope === 0 || len < 1e-6) {
      if (segmentCircle(mx, my, dx, dy, b.x, b.y, b.radius + ALLY_MARGIN) >= 0) return true;
      continue;
    }
    // Distance along the line of fire (a little past the target too) and off it.
    const bx = b.x - mx;
    const by = b.y - my;
    const along = (bx * dx + by * dy) / len;
    if (along < -b.radius || along > len + SPREAD_OVERSHOOT) continue;
    const off = Math.abs(bx * dy - by * dx) / len;
    if (off <= b.radius + ALLY_MARGIN + (along > 0 ? along : 0) * slope) return true;
  }
  return false;
}
