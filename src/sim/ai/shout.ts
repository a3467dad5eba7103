// The shout: once Bucho's men have been fighting El for a while, someone calls the others. The fight
// is measured in man-ticks of his men having El in plain view, plus a share for each of them El
// kills (a body dropping is loud). Every man not yet alert who can walk to El (calm men in a back
// room, guards out of earshot) then comes for him as after the alarm; men already fighting carry on,
// and those who cannot reach him (the street below the roofs) stay where they are. So a fight never
// leaves part of the level waiting at its posts. The `alarm` event is the shout heard.
import { isSpared } from '../spare';
import { actorById, emit, type Actor, type World } from '../world';
import { isCar } from './car';
import { henchmanAlarm } from './henchman';
import { canReachEl } from './hunt';

/** Man-ticks of fight before the shout: two men in view for two seconds, or a few kills. */
export const SHOUT_AFTER = 240;
/** What one of Bucho's men killed by El adds to the fight. */
export const SHOUT_PER_KILL = 60;

/** Called each tick a man of Bucho's fights `target` in view. */
export function fightingInView(world: World, a: Actor, target: Actor): void {
  if (a.team === 'enemy' && target.team === 'player' && world.fightTicks >= 0) world.fightTicks++;
}

/** Once a tick, after the shooting: El's kills this tick count toward the shout; then maybe the shout. */
export function updateShout(world: World): void {
  // A scripted alarm has called everyone already; -1: the shout was given.
  if (world.alarm || world.fightTicks < 0) return;
  for (const e of world.events) {
    if (e.type !== 'death' || e.by !== world.playerId) continue;
    const victim = actorById(world, e.actor);
    if (victim && victim.team === 'enemy') world.fightTicks += SHOUT_PER_KILL;
  }
  if (world.fightTicks < SHOUT_AFTER) return;
  world.fightTicks = -1;
  emit(world, { type: 'alarm' });
  for (const a of world.actors) {
    const ai = a.ai;
    if (!ai || !a.alive || a.team !== 'enemy' || ai.alerted || isCar(a) || isSpared(world, a)) continue;
    if (canReachEl(world, a)) henchmanAlarm(world, a, ai);
  }
}
