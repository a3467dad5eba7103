// Observations as one run of float32 numbers, for the bridge's binary mode: every key of the
// observation in the observation space's order, each flattened row-major. A layout entry says
// where each key sits, so a client can cut the block back into arrays (numpy: a reshape, no copy).
import { ACTOR_FIELDS, BULLET_FIELDS, GRENADE_FIELDS, PICKUP_FIELDS, PLAYER_FIELDS, type Observation, type ResolvedObservationOptions } from './observation';

export interface LayoutEntry {
  key: keyof Observation;
  /** [] for a single number. */
  shape: number[];
  /** Index of its first number in the run. */
  offset: number;
}

export interface ObservationLayout {
  /** Numbers per observation. */
  length: number;
  entries: LayoutEntry[];
}

export function observationLayout(o: ResolvedObservationOptions): ObservationLayout {
  const side = 2 * o.gridRadius + 1;
  const shapes: [keyof Observation, number[]][] = [
    ['player', [PLAYER_FIELDS.length]],
    ['actors', [o.maxActors, ACTOR_FIELDS.length]],
    ['actorCount', []],
    ['bullets', [o.maxBullets, BULLET_FIELDS.length]],
    ['bulletCount', []],
    ['pickups', [o.maxPickups, PICKUP_FIELDS.length]],
    ['pickupCount', []],
    ['grenades', [o.maxGrenades, GRENADE_FIELDS.length]],
    ['grenadeCount', []],
    ['grid', [side, side]],
    ['tick', []],
    ['objective', []],
    ['enemiesLeft', []],
  ];
  let offset = 0;
  const entries = shapes.map(([key, shape]) => {
    const entry = { key, shape, offset };
    offset += shape.reduce((n, d) => n * d, 1);
    return entry;
  });
  return { length: offset, entries };
}

function putRow(row: readonly number[], out: Float32Array, i: number): number {
  for (let k = 0; k < row.length; k++) out[i++] = row[k]!;
  return i;
}

function putTable(rows: readonly (readonly number[])[], out: Float32Array, i: number): number {
  for (let r = 0; r < rows.length; r++) i = putRow(rows[r]!, out, i);
  return i;
}

/**
 * Writes one observation at `at` (layout.length numbers), key by key in observationLayout's order;
 * spelled out rather than looped over the layout, as it runs for every env on every step.
 */
export function writeObservation(obs: Observation, layout: ObservationLayout, out: Float32Array, at: number): void {
  let i = putRow(obs.player, out, at);
  i = putTable(obs.actors, out, i);
  out[i++] = obs.actorCount;
  i = putTable(obs.bullets, out, i);
  out[i++] = obs.bulletCount;
  i = putTable(obs.pickups, out, i);
  out[i++] = obs.pickupCount;
  i = putTable(obs.grenades, out, i);
  out[i++] = obs.grenadeCount;
  i = putTable(obs.grid, out, i);
  out[i++] = obs.tick;
  out[i++] = obs.objective;
  out[i++] = obs.enemiesLeft;
  if (i - at !== layout.length) throw new Error(`writeObservation: wrote ${i - at} numbers, the layout has ${layout.length}`);
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** The numbers as base64 of float32 little-endian (what the bridge sends). */
export function float32Base64(values: Float32Array): string {
  const bytes = Buffer.from(values.buffer, values.byteOffset, values.byteLength);
  if (!LITTLE_ENDIAN) return Buffer.from(bytes).swap32().toString('base64');
  return bytes.toString('base64');
}
