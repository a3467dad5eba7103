// Which of the world's grids may have changed, told from what the sim says of its ticks, so that a
// bot compares a grid with its copy only when it may differ. The sim writes `world.cells` only when
// a door opens, glass shatters, burnt cover collapses (each an event of that tick) and a kicked
// table slides (its state says so while it moves); it writes `world.burn` only when a cell catches
// fire or burns out (events too). test/headless/sim-changes.test.ts holds the sim to those lists.
import type { World } from '../../../sim';

export class SimChanges {
  /** Bumped whenever the world's cells may have changed (or the world is one it cannot vouch for). */
  cells = 0;
  /** Bumped whenever the world's burn states may have changed (likewise). */
  burn = 0;
  /** The world and tick last watched. */
  private world: World | null = null;
  private tick = -1;

  /**
   * Looks at the tick just stepped. A bot calls this every act (and each grid before it compares):
   * a tick not watched, gone back, or another world bumps both versions, since nothing vouches
   * for what happened in between. Watching the same world and tick again changes nothing.
   */
  watch(world: World): void {
    const tick = world.tick;
    if (world === this.world && tick === this.tick) return;
    if (world !== this.world || tick !== this.tick + 1) {
      this.cells++;
      this.burn++;
    } else {
      this.read(world);
    }
    this.world = world;
    this.tick = tick;
  }

  /** Bumps the versions the last step's events (and a table on the move) say may have changed. */
  private read(world: World): void {
    let cells = false;
    let burn = false;
    const events = world.events;
    for (let i = 0; i < events.length; i++) {
      const e = events[i]!;
      if (e.type === 'door' || e.type === 'shatter') cells = true;
      else if (e.type === 'burnOut') {
        burn = true;
        if (e.collapsed) cells = true;
      } else if (e.type === 'ignite') burn = true;
    }
    if (!cells) {
      const tables = world.tables;
      for (let i = 0; i < tables.length; i++) {
        const t = tables[i]!;
        if (t.slideLeft > 0 || t.moveLeft > 0) cells = true;
      }
    }
    if (cells) this.cells++;
    if (burn) this.burn++;
  }
}
