// The AI's surface toward the rest of the sim: the four calls the core makes. Each hands the work
// to the actor's brain (ArchetypeDef.brain) through the one table in brains.ts.
import { playerOf, type Actor, type World } from '../world';
import { kindOf } from './brains';
import { dodgeGrenades } from './dodge';
import { noiseDistance } from './perception';
import { isSpared } from '../spare';

/** Once per tick for each living non-player actor, in id order. */
export function updateAi(world: World, actor: Actor): void {
  const ai = actor.ai;
  if (!ai) return;
  actor.vx = 0;
  actor.vy = 0;
  // Knocked down (door, table): he lies there, neither moving nor shooting.
  if (actor.stunLeft > 0) {
    actor.stunLeft--;
    return;
  }
  // Spared (Bucho below the rooftops): he notices nothing, so he does nothing.
  if (isSpared(world, actor)) return;
  if (dodgeGrenades(world, actor)) return;
  const kind = kindOf(world, actor, ai);
  kind.brain.update?.(world, actor, ai, kind.def);
}

/**
 * A gunshot at (x, y) heard up to `loudness` pixels away; every wall cell in between costs
 * WALL_DAMPING pixels of that. The shooter does not react to his own shot.
 */
export function hearNoise(world: World, x: number, y: number, loudness: number, source: number): void {
  const list = world.actors;
  const l2 = loudness * loudness;
  for (let i = 0; i < list.length; i++) {
    const a = list[i]!;
    const ai = a.ai;
    if (!ai || !a.alive || a.id === source) continue;
    // Out of earshot first: the cheapest test, and most listeners fail it.
    const dx = a.x - x;
    const dy = a.y - y;
    if (dx * dx + dy * dy > l2 || isSpared(world, a)) continue;
    const hear = kindOf(world, a, ai).brain.hear;
    if (!hear) continue;
    // A henchman fighting El in plain view hears his shots: no need to trace through walls.
    const inView = ai.seesTarget && source === (ai.target > 0 ? ai.target : world.playerId);
    if (!inView && noiseDistance(world, x, y, a.x, a.y, loudness) > loudness) continue;
    hear(world, a, ai, x, y, source);
  }
}

/** `actor` was damaged by `by` and survived. */
export function onHurt(world: World, actor: Actor, by: number): void {
  const ai = actor.ai;
  if (!ai || !actor.alive) return;
  kindOf(world, actor, ai).brain.hurt?.(world, actor, ai, by);
}

/** A level trigger sounded the alarm: every henchman (each brain with an alarm) heads for where El is now. */
export function raiseAlarm(world: World): void {
  const list = world.actors;
  if (!playerOf(world).alive) return;
  for (let i = 0; i < list.length; i++) {
    const a = list[i]!;
    const alarm = a.ai ? kindOf(world, a, a.ai).brain.alarm : undefined;
    if (alarm && a.ai && a.alive && !isSpared(world, a)) alarm(world, a, a.ai);
  }
}
