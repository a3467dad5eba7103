// Frames for the car and a defensive stand-in for a missing body frame: pure functions of sim
// state (testable without a browser), used by world-view.ts next to actor-frames.ts.
import { isVehicle, type Actor } from '../sim';
import { bodyFrame, legsFrame } from './actor-frames';

export function vehicleFrame(a: Actor): string {
  return a.alive ? 'car' : 'car_wreck';
}

/**
 * The one frame that shows an actor's body this tick, for every archetype: the car for the
 * lieutenant (whose body frames do not exist), the archetype's body frame otherwise, gun up for
 * the duel's target once he has made his move (`duelDrawn`: he holds it until the standoff ends).
 * `drawLeft`: El's pistols still sliding out (world.player.drawLeft), 0 for anyone else.
 */
export function actorFrame(a: Actor, tick: number, duelDrawn = false, drawLeft = 0): string {
  if (isVehicle(a)) return vehicleFrame(a);
  const body = bodyFrame(a, tick, drawLeft);
  return duelDrawn && a.alive ? body.replace(/_idle$/, '_aim') : body;
}

/** The legs under an actor, or null: none under the car, nor while a frame includes them. */
export function actorLegsFrame(a: Actor, walked: number): string | null {
  return isVehicle(a) ? null : legsFrame(a, walked);
}

/** Look-alike archetypes per team, whose frames always exist (the bar's cast). */
// Allies borrow El's own frames (his mariachi friends), never an enemy's colours.
const STAND_IN: Readonly<Record<string, string>> = { ally: 'mariachi', enemy: 'henchman', civilian: 'civilian', player: 'mariachi' };

/**
 * The same frame of a look-alike when an archetype's own sprite is missing (e.g. `campa_aim` ->
 * `mariachi_aim`): the frame suffix after the archetype prefix is kept. Defensive only: every
 * archetype in ARCHETYPES has every frame the renderer asks for (test/render/cast-frames.test.ts),
 * so this is reached only by an archetype added without art, which that test fails on.
 */
export function standInFrame(a: Actor, frame: string): string {
  const suffix = frame.startsWith(`${a.arch}_`) ? frame.slice(a.arch.length + 1) : 'idle';
  return `${STAND_IN[a.team] ?? 'civilian'}_${suffix}`;
}
