// Copying a world is copying data: the level is shared, everything else is deep-copied.
import { settleFuel } from './burning-cells';
import type { World } from './world';

function copy(v: unknown): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(copy);
  // Any typed array (Uint8Array grids, the Uint16Array fire fuel…) copies as its own kind.
  if (ArrayBuffer.isView(v)) return (v as Uint8Array).slice();
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(v)) out[key] = copy((v as Record<string, unknown>)[key]);
  return out;
}

/** An independent world that continues exactly as the original would. */
export function cloneWorld(world: World): World {
  // The fire writes burning cells' fuel lazily: make it exact before copying it.
  settleFuel(world);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(world)) {
    const value = (world as unknown as Record<string, unknown>)[key];
    out[key] = key === 'level' ? value : copy(value);
  }
  return out as unknown as World;
}
