// Shared helpers for the AI tests: building worlds from text, scripted input, and running until
// something happens while keeping every event.
import { createWorld, type Actor, type World } from '../../../src/sim/world';
import { step } from '../../../src/sim/step';
import { angleOf } from '../../../src/sim/math';
import { Button, NO_INPUT, type TickInput } from '../../../src/sim/input';
import type { SimEvent } from '../../../src/sim/events';
import { asciiLevel, type AsciiOptions } from '../ascii-level';

export { Button, NO_INPUT };

export interface Run {
  world: World;
  /** Every event of every tick so far, with its tick. */
  log: { tick: number; e: SimEvent }[];
}

/** A world from text rows; El is made (nearly) unkillable unless `mortal`. */
export function makeRun(rows: string[], options: AsciiOptions = {}, seed = 1, mortal = false): Run {
  const world = createWorld(asciiLevel(rows, options), seed);
  if (!mortal) world.actors[0]!.hp = 1_000_000;
  return { world, log: [] };
}

export function tick(run: Run, input: TickInput = NO_INPUT): void {
  step(run.world, input);
  for (const e of run.world.events) run.log.push({ tick: run.world.tick, e });
}

/** Steps until `done` holds (checked after each tick) or `max` ticks pass; returns the tick or -1. */
export function runUntil(run: Run, max: number, done: (w: World) => boolean, input: (w: World) => TickInput = () => NO_INPUT): number {
  for (let i = 0; i < max; i++) {
    tick(run, input(run.world));
    if (done(run.world)) return run.world.tick;
  }
  return -1;
}

export function runFor(run: Run, ticks: number, input: (w: World) => TickInput = () => NO_INPUT): void {
  for (let i = 0; i < ticks; i++) tick(run, input(run.world));
}

export function enemy(run: Run, index = 0): Actor {
  return run.world.actors.filter((a) => a.team !== 'player')[index]!;
}

export function player(run: Run): Actor {
  return run.world.actors[0]!;
}

/** Ticks of events of a type by an actor (shots by actor, alerts by actor). */
export function eventTicks(run: Run, type: SimEvent['type'], actorId?: number): number[] {
  return run.log
    .filter(({ e }) => e.type === type && (actorId === undefined || ('actor' in e && e.actor === actorId)))
    .map(({ tick }) => tick);
}

/** Fire input aimed at an angle (the sleeve pistols slide out on the first pull). */
export function fireToward(angle: number): TickInput {
  return { moveX: 0, moveY: 0, aim: angle, buttons: Button.Fire };
}

export function aimFrom(a: { x: number; y: number }, x: number, y: number): number {
  return angleOf(x - a.x, y - a.y);
}

/** A blank row of `width` cells: wall at both ends, floor between. */
export function open(width: number): string {
  return '#' + '.'.repeat(width - 2) + '#';
}

export function wall(width: number): string {
  return '#'.repeat(width);
}

/** Puts characters into a row at given columns. */
export function put(row: string, items: Record<number, string>): string {
  const chars = [...row];
  for (const [k, v] of Object.entries(items)) chars[Number(k)] = v;
  return chars.join('');
}
