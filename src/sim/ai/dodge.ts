// Anyone the AI drives who sees a grenade about to go off near them scrambles away from it, which is
// what makes a grenade good for flushing henchmen out from behind a table.
import { ARCHETYPES } from '../archetypes';
import { GRENADE_FUSE } from '../grenades';
import { distSq } from '../math';
import { moveByVelocity } from '../movement';
import { newTraceHit, clearSight } from '../trace';
import { WEAPONS } from '../weapons';
import type { Actor, World } from '../world';

/** Ticks a grenade must have been in flight before anyone reacts to it. */
export const DODGE_NOTICE_TICKS = 20;
/** How far beyond the blast radius people still get out of the way. */
const DODGE_MARGIN = 16;
/** Running for your life is a little faster than walking. */
const DODGE_SPEED_FACTOR = 1.3;

const scratch = newTraceHit();

/** Moves `a` away from the nearest visible live grenade in reach; true if it did (its turn is spent). */
export function dodgeGrenades(world: World, a: Actor): boolean {
  const reach = (WEAPONS.grenade.blastRadius ?? 0) + DODGE_MARGIN;
  let best = -1;
  let bestD = reach * reach;
  const list = world.grenades;
  for (let i = 0; i < list.length; i++) {
    const g = list[i]!;
    if (!g.alive || GRENADE_FUSE - g.fuse < DODGE_NOTICE_TICKS) continue;
    const d = distSq(a.x, a.y, g.x, g.y);
    if (d < bestD && clearSight(world, a.x, a.y, g.x, g.y, scratch)) {
      bestD = d;
      best = i;
    }
  }
  if (best < 0) return false;
  const g = list[best]!;
  let dx = a.x - g.x;
  let dy = a.y - g.y;
  const len = Math.sqrt(dx * dx + dy * dy);
  // Standing right on it: jump aside in an id-dependent direction rather than not at all.
  if (len < 1e-6) {
    dx = (a.id & 1) === 0 ? 1 : -1;
    dy = 0;
  } else {
    dx /= len;
    dy /= len;
  }
  const speed = (ARCHETYPES[a.arch]?.speed ?? 1) * DODGE_SPEED_FACTOR;
  a.vx = dx * speed;
  a.vy = dy * speed;
  moveByVelocity(world, a);
  return true;
}
