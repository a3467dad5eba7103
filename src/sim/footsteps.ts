// Footfalls and landings as facts of the simulation (Quake III's PM_Footsteps): every body that
// walks puts a foot down each STRIDE_PX it covers, alternating left and right, and El coming down
// from a dive lands. Each says what the floor under him is made of, so render and audio only play
// events and a replay sounds exactly like the run. Nothing in the sim reads these back.
import { isVehicle } from './archetypes';
import { BurnState } from './burn-state';
import { TILE } from './grid';
import { Material } from './level-data';
import type { Living } from './living';
import { AS_DOUBLE } from './layout';
import { emit, type Actor, type World } from './world';

/**
 * Pixels walked per footfall. The legs' walk cycle (render/actor-frames.ts) is four frames of 5 px:
 * two feet down per 20 px, so the sound and the drawn stride agree.
 */
export const STRIDE_PX = 10;
/** Less than this in a tick is a nudge (bodies pushed apart), not a step. */
const MIN_STEP_PX = 0.05;
/** Squared moves below this are surely under MIN_STEP_PX, whatever sqrt rounds to. */
const STILL_SQ = MIN_STEP_PX * MIN_STEP_PX * 0.99;

/** Per actor, parallel to world.actors (actors are never removed, so indexes hold). */
export interface Footfall {
  /** Pixels walked since the last foot went down, 0..STRIDE_PX. */
  walked: number;
  /** The foot that goes down next: 0 left, 1 right. */
  foot: number;
  /** Whether he was in the air (a dive) at the end of the last tick. */
  airborne: boolean;
}

export function createFootfall(): Footfall {
  const f: Footfall = { walked: AS_DOUBLE, foot: 0, airborne: false };
  // Laid out as a double (layout.ts), then its real start.
  f.walked = 0;
  return f;
}

/** What the floor under (x, y) is made of: a cell burnt out is ash and grit whatever it was. */
export function floorMaterial(world: World, x: number, y: number): Material {
  const { width, height, materials } = world.level;
  const tx = Math.floor(x / TILE);
  const ty = Math.floor(y / TILE);
  if (tx < 0 || ty < 0 || tx >= width || ty >= height) return Material.None;
  const cell = ty * width + tx;
  if (world.burn[cell] === BurnState.BurntOut) return Material.None;
  return materials[cell] as Material;
}

/**
 * Once per tick, after everything has moved: emits this tick's footfalls and landings.
 * `lists.actors` (with `indices`, their places in world.actors): every actor alive at the start of
 * the tick, in order (living.ts). The others need no visit: a body dead before this tick keeps the
 * diveLeft it died with (only El's own update changes it), so its entry already says so.
 */
export function updateFootsteps(world: World, lists: Living): void {
  const actors = world.actors;
  const falls = world.footfalls;
  const known = falls.length;
  const living = lists.actors;
  const indices = lists.indices;
  if (known === actors.length && lists.aloft === 0) {
    // No newcomer and nobody in the air at the end of the last tick (most ticks): a body on the
    // ground that stands still needs neither its entry nor its index (the test below, without
    // the `!f.airborne` that is true of every entry).
    for (let k = 0; k < living.length; k++) {
      const a = living[k]!;
      if (a.diveLeft <= 0) {
        const dx = a.x - a.px;
        const dy = a.y - a.py;
        if (dx * dx + dy * dy < STILL_SQ) continue;
      }
      footstepsOf(world, lists, a, falls[indices[k]!]!);
    }
    return;
  }
  while (falls.length < actors.length) falls.push(createFootfall());
  for (let k = 0; k < living.length; k++) {
    const i = indices[k]!;
    if (i >= known) continue;
    const a = living[k]!;
    const f = falls[i]!;
    // Most bodies, most ticks: on the ground as last tick and standing still. footstepsOf would
    // change nothing for them (its first tests, in the same arithmetic), so no call.
    if (a.diveLeft <= 0 && !f.airborne) {
      const dx = a.x - a.px;
      const dy = a.y - a.py;
      if (dx * dx + dy * dy < STILL_SQ) continue;
    }
    footstepsOf(world, lists, a, f);
  }
  // Entries made just now (actors that joined last tick) are all visited, dead or not.
  for (let i = known; i < actors.length; i++) footstepsOf(world, lists, actors[i]!, falls[i]!);
}

function footstepsOf(world: World, lists: Living, a: Actor, f: Footfall): void {
  const airborne = a.diveLeft > 0;
  const wasAirborne = f.airborne;
  // Stored only when it changes (nearly never): a store costs more than the compare. The count of
  // entries in the air follows it.
  if (airborne !== wasAirborne) {
    f.airborne = airborne;
    lists.aloft += airborne ? 1 : -1;
  }
  if (!a.alive || airborne) return;
  if (wasAirborne) {
    // Both feet come down together; the next stride starts from here with the left foot.
    f.walked = 0;
    f.foot = 0;
    emit(world, { type: 'land', actor: a.id, x: a.x, y: a.y, material: floorMaterial(world, a.x, a.y) });
    return;
  }
  const dx = a.x - a.px;
  const dy = a.y - a.py;
  // Standing still (most bodies, most ticks) ends it here; the tests below are pure, so the order
  // changes nothing. Clearly under the step (a margin for rounding), the exact test below agrees.
  if (dx * dx + dy * dy < STILL_SQ) return;
  // The car rolls; a man on the floor or flung by a blast is not walking.
  if (a.stunLeft > 0 || a.knockVx !== 0 || a.knockVy !== 0 || isVehicle(a)) return;
  const moved = Math.sqrt(dx * dx + dy * dy);
  if (moved < MIN_STEP_PX) return;
  f.walked += moved;
  if (f.walked < STRIDE_PX) return;
  // One foot per tick at most; a jump in position (a spawn, a shove) is not a run of steps.
  f.walked = Math.min(f.walked - STRIDE_PX, STRIDE_PX - MIN_STEP_PX);
  emit(world, { type: 'footstep', actor: a.id, foot: f.foot, x: a.x, y: a.y, material: floorMaterial(world, a.x, a.y) });
  f.foot = 1 - f.foot;
}
