// Run by stable-shapes.test.ts in a Node of its own, started with --trace-generalization: plays
// every level with three bots, so V8 reports each object field whose layout had to widen in play.
import { findBot } from '../../src/headless/bots';
import { loadLevel, loadLevelIndex } from '../../src/headless/level-files';
import { createWorld, step } from '../../src/sim';

for (const { id } of loadLevelIndex().levels) {
  for (const botName of ['aggressive', 'tactician', 'random']) {
    const world = createWorld(loadLevel(id), 1);
    const bot = findBot(botName)!.create(1);
    while (world.outcome === null && world.tick < 6000) step(world, bot.act(world));
  }
}
