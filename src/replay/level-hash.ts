// A fingerprint of a level's content (cells, spawns, scripts, objectives: everything the sim reads),
// so a replay recorded on one version of a map is not mistaken for a run of another.
import type { LevelData } from '../sim';

const cache = new WeakMap<LevelData, string>();

function fnv(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** 16 hex digits. The drawing-only tile layers are left out: repainting a floor changes nothing. */
export function levelContentHash(level: LevelData): string {
  const cached = cache.get(level);
  if (cached) return cached;
  const { layers: _drawingOnly, ...rules } = level;
  const text = JSON.stringify(rules, (_key, value: unknown) => (value instanceof Uint8Array ? Array.from(value) : value));
  const hash = fnv(text, 0x811c9dc5).toString(16).padStart(8, '0') + fnv(text, 0x2545f491).toString(16).padStart(8, '0');
  cache.set(level, hash);
  return hash;
}
