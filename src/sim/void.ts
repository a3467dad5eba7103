// Rooftop gaps. Cell.Void blocks walking (grid.ts blocksWalk) and every AI path (pathfind.ts only
// steps on floor and doors), but not bullets or eyes. El's dive carries him over a gap; where the
// dive ends decides his fate.
import { damage, DIVE_TICKS } from './combat';
import { FALL } from './harm';
import { Cell } from './level-data';
import { cellAtPoint } from './grid';
import { moveActor } from './movement';
import { DIVE_DRAG, DIVE_SPEED } from './player';
import { emit, type Actor, type World } from './world';

/**
 * How far a dive on open ground carries El, in pixels (about 68). A function, not a constant:
 * player.ts imports this file, so its constants are not there yet while this one loads.
 */
export function diveReach(): number {
  let d = 0;
  let v = DIVE_SPEED;
  for (let i = 0; i < DIVE_TICKS; i++) {
    d += v;
    v *= DIVE_DRAG;
  }
  return d;
}

/**
 * Whether a dive from (x, y) along the unit vector (dx, dy) would end over a gap, walls ignored
 * (a wall only shortens a dive). For bots and hints; the sim itself decides in landDive.
 */
export function diveEndsOverVoid(world: World, x: number, y: number, dx: number, dy: number): boolean {
  const reach = diveReach();
  return cellAtPoint(world, x + dx * reach, y + dy * reach) === Cell.Void;
}

/** The last tick of a dive: landing with the centre over a gap is a fall to the death. */
export function landDive(world: World, a: Actor): void {
  if (!a.alive) return;
  if (cellAtPoint(world, a.x, a.y) !== Cell.Void) {
    // Landed on the edge: back on foot, so step clear of the gap the dive was allowed to overhang.
    moveActor(world, a, 0, 0);
    return;
  }
  emit(world, { type: 'fall', actor: a.id, x: a.x, y: a.y });
  if (a.team === 'player') world.failure ??= 'El Mariachi fell to the street below';
  // By 0: the street below, nobody's kill.
  damage(world, a, a.hp, 0, a.x, a.y, FALL);
}
