// The AI's surface toward the rest of the sim. (Temporary minimal behaviour; the full henchman AI
// replaces the bodies of these functions, keeping their signatures.)
import type { Actor, World } from '../world';

export function updateAi(_world: World, _actor: Actor): void {}

export function hearNoise(_world: World, _x: number, _y: number, _loudness: number, _source: number): void {}

export function onHurt(_world: World, actor: Actor, _by: number): void {
  if (actor.ai) actor.ai.calm = false;
}

export function raiseAlarm(world: World): void {
  for (const a of world.actors) if (a.ai) a.ai.calm = false;
}
