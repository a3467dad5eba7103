// Shots, bullets in flight, damage, death and the guns the dead drop.
import { hearNoise, onHurt } from './ai/ai-hooks';
import { ARCHETYPES } from './archetypes';
import { breakCell } from './breakables';
import { explode } from './explosion';
import { roundOf, UNARMED, type Harm } from './harm';
import { AS_DOUBLE } from './layout';
import { protectedBystander, unharmedBy } from './friendly-fire';
import { spareText } from './spare';
import { addKnock } from './knockback';
import { angleOf, cosA, sinA, wrapAngle } from './math';
import { muzzleClear } from './muzzle';
import { nextInt } from './rng';
import { newTraceHit, newTraceRay, segmentCircle, traceRay, TraceMode } from './trace';
import { WEAPONS, type WeaponId } from './weapons';
import { actorById, emit, newPickup, type Actor, type Bullet, type World } from './world';

/** Ticks from the start of a dive during which bullets pass through El. */
export const DIVE_TICKS = 30;
export const DIVE_INVULNERABLE_TICKS = 15;

const scratch = newTraceHit();
/** A bullet's step this tick, as the walls are traced along it (rewritten in full by each advance). */
const ray = newTraceRay();

/** Whether bullets pass through this actor right now (the first half of a dive). */
export function isInvulnerable(a: Actor): boolean {
  return a.diveLeft > DIVE_TICKS - DIVE_INVULNERABLE_TICKS;
}

/**
 * Fires one trigger pull of `weapon` from (x, y) toward `angle`: one round, or a fan of pellets,
 * each with the weapon's spread plus `extraSpread` drawn from the gameplay PRNG. The bullets join
 * the world after this tick's update pass. One `shot` event and one noise per pull.
 */
export function fireBullet(world: World, shooter: Actor, weapon: WeaponId, x: number, y: number, angle: number, extraSpread: number, hand: number): void {
  const def = WEAPONS[weapon];
  // A muzzle in or behind a wall beside the shooter: the round leaves from the body's centre.
  if (!muzzleClear(world, shooter, x, y)) {
    x = shooter.x;
    y = shooter.y;
  }
  const spread = def.spread + extraSpread;
  const pellets = def.pellets ?? 1;
  let first = angle;
  for (let i = 0; i < pellets; i++) {
    const a = wrapAngle(angle + (spread > 0 ? nextInt(world, -spread, spread) : 0));
    if (i === 0) first = a;
    const bullet: Bullet = {
      id: world.nextId++, owner: shooter.id, weapon, x, y, ox: x, oy: y,
      vx: cosA(a) * def.bulletSpeed, vy: sinA(a) * def.bulletSpeed,
      damage: def.damage, pierce: def.pierce ?? 0, lastHit: -1, travelled: AS_DOUBLE, range: def.range, alive: true,
    };
    // Laid out as a double (../layout.ts), then its real start.
    bullet.travelled = 0;
    world.pendingBullets.push(bullet);
    // Each pellet counts as a shot, so accuracy stays hits per projectile.
    if (shooter.team === 'player') world.stats.shotsFired++;
  }
  // A fan reports its centre line; a single round its actual angle.
  emit(world, { type: 'shot', actor: shooter.id, weapon, x, y, angle: pellets > 1 ? angle : first, hand });
  hearNoise(world, x, y, def.loudness, shooter.id);
}

/**
 * Moves every bullet one tick; the first wall, cover or body on its path stops it, and glass it
 * stops at breaks (the next bullet passes an empty window). Rounds pass those they cannot harm
 * (friendly-fire.ts). A piercing round goes on through `pierce`
 * bodies within the same tick; a rocket explodes wherever it stops. With `all` false (a focus tick
 * on which the world stands still) only El's bullets move. `living`: as for advance(). Returns
 * whether any bullet stopped.
 */
export function updateBullets(world: World, all: boolean, living: readonly Actor[]): boolean {
  // Whether the list holds a stopped bullet (only advance() stops one; one found stopped counts
  // too), so step.ts compacts the list only then.
  let stopped = false;
  for (const b of world.bullets) {
    if (!b.alive) {
      stopped = true;
      continue;
    }
    if (!all && b.owner !== world.playerId) continue;
    // Fraction of this tick's move still to go (less than 1 after passing through a body).
    let rest = 1;
    while (b.alive && rest > 0) rest = advance(world, b, rest, living);
    if (!b.alive) stopped = true;
  }
  return stopped;
}

/**
 * Moves a bullet through `rest` of a tick's step until it hits something; returns what is left.
 * `living`: every living actor in world.actors order, maybe with some dead (living.ts).
 */
