// Shared bits for the arsenal tests: worlds whose other actors stand still as targets.
import type { Loadout } from '../../src/sim/level-data';
import { createWorld, playerOf, type Actor, type World } from '../../src/sim/world';
import { asciiLevel, type AsciiOptions } from './ascii-level';

/** A world where nobody but El thinks: targets stand, never shoot, never flee. */
export function targetWorld(rows: string[], loadout: Partial<Loadout> = {}, options: AsciiOptions = {}, seed = 1): World {
  const w = createWorld(asciiLevel(rows, { ...options, loadout }), seed);
  for (const a of w.actors) if (a.id !== w.playerId) a.ai = null;
  return w;
}

export function others(w: World): Actor[] {
  return w.actors.filter((a) => a.id !== w.playerId);
}

export { playerOf };
