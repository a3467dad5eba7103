// Frames for cast members whose own art may not exist yet, and for the car: pure functions of sim
// state (testable without a browser), used by world-view.ts next to actor-frames.ts.
import { ARCHETYPES } from '../sim/archetypes';
import type { Actor } from '../sim/world';

/** The car (and its driver): drawn as one sprite, no legs or shadow. */
export function isVehicle(a: Actor): boolean {
  return ARCHETYPES[a.arch]?.heavy === true;
}

export function vehicleFrame(a: Actor): string {
  return a.alive ? 'car' : 'car_wreck';
}

/** Look-alike archetypes per team, whose frames always exist (the bar's cast). */
// Allies borrow El's own frames (his mariachi friends), never an enemy's colours.
const STAND_IN: Readonly<Record<string, string>> = { ally: 'mariachi', enemy: 'henchman', civilian: 'civilian', player: 'mariachi' };

/**
 * The same frame of a look-alike when an archetype's own sprite is missing (e.g. `campa_aim` ->
 * `gunman_aim`): the frame suffix after the archetype prefix is kept.
 */
export function standInFrame(a: Actor, frame: string): string {
  const suffix = frame.startsWith(`${a.arch}_`) ? frame.slice(a.arch.length + 1) : 'idle';
  return `${STAND_IN[a.team] ?? 'civilian'}_${suffix}`;
}
