// The shout: when El has fought Bucho's men and then gone to ground (nobody of theirs has had him in
// plain view, nor died by his hand, for QUIET_AFTER ticks), the men call for help. Every man not yet
// alert who can walk to El (calm men in a back room, guards out of earshot) then comes for him as
// after the alarm; men already hunting carry on, and those who cannot reach him (the street below the
// roofs) stay where they are. So a fight never leaves part of the level waiting at its posts while
// El waits in a corner, and a fight that goes on is no harder for it. The `alarm` event is the shout
// heard. A scripted alarm makes it needless.
import { isSpared } from '../spare';
import { actorById, emit, type Actor, type World } from '../world';
import { isVehicle } from '../archetypes';
import { henchmanAlarm } from './henchman';
import { canReachEl } from './hunt';

/** Ticks of quiet after the last contact before the shout. */
export const QUIET_AFTER = 600;
/** world.lastContactTick before any contact, and once the shout has been given. */
export const NO_CONTACT = -1;
export const SHOUTED = -2;

/** Called each tick a man of Bucho's fights `target` in view. */
export function fightingInView(world: World, a: Actor, target: Actor): void {
  if (a.team === 'enemy' && target.team === 'player' && world.lastContactTick !== SHOUTED) world.lastContactTick = world.tick;
}

/** Once a tick, after the shooting: El's kills are contact too; then, after long enough quiet, the shout. */
export function updateShout(world: World): void {
  if (world.alarm || world.lastContactTick === SHOUTED) return;
  for (const e of world.events) {
    if (e.type !== 'death' || e.by !== world.playerId) continue;
    const victim = actorById(world, e.actor);
    if (victim && victim.team === 'enemy') world.lastContactTick = world.tick;
  }
  if (world.lastContactTick === NO_CONTACT || world.tick - world.lastContactTick < QUIET_AFTER) return;
  world.lastContactTick = SHOUTED;
  emit(world, { type: 'alarm' });
  for (const a of world.actors) {
    const ai = a.ai;
    if (!ai || !a.alive || a.team !== 'enemy' || ai.alerted || isVehicle(a) || isSpared(world, a)) continue;
    if (canReachEl(world, a)) henchmanAlarm(world, a, ai);
  }
}
