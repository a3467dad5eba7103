// Shared bits for sim tests: inputs by name and running a world for a while.
import { Button, type TickInput } from '../../src/sim/input';
import { step } from '../../src/sim/step';
import type { World } from '../../src/sim/world';

export function input(partial: Partial<TickInput> = {}): TickInput {
  return { moveX: 0, moveY: 0, aim: 0, buttons: 0, ...partial };
}

export const FIRE = Button.Fire;

/** Steps n ticks with the same input (or a function of the tick index). */
export function run(world: World, n: number, cmd: TickInput | ((i: number) => TickInput) = input()): World {
  for (let i = 0; i < n; i++) step(world, typeof cmd === 'function' ? cmd(i) : cmd);
  return world;
}

/** Collects every event of a type over n ticks. */
export function collect<T extends World['events'][number]['type']>(world: World, n: number, type: T, cmd: TickInput | ((i: number) => TickInput) = input()): Extract<World['events'][number], { type: T }>[] {
  const out: Extract<World['events'][number], { type: T }>[] = [];
  for (let i = 0; i < n; i++) {
    step(world, typeof cmd === 'function' ? cmd(i) : cmd);
    for (const e of world.events) if (e.type === type) out.push(e as Extract<World['events'][number], { type: T }>);
  }
  return out;
}
