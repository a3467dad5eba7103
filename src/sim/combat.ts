// Shots, bullets in flight, damage, death and the guns the dead drop.
import { hearNoise, onHurt } from './ai/ai-hooks';
import { breakCell } from './breakables';
import { angleOf, cosA, sinA, wrapAngle } from './math';
import { nextInt } from './rng';
import { newTraceHit, segmentCircle, traceSegment, TraceMode } from './trace';
import { WEAPONS, type WeaponId } from './weapons';
import { emit, type Actor, type World } from './world';

/** Ticks from the start of a dive during which bullets pass through El. */
export const DIVE_TICKS = 30;
export const DIVE_INVULNERABLE_TICKS = 15;

const scratch = newTraceHit();

/** Whether bullets pass through this actor right now (the first half of a dive). */
export function isInvulnerable(a: Actor): boolean {
  return a.diveLeft > DIVE_TICKS - DIVE_INVULNERABLE_TICKS;
}

/**
 * Fires one round of `weapon` from (x, y) toward `angle`, with the weapon's spread plus `extraSpread`
 * drawn from the gameplay PRNG. The bullet joins the world after this tick's update pass.
 */
export function fireBullet(world: World, shooter: Actor, weapon: WeaponId, x: number, y: number, angle: number, extraSpread: number, hand: number): void {
  const def = WEAPONS[weapon];
  const spread = def.spread + extraSpread;
  const a = wrapAngle(angle + (spread > 0 ? nextInt(world, -spread, spread) : 0));
  const vx = cosA(a) * def.bulletSpeed;
  const vy = sinA(a) * def.bulletSpeed;
  world.pendingBullets.push({
    id: world.nextId++, owner: shooter.id, weapon, x, y, ox: x, oy: y, vx, vy,
    damage: def.damage, travelled: 0, range: def.range, alive: true,
  });
  if (shooter.team === 'player') world.stats.shotsFired++;
  emit(world, { type: 'shot', actor: shooter.id, weapon, x, y, angle: a, hand });
  hearNoise(world, x, y, def.loudness, shooter.id);
}

/**
 * Moves every bullet one tick; the first wall, cover or body on its path stops it, and glass it
 * stops at breaks (the next bullet passes an empty window). With `all` false (a focus tick on which
 * the world stands still) only El's bullets move.
 */
export function updateBullets(world: World, all = true): void {
  const actors = world.actors;
  for (const b of world.bullets) {
    if (!b.alive || (!all && b.owner !== world.playerId)) continue;
    const left = b.range - b.travelled;
    const speed = Math.sqrt(b.vx * b.vx + b.vy * b.vy);
    const frac = left < speed ? left / speed : 1;
    const dx = b.vx * frac;
    const dy = b.vy * frac;
    traceSegment(world, b.x, b.y, b.x + dx, b.y + dy, TraceMode.Bullet, b.ox, b.oy, scratch);
    let hitT = scratch.t;
    let target: Actor | null = null;
    for (const a of actors) {
      if (!a.alive || a.id === b.owner || isInvulnerable(a)) continue;
      const t = segmentCircle(b.x, b.y, dx, dy, a.x, a.y, a.radius);
      if (t >= 0 && t < hitT) {
        hitT = t;
        target = a;
      }
    }
    const hx = b.x + dx * hitT;
    const hy = b.y + dy * hitT;
    b.travelled += speed * frac * hitT;
    b.x = hx;
    b.y = hy;
    if (target) {
      b.alive = false;
      damage(world, target, b.damage, b.owner, hx, hy);
    } else if (scratch.t < 1) {
      b.alive = false;
      emit(world, { type: 'impact', x: hx, y: hy, material: scratch.material, angle: 0 });
      breakCell(world, scratch.tx, scratch.ty, b.owner);
      // A thrown blade stays in the wall (drawn by the browser from then on).
      if (b.weapon === 'knife') emit(world, { type: 'knifeStick', weapon: b.weapon, x: hx, y: hy, angle: angleOf(b.vx, b.vy), material: scratch.material });
    } else if (frac < 1) {
      b.alive = false;
    }
  }
}

/** Applies damage; at zero hit points the actor dies and drops the gun it held. */
export function damage(world: World, target: Actor, amount: number, by: number, x: number, y: number): void {
  if (!target.alive) return;
  target.hp = Math.max(0, target.hp - amount);
  target.hurtTick = world.tick;
  emit(world, { type: 'hit', target: target.id, by, x, y, damage: amount, hp: target.hp });
  const fromPlayer = by === world.playerId;
  if (fromPlayer) {
    world.stats.shotsHit++;
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
  emit(world, { type: 'death', actor: target.id, by, x: target.x, y: target.y });
  // Navajas's knives go with him: a blade is not a gun El can pick up.
  if (target.team !== 'player' && target.weapon && target.weapon !== 'knife') {
    dropWeapon(world, target.weapon, target.rounds, target.x, target.y);
    target.weapon = null;
    target.rounds = 0;
  }
}

/** Leaves a gun on the floor; joins the world after this tick's update pass. */
export function dropWeapon(world: World, weapon: WeaponId, rounds: number, x: number, y: number): void {
  const id = world.nextId++;
  world.pendingPickups.push({ id, weapon, rounds, x, y, alive: true });
  emit(world, { type: 'drop', pickup: id, weapon, rounds, x, y });
}
