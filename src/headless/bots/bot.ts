// The bot interface: a policy sees the world after each tick and answers with the next input.
// Bots are seeded and deterministic, so a bot run is as repeatable as a replay.
import type { TickInput } from '../../sim/input';
import type { World } from '../../sim/world';

export interface BotPolicy {
  /** The input for the next tick. Must not change the world. */
  act(world: Readonly<World>): TickInput;
}

export interface BotDef {
  readonly name: string;
  readonly description: string;
  create(seed: number): BotPolicy;
}
