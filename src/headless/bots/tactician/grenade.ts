// When to throw a grenade and where it will go off. A throw has one strength (it slides about 100 px
// and bounces off walls), so the bot follows the sim's own flight (grenades.ts) to the resting spot,
// and throws only when that spot has two or more men around it (or one dug in behind low cover whom
// bullets cannot reach), nobody on El's side within the blast and El himself well clear of it.
import {
  angleOf, Cell, cellAtPoint, cosA, GRENADE_BOUNCE, GRENADE_FRICTION, GRENADE_FUSE, sinA, WEAPONS, type Actor,
  type World,
} from '../../../sim';
import { bulletReaches, isFriend, shooterSpot } from './fire-line';
import { hostilesNow, SHOOT_RANGE, type Hostiles, type Sighting } from './targets';

const BLAST = WEAPONS.grenade.blastRadius ?? 64;
/** Men within this of the resting spot count as caught (they move a little before the bang). */
const CATCH = 40;
/** Friends (and El) must be farther than this from the spot. */
const FRIEND_CLEAR = BLAST + 24;
const SUB_STEP = 4;
/** No throw with a protected follower this close to El. */
const FOLLOWER_CLEAR = 200;

function blocks(world: World, x: number, y: number): boolean {
  const c = cellAtPoint(world, x, y);
  return c === Cell.Wall || c === Cell.DoorClosed;
}

/** Where a grenade thrown now along `aim` comes to rest when it goes off (the sim's flight, replayed). */
export function grenadeRest(world: World, me: Actor, aim: number): [number, number] {
  const speed = WEAPONS.grenade.bulletSpeed;
  let x = me.x;
  let y = me.y;
  let vx = cosA(aim) * speed + me.vx * 0.5;
  let vy = sinA(aim) * speed + me.vy * 0.5;
  for (let t = 0; t < GRENADE_FUSE; t++) {
    const len = Math.max(Math.abs(vx), Math.abs(vy));
    if (len > 0) {
      const steps = Math.ceil(len / SUB_STEP);
      for (let i = 0; i < steps; i++) {
        const nx = x + vx / steps;
        if (blocks(world, nx, y)) vx = -vx * GRENADE_BOUNCE;
        else x = nx;
        const ny = y + vy / steps;
        if (blocks(world, x, ny)) vy = -vy * GRENADE_BOUNCE;
        else y = ny;
      }
    }
    vx *= GRENADE_FRICTION;
    vy *= GRENADE_FRICTION;
  }
  return [x, y];
}

/** Whether a round from El reaches the man: looked up in `known` (this tick's sightings) if given. */
function roundReaches(world: World, me: Actor, b: Actor, known: readonly Sighting[] | undefined): boolean {
  if (known === undefined) return bulletReaches(world, shooterSpot(me), b);
  for (let i = 0; i < known.length; i++) if (known[i]!.actor === b) return true;
  return false;
}

/** Someone on El's side within FRIEND_CLEAR of the point. */
function friendNear(world: World, x: number, y: number): boolean {
  const actors = world.actors;
  for (let i = 0; i < actors.length; i++) {
    const f = actors[i]!;
    if (f.alive && isFriend(f) && (f.x - x) ** 2 + (f.y - y) ** 2 < FRIEND_CLEAR * FRIEND_CLEAR) return true;
  }
  return false;
}

/**
 * The aim of a grenade worth throwing now, or null. Candidates: the aim at each hostile within
 * reach; the best catches the most men (a man behind cover El cannot shoot counts double).
 * `hostiles`: the world's hostiles now.
 */
export function grenadeAim(world: World, me: Actor, seen?: readonly Sighting[], hostiles: Hostiles = hostilesNow(world)): number | null {
  if (world.player.ammo.grenade <= 0 || me.cooldown > 0 || me.diveLeft > 0) return null;
  const actors = world.actors;
  // A friend who follows El (Carolina) walks where he goes, into a blast too: no grenades near one.
  for (let i = 0; i < actors.length; i++) {
    const f = actors[i]!;
    if (f.alive && f.team === 'ally' && world.level.protect.includes(f.name) && (f.x - me.x) ** 2 + (f.y - me.y) ** 2 < FOLLOWER_CLEAR * FOLLOWER_CLEAR) return null;
  }
  // A grenade slides at most this far (its speed shrinks by the friction every tick, a bounce
  // slows it more), so only men within it and a catch of El can be caught; a pixel for rounding.
  const slide = (WEAPONS.grenade.bulletSpeed + 0.5 * Math.sqrt(me.vx * me.vx + me.vy * me.vy)) / (1 - GRENADE_FRICTION) + 1;
  const within = slide + CATCH;
  // Within shooting range, sightings() already tells who a round reaches (the same trace).
  const known = seen !== undefined && within < SHOOT_RANGE ? seen : undefined;
  // No throw scores more than all of them caught at once: if that is not worth it, none is.
  const men = hostiles.men;
  let most = 0;
  for (let i = 0; i < hostiles.count && most <= 1; i++) {
    const b = men[i]!;
    if ((b.x - me.x) ** 2 + (b.y - me.y) ** 2 > within * within) continue;
    most += roundReaches(world, me, b, known) ? 1 : 2;
  }
  if (most <= 1) return null;
  let best: number | null = null;
  let bestScore = 1;
  for (let i = 0; i < hostiles.count; i++) {
    const a = men[i]!;
    const d2 = (a.x - me.x) ** 2 + (a.y - me.y) ** 2;
    if (d2 > 150 * 150 || d2 < 50 * 50) continue;
    const aim = angleOf(a.x - me.x, a.y - me.y);
    const rest = grenadeRest(world, me, aim);
    const gx = rest[0];
    const gy = rest[1];
    if ((gx - me.x) ** 2 + (gy - me.y) ** 2 < FRIEND_CLEAR * FRIEND_CLEAR) continue;
    if (friendNear(world, gx, gy)) continue;
    let score = 0;
    for (let k = 0; k < hostiles.count; k++) {
      const b = men[k]!;
      if ((b.x - gx) ** 2 + (b.y - gy) ** 2 > CATCH * CATCH) continue;
      score += roundReaches(world, me, b, known) ? 1 : 2;
    }
    if (score > bestScore) {
      bestScore = score;
      best = aim;
    }
  }
  return best;
}
