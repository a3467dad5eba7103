// One tick of the game. The order of updates is part of the rules (Nystrom's Update Method):
// El and the actors in id order, then shoves (knock-back), bodies pushed apart, bullets, grenades,
// sliding tables, fire and smoke, footfalls, level scripts, deferred spawns and removals, and last the
// objectives and outcome.
import { updateAi } from './ai/ai-hooks';
import { updateFlights } from './case-throw';
import { updateBullets } from './combat';
import { updateDuel } from './duel';
import { updateFire } from './fire';
import { updateFocus, worldAdvances } from './focus';
import { updateFootsteps } from './footsteps';
import { updateGrenades } from './grenades';
import { sanitiseInput, type TickInput } from './input';
import { updateKnockback } from './knockback';
import { startTick } from './living';
import { updatePlayer } from './player';
import { separateActors } from './separate';
import { updateOutcome, updateTriggers } from './rules';
import { updateTables } from './tables';
import type { Bullet, Grenade, Pickup, World } from './world';

/** Ticks per second of game time. */
export const TICK_RATE = 60;

/** Advances the world one tick (in place) and returns it. A finished world does not change. */
export function step(world: World, input: TickInput): World {
  // Setting an array's length is a runtime call even when nothing changes: only when needed.
  // Emptied by popping, not `length = 0`: V8 frees the backing store of an array cut to length 0,
  // so the next tick's first event would allocate a new one; popping leaves a small one in place.
  const events = world.events;
  while (events.length !== 0) events.pop();
  if (world.outcome !== null) return world;
  world.tick++;
  // A duel's standoff freezes El (src/sim/duel.ts); otherwise the command passes unchanged.
  const command = updateDuel(world, sanitiseInput(input));
  // Every body's px/py set to where it starts the tick, and the living listed (in id order) for
  // the loops below that skip the dead (living.ts).
  const lists = startTick(world);
  const living = lists.actors;
  // Bullet time: El acts every tick; the other actors, their bullets and sliding tables only on the
  // ticks the world advances (focus.ts). Gate any new per-tick world update the same way.
  updateFocus(world, command);
  const advance = worldAdvances(world);
  let tookPickup = false;
  for (let i = 0; i < living.length; i++) {
    const a = living[i]!;
    if (!a.alive) continue;
    if (a.team === 'player') tookPickup = updatePlayer(world, a, command) || tookPickup;
    else if (advance) updateAi(world, a);
  }
  updateKnockback(world, lists);
  separateActors(world, living);
  const bulletStopped = updateBullets(world, advance, living);
  if (advance) {
    updateGrenades(world);
    // Nothing in the air and no pickup joined since the last look (flushPending): no look.
    if (lists.flying) lists.flying = updateFlights(world);
    updateTables(world);
    // Fire and smoke burn in world time: bullet time slows them too.
    updateFire(world);
  }
  // Everyone has moved: feet come down where they now stand.
  updateFootsteps(world, lists);
  updateTriggers(world);
  // A pickup about to join may be in the air (a thrown case): the flights look again.
  if (world.pendingPickups.length > 0) lists.flying = true;
  flushPending(world, bulletStopped, tookPickup);
  updateOutcome(world);
  return world;
}

/**
 * Joins what was spawned during the tick and drops spent bullets and taken pickups.
 * `bulletStopped`: whether updateBullets found a stopped one (nothing else stops one), else the
 * bullets need no look; `tookPickup`: whether El took one (player.ts, the only way one leaves).
 */
function flushPending(world: World, bulletStopped: boolean, tookPickup: boolean): void {
  // One loop per kind: a loop shared by bullets, pickups and grenades reads `alive` from several
  // object shapes, which V8 handles much more slowly than one.
  if (bulletStopped) compactBullets(world.bullets);
  if (tookPickup) compactPickups(world.pickups);
  if (world.grenades.length > 0) compactGrenades(world.grenades);
  if (world.pendingBullets.length > 0) {
    for (let i = 0; i < world.pendingBullets.length; i++) world.bullets.push(world.pendingBullets[i]!);
    world.pendingBullets.length = 0;
  }
  if (world.pendingPickups.length > 0) {
    for (const p of world.pendingPickups) world.pickups.push(p);
    world.pendingPickups.length = 0;
  }
  if (world.pendingGrenades.length > 0) {
    for (const g of world.pendingGrenades) world.grenades.push(g);
    world.pendingGrenades.length = 0;
  }
  if (world.pendingActors.length > 0) {
    for (const a of world.pendingActors) world.actors.push(a);
    world.pendingActors.length = 0;
  }
}

// Each removes entries with alive = false, keeping order, without allocating; it stores only
// behind a removal (an array store costs a write barrier, and most ticks remove nothing).
function compactBullets(list: Bullet[]): void {
  let w = 0;
  for (let r = 0; r < list.length; r++) {
    if (!list[r]!.alive) continue;
    if (w !== r) list[w] = list[r]!;
    w++;
  }
  if (w !== list.length) list.length = w;
}

function compactPickups(list: Pickup[]): void {
  let w = 0;
  for (let r = 0; r < list.length; r++) {
    if (!list[r]!.alive) continue;
    if (w !== r) list[w] = list[r]!;
    w++;
  }
  if (w !== list.length) list.length = w;
}

function compactGrenades(list: Grenade[]): void {
  let w = 0;
  for (let r = 0; r < list.length; r++) {
    if (!list[r]!.alive) continue;
    if (w !== r) list[w] = list[r]!;
    w++;
  }
  if (w !== list.length) list.length = w;
}
