// Frames for the car and a defensive stand-in for a missing body frame: pure functions of sim
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
 * `mariachi_aim`): the frame suffix after the archetype prefix is kept. Defensive only: every
 * archetype in ARCHETYPES has every frame the renderer asks for (test/render/cast-frames.test.ts),
 * so this is reached only by an archetype added without art, which that test fails on.
 */
export function standInFrame(a: Actor, frame: string): string {
  const suffix = frame.startsWith(`${a.arch}_`) ? frame.slice(a.arch.length + 1) : 'idle';
  return `${STAND_IN[a.team] ?? 'civilian'}_${suffix}`;
}
