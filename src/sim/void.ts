// Rooftop gaps. Cell.Void blocks walking (grid.ts blocksWalk) and every AI path (pathfind.ts only
// steps on floor and doors), but not bullets or eyes. El's dive carries him over a gap; where the
// dive ends decides his fate.
import { damage } from './combat';
import { Cell } from './level-data';
import { cellAtPoint } from './grid';
import { emit, type Actor, type World } from './world';

/** The last tick of a dive: landing with the centre over a gap is a fall to the death. */
export function landDive(world: World, a: Actor): void {
  if (!a.alive || cellAtPoint(world, a.x, a.y) !== Cell.Void) return;
  emit(world, { type: 'fall', actor: a.id, x: a.x, y: a.y });
  // By 0: the street below, nobody's kill.
  damage(world, a, a.hp, 0, a.x, a.y);
}