function advance(world: World, b: Bullet, rest: number, living: readonly Actor[]): number {
  // Worked out here rather than passed in: a double argument would be boxed on every call.
  const speed = Math.sqrt(b.vx * b.vx + b.vy * b.vy);
  const left = b.range - b.travelled;
  const frac = left < speed * rest ? left / speed : rest;
  const dx = b.vx * frac;
  const dy = b.vy * frac;
  ray.x0 = b.x;
  ray.y0 = b.y;
  ray.x1 = b.x + dx;
  ray.y1 = b.y + dy;
  ray.fromX = b.ox;
  ray.fromY = b.oy;
  traceRay(world, ray, TraceMode.Bullet, scratch);
  let hitT = scratch.t;
  let target: Actor | null = null;
  for (let i = 0; i < living.length; i++) {
    const a = living[i]!;
    if (!a.alive || a.id === b.owner || a.id === b.lastHit) continue;
    // Geometry first: most bodies are nowhere near the bullet's path (the tests below are pure,
    // so their order does not change who is hit).
    const t = segmentCircle(b.x, b.y, dx, dy, a.x, a.y, a.radius);
    if (!(t >= 0 && t < hitT) || isInvulnerable(a)) continue;
    // No friendly fire on El's side; the protected boy is hit only by El (friendly-fire.ts).
    if (unharmedBy(world, a, b.owner)) continue;
    hitT = t;
    target = a;
  }
  const hx = b.x + dx * hitT;
  const hy = b.y + dy * hitT;
  b.travelled += speed * frac * hitT;
  b.x = hx;
  b.y = hy;
  if (target) {
    const def = WEAPONS[b.weapon];
    if (def.knockback && speed > 0) addKnock(target, (b.vx / speed) * def.knockback, (b.vy / speed) * def.knockback);
    if (def.blastRadius) {
      stop(world, b, speed);
      return 0;
    }
    damage(world, target, b.damage, b.owner, hx, hy, roundOf(b.weapon));
    if (b.pierce > 0) {
      b.pierce--;
      b.lastHit = target.id;
      return rest - frac * hitT;
    }
    b.alive = false;
  } else if (scratch.t < 1) {
    emit(world, { type: 'impact', x: hx, y: hy, material: scratch.material, angle: 0 });
    breakCell(world, scratch.tx, scratch.ty, b.owner);
    // A thrown blade stays in the wall (drawn by the browser from then on).
    if (WEAPONS[b.weapon].sticks) emit(world, { type: 'knifeStick', weapon: b.weapon, x: hx, y: hy, angle: angleOf(b.vx, b.vy), material: scratch.material });
    stop(world, b, speed);
  } else if (frac < rest) {
    stop(world, b, speed);
  }
  return 0;
}

/** Ends a bullet's flight; a rocket blows up a step short of where it stopped (never inside a wall). */
function stop(world: World, b: Bullet, speed: number): void {
  b.alive = false;
  const def = WEAPONS[b.weapon];
  if (!def.blastRadius) return;
  const back = speed > 0 ? ROCKET_BACK_OFF / speed : 0;
  explode(world, b.x - b.vx * back, b.y - b.vy * back, def.blastRadius, b.damage, b.owner, b.weapon);
}

/** Pixels a rocket's blast centre sits back from the surface it hit. */
const ROCKET_BACK_OFF = 2;

/** What a caller that does not say dealt: the attacker's gun in hand, as a round. */
function harmFrom(world: World, by: number): Harm {
  const weapon = by > 0 ? actorById(world, by)?.weapon : null;
  return weapon ? roundOf(weapon) : UNARMED;
}

/**
 * Applies damage; at zero hit points the actor dies and drops the gun it held. `harm` says with
 * what (for events only); only rounds count as El's hits (accuracy is about rounds fired, not
 * blasts or knock-downs).
 */
export function damage(world: World, target: Actor, amount: number, by: number, x: number, y: number, harm: Harm = harmFrom(world, by)): void {
  if (!target.alive) return;
  const countHit = harm.cause === 'round';
  const spare = spareText(world, target);
  if (spare !== undefined) {
    // Out of everyone's fight but El's: a stray from anyone else does no harm; El's hit loses the run.
    if (by !== world.playerId) return;
    world.failure ??= spare;
  }
  // The boy must not be hit: El's first hit on him loses the run, lethal or not.
  if (by === world.playerId && protectedBystander(world, target)) world.failure ??= `${ARCHETYPES[target.arch].name} was shot`;
  target.hp = Math.max(0, target.hp - amount);
  target.hurtTick = world.tick;
  emit(world, { type: 'hit', target: target.id, by, x, y, damage: amount, hp: target.hp, cause: harm.cause, weapon: harm.weapon });
  const fromPlayer = by === world.playerId;
  if (fromPlayer) {
    if (countHit) world.stats.shotsHit++;
    if (target.team === 'civilian') world.stats.civiliansHit++;
  }
  if (target.team === 'player') world.stats.damageTaken += amount;
  if (target.hp > 0) {
    onHurt(world, target, by);
    return;
  }
  target.alive = false;
  target.diedTick = world.tick;
  target.vx = 0;
  target.vy = 0;
  if (fromPlayer && target.team === 'enemy') world.stats.kills++;
  emit(world, { type: 'death', actor: target.id, by, x: target.x, y: target.y, cause: harm.cause, weapon: harm.weapon });
  // Navajas's knives go with him (keptOnDeath): a blade is not a gun El can pick up.
  if (target.team !== 'player' && target.weapon && !WEAPONS[target.weapon].keptOnDeath) {
    dropWeapon(world, target.weapon, target.rounds, target.x, target.y);
    target.weapon = null;
    target.rounds = 0;
  }
}

/** Leaves a gun on the floor; joins the world after this tick's update pass. */
export function dropWeapon(world: World, weapon: WeaponId, rounds: number, x: number, y: number): void {
  const id = world.nextId++;
  world.pendingPickups.push(newPickup(id, weapon, rounds, x, y));
  emit(world, { type: 'drop', pickup: id, weapon, rounds, x, y });
}
