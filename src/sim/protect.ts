// Lives that must not be lost: El's own, and those the level protects (`level.protect`: Carolina,
// the boy). The first such death ends the run ('dead') and names why in world.failure. A mechanic
// may name a loss itself by setting world.failure (a fall, El's hit on a spared actor or the boy).
import { ARCHETYPES } from './archetypes';
import { guardedActors } from './living';
import { playerOf, type World } from './world';

/** Why the run is lost this tick, or null while everyone who must live does. */
export function failureReason(world: World): string | null {
  // A mechanic named the loss this tick (El's shot at a spared actor: src/sim/spare.ts).
  if (world.failure !== null) return world.failure;
  const el = playerOf(world);
  if (!el.alive) return `${ARCHETYPES[el.arch].name} fell`;
  const names = world.level.protect;
  if (names.length === 0) return null;
  // Only those actors can match: a list of one or two, not every actor.
  const guarded = guardedActors(world);
  // All of them alive (every tick but the last): no name can match.
  let dead = false;
  for (let i = 0; i < guarded.length; i++) if (!guarded[i]!.alive) dead = true;
  if (!dead) return null;
  for (const name of names) {
    for (let i = 0; i < guarded.length; i++) {
      const a = guarded[i]!;
      if (a.name !== name || a.alive) continue;
      const def = ARCHETYPES[a.arch];
      // A bystander is shot; someone fighting beside El is killed.
      return `${def.name} ${def.team === 'civilian' ? 'was shot' : 'was killed'}`;
    }
  }
  return null;
}
