// Knives outside Navajas's own behaviour: the scripted knifing a level trigger can order.
import { damage } from './combat';
import { KNIVES } from './harm';
import { angleOf } from './math';
import { emit, type World } from './world';

/**
 * Trigger action `kill`: the named living actor dies at once, by knives. The blades are credited to
 * the first living Navajas (in id order), else to nobody (0). Nothing happens if the actor is not
 * in the world or already dead.
 */
export function knifeKill(world: World, target: string): void {
  const victim = world.actors.find((a) => a.alive && a.name === target);
  if (!victim) return;
  const killer = world.actors.find((a) => a.alive && a.arch === 'navajas');
  const by = killer ? killer.id : 0;
  // The thrower faces his victim: the throw reads on screen.
  if (killer && (killer.x !== victim.x || killer.y !== victim.y)) killer.aim = angleOf(victim.x - killer.x, victim.y - killer.y);
  emit(world, { type: 'knifeKill', actor: victim.id, by, x: victim.x, y: victim.y });
  damage(world, victim, victim.hp, by, victim.x, victim.y, KNIVES);
}
