// The ranch's standoff (src/sim/duel.ts): El stands frozen; the target moves on standoff tick `cue`
// and a fresh Fire press on a tick t with cue <= t <= cue + window wins. The standoff's tick
// counter goes up by one at the start of each step, so the press for tick t is given when the
// world shows t - 1. Pressing on the middle tick of the window leaves a margin either side.
import type { Objective, World } from '../../../sim';

type DuelObjective = Extract<Objective, { type: 'duel' }>;

/** The current objective if it is a duel, else null. */
export function currentDuel(world: World): DuelObjective | null {
  const o = world.level.objectives[world.objective];
  return o && o.type === 'duel' ? o : null;
}

/** The standoff tick the next step will count (1 on the duel objective's first step). */
export function nextStandoffTick(world: World): number {
  return (world.duel.objective === world.objective ? world.duel.ticks : 0) + 1;
}

/** The standoff tick to draw on: the middle of the window. */
export function drawTick(o: DuelObjective): number {
  return Math.max(1, o.cue) + Math.floor(o.window / 2);
}

/** Whether to hold Fire down on the next step: only on the draw tick (released before it). */
export function pullNow(world: World, o: DuelObjective): boolean {
  return nextStandoffTick(world) === drawTick(o);
}
