// levels/index.json: which levels exist, in what order, with their seeds and par times.
import { LevelError } from './level-error';
import { quote } from './error-text';
import { LevelIndexSchema } from './tiled-schema';
import { check } from './validate';

export interface LevelIndexEntry {
  readonly id: string;
  /** Map file, relative to the folder holding index.json. */
  readonly file: string;
  readonly title: string;
  /** Position in the level list (1 = first). */
  readonly order: number;
  /** Level seed (the run seed is mixed in by the sim). */
  readonly seed: number;
  /** Par time in ticks (60 = 1 s). */
  readonly parTicks: number;
}

export interface LevelIndex {
  /** Sorted by `order`. */
  readonly levels: readonly LevelIndexEntry[];
}

/** Validates the index; its entries come back sorted by `order`. */
export function parseLevelIndex(json: unknown, file: string): LevelIndex {
  const index = check(LevelIndexSchema, json, file, '');
  const seen = { id: new Map<string, number>(), file: new Map<string, number>(), order: new Map<number, number>() };
  index.levels.forEach((entry, i) => {
    for (const key of ['id', 'file', 'order'] as const) {
      const map = seen[key] as Map<string | number, number>;
      const value = entry[key];
      const first = map.get(value);
      if (first !== undefined) {
        const shown = typeof value === 'string' ? quote(value) : String(value);
        throw new LevelError(file, `levels[${i}].${key}`, `a ${key} used by one level only`, `${shown}, also levels[${first}]`);
      }
      map.set(value, i);
    }
  });
  return { levels: [...index.levels].sort((a, b) => a.order - b.order) };
}
