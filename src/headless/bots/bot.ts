// The bot interface: a policy sees the world after each tick and answers with the next input.
//
//   BotDef     { name, description, create(seed) }: `name` is what --bot takes (register the def in
//              bots/index.ts); create() is called once per episode with the run seed.
//   BotPolicy  act(world) → TickInput, called once before every tick with the world as it stands
//              (world.events holds what happened in the last tick). Read the world, never change it.
//
// Rules: a policy is deterministic. It may keep any state of its own, but no Math.random (draw from
// a stream seeded by `seed`, as random.ts does with nextU32 from src/sim/rng), no clocks, no I/O,
// and nothing carried from one episode to the next (episodes run in any thread, in any order).
// Same seed, same world → same inputs, so a bot run replays like a recorded one. Input is what a
// player could give: moveX/moveY in -127..127, aim 0..4095 (0 = east, clockwise), buttons from
// `Button`. Dive, Reload, Use and the first Fire (it draws the pistols) act on the tick the button
// goes down, so release them between presses; a held Fire shoots as fast as the gun allows.
// Shared senses (visible enemies, incoming bullets, walking the grid, where to go next) are in
// senses.ts; flow-field.ts has the grid distances.
import type { TickInput, World } from '../../sim';

export interface BotPolicy {
  /** The input for the next tick. Must not change the world. */
  act(world: Readonly<World>): TickInput;
}

export interface BotDef {
  readonly name: string;
  readonly description: string;
  create(seed: number): BotPolicy;
}
