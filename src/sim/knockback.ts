// Shoves: a shotgun blast, a magnum round or an explosion pushes bodies (living or dead). The shove
// is its own velocity, applied after the actors' own moves so neither El's controls nor the AI
// (which sets vx/vy fresh each tick) can cancel it, and moved through moveActor so walls stop it.
import { resistsKnock } from './assists';
import { moveActor } from './movement';
import type { Living } from './living';
import type { Actor, World } from './world';

/** Each tick a shove keeps this much of its speed. */
export const KNOCK_DECAY = 0.8;
/** Fastest shove in pixels per tick (several pellets add up, but not without limit). */
export const KNOCK_MAX = 6;
const KNOCK_MIN = 0.05;

// How many shoves have ever been added (by any world): the only way a body starts moving under
// a shove is addKnock, so a world whose knock-back pass left every body still needs no pass
// while this count stands where it was then. Shared by every world, so it can only say "maybe".
let knocksAdded = 0;

/** Adds a shove of (kx, ky) pixels per tick. */
export function addKnock(a: Actor, kx: number, ky: number): void {
  knocksAdded++;
  let vx = a.knockVx + kx;
  let vy = a.knockVy + ky;
  const s2 = vx * vx + vy * vy;
  if (s2 > KNOCK_MAX * KNOCK_MAX) {
    const f = KNOCK_MAX / Math.sqrt(s2);
    vx *= f;
    vy *= f;
  }
  a.knockVx = vx;
  a.knockVy = vy;
}

/**
 * Moves every shoved body, in id order; a body that meets a wall stops there. `lists`: the tick's
 * living list holds every shoved body unless a corpse is still sliding (living.ts).
 */
export function updateKnockback(world: World, lists: Living): void {
  // Nobody shoved at the end of the last pass and no shove added since: the loop would skip every
  // body (most ticks). A corpse still sliding is on the settling list, and there is a pass then.
  if (!lists.shoved && lists.knockStamp === knocksAdded && lists.settling.length === 0) return;
  lists.knockStamp = knocksAdded;
  let shoved = false;
  const list = lists.settling.length === 0 ? lists.actors : world.actors;
  for (let i = 0; i < list.length; i++) {
    const a = list[i]!;
    if (a.knockVx === 0 && a.knockVy === 0) continue;
    // No knock-down (assists.ts): El is never shoved.
    if (resistsKnock(world, a)) {
      a.knockVx = 0;
      a.knockVy = 0;
      continue;
    }
    const blocked = moveActor(world, a, a.knockVx, a.knockVy);
    a.knockVx *= KNOCK_DECAY;
    a.knockVy *= KNOCK_DECAY;
    if (blocked || a.knockVx * a.knockVx + a.knockVy * a.knockVy < KNOCK_MIN * KNOCK_MIN) {
      a.knockVx = 0;
      a.knockVy = 0;
    } else {
      shoved = true;
    }
  }
  lists.shoved = shoved;
}
