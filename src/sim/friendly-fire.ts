// Whose rounds, blasts and rams can harm whom, beyond "everyone hits everyone":
//   - El and his friends (Campa, Quino, Carolina) never harm each other: their bullets pass each
//     other by and their blasts spare the others (El's own grenade still hurts El).
//   - A bystander the level protects (the boy) is harmed by nobody but El: Bucho's men's strays
//     and the car cannot cost the player the run, only his own shots can (see protect.ts); once
//     he walks out at El's side (a `reach … with boy` objective) not even those.
import { goesWithEl } from './ai/companion';
import { actorById, type Actor, type World } from './world';

function goodTeam(a: Actor): boolean {
  return a.team === 'player' || a.team === 'ally';
}

/** Whether a protected bystander (by name in level.protect). */
export function protectedBystander(world: World, a: Actor): boolean {
  return a.team === 'civilian' && a.name !== '' && world.level.protect.includes(a.name);
}

/** Whether harm from actor `by` (0: nobody) passes `target` by. */
export function unharmedBy(world: World, target: Actor, by: number): boolean {
  if (target.id === by) return false;
  // Walking at El's side to the way out (ai/companion.ts), he is one of El's own: nobody harms him.
  if (protectedBystander(world, target)) return by !== world.playerId || goesWithEl(world, target);
  if (!goodTeam(target)) return false;
  if (by === world.playerId) return true;
  const source = by > 0 ? actorById(world, by) : undefined;
  return source !== undefined && source.team === 'ally';
}
