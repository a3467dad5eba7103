// The map's `loadout` property: what the guitar case holds at the start, beyond the sleeve pistols.
//
//   "sawedOff 8, wildey 6, grenades 2"     any of the three, each at most once, in any order
//
// A name left out means none carried. Numbers are whole rounds (shells, magnum rounds, grenades).

import type { Loadout } from '../sim';

export const LOADOUT_KEYS = ['sawedOff', 'wildey', 'grenades'] as const;
export const LOADOUT_FORMAT = '"<sawedOff|wildey|grenades> <count>, …" (e.g. "sawedOff 8, wildey 6, grenades 2")';
export const MAX_LOADOUT = 999;

export type LoadoutProblem = { readonly expected: string; readonly got: string };

/** Parses the whole property; returns the loadout or the first problem. */
export function parseLoadout(value: string): Loadout | LoadoutProblem {
  const out: Record<(typeof LOADOUT_KEYS)[number], number> = { sawedOff: 0, wildey: 0, grenades: 0 };
  const seen = new Set<string>();
  const parts = value.split(',').map((p) => p.trim());
  if (parts.every((p) => p === '')) return { expected: LOADOUT_FORMAT, got: 'an empty string' };
  for (const part of parts) {
    if (part === '') return { expected: LOADOUT_FORMAT, got: `${JSON.stringify(value)} (an empty item between commas)` };
    const m = /^(\S+)\s+(\S+)$/.exec(part);
    if (!m) return { expected: LOADOUT_FORMAT, got: JSON.stringify(part) };
    const [, key, count] = m as unknown as [string, string, string];
    if (!(LOADOUT_KEYS as readonly string[]).includes(key)) {
      return { expected: `one of ${LOADOUT_KEYS.join(', ')} before a count`, got: JSON.stringify(key) };
    }
    if (seen.has(key)) return { expected: 'each of sawedOff, wildey, grenades at most once', got: `${JSON.stringify(key)} twice` };
    seen.add(key);
    const n = /^[0-9]{1,4}$/.test(count) ? Number(count) : NaN;
    if (!(n <= MAX_LOADOUT)) return { expected: `a whole count from 0 to ${MAX_LOADOUT} after "${key}"`, got: JSON.stringify(count) };
    out[key as keyof typeof out] = n;
  }
  return out;
}
