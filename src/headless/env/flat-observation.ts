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

/** Writes one observation at `at` (layout.length numbers). */
export function writeObservation(obs: Observation, layout: ObservationLayout, out: Float32Array, at: number): void {
  for (const { key, offset } of layout.entries) {
    const v = obs[key];
    let i = at + offset;
    if (typeof v === 'number') out[i] = v;
    else if (typeof v[0] === 'number') for (const x of v as number[]) out[i++] = x;
    else for (const row of v as number[][]) for (const x of row) out[i++] = x;
  }
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** The numbers as base64 of float32 little-endian (what the bridge sends). */
export function float32Base64(values: Float32Array): string {
  const bytes = Buffer.from(values.buffer, values.byteOffset, values.byteLength);
  if (!LITTLE_ENDIAN) return Buffer.from(bytes).swap32().toString('base64');
  return bytes.toString('base64');
}
