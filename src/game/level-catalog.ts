// The levels as the browser sees them: bundled at build time from levels/ (so a level opens with
// no loading), parsed and validated on first use. A bad file becomes one readable message.
import { parseJsonText } from '../level/json-text';
import { LevelError } from '../level/level-error';
import { parseLevel } from '../level/parse-level';
import { parseLevelIndex, type LevelIndex, type LevelIndexEntry } from '../level/parse-index';
import type { LevelData } from '../sim';

const files = import.meta.glob<string>('../../levels/*.{tmj,tsj,json}', { query: '?raw', import: 'default', eager: true });

/** Files saved since the page loaded (dev server only, see level-hot-reload.ts); null: deleted. */
const saved = new Map<string, string | null>();

function fileText(name: string): string {
  const text = saved.has(name) ? saved.get(name) : files[`../../levels/${name}`];
  if (text === undefined || text === null) throw new LevelError(`levels/${name}`, '', 'a bundled level file', 'no such file');
  return text;
}

let index: LevelIndex | null = null;
const parsed = new Map<string, LevelData>();

export function levelIndex(): LevelIndex {
  index ??= parseLevelIndex(parseJsonText(fileText('index.json'), 'levels/index.json'), 'levels/index.json');
  return index;
}

export function levelEntry(id: string): LevelIndexEntry | undefined {
  return levelIndex().levels.find((l) => l.id === id);
}

/** Parsed level data by id; throws LevelError (one line) for an unknown id or a bad file. */
export function loadLevel(id: string): LevelData {
  const cached = parsed.get(id);
  if (cached) return cached;
  const entry = levelEntry(id);
  if (!entry) {
    const known = levelIndex().levels.map((l) => l.id).join(', ');
    throw new LevelError('levels/index.json', 'levels', `a level id (one of ${known})`, `"${id}"`);
  }
  const file = `levels/${entry.file}`;
  const level = parseLevel(parseJsonText(fileText(entry.file), file), {
    file,
    id: entry.id,
    resolveTileset: (source) => parseJsonText(fileText(source), `levels/${source}`),
  });
  parsed.set(id, level);
  return level;
}

/** A file in levels/ changed on disk: later loads read the new text (parsed levels are forgotten). */
export function replaceLevelFile(name: string, text: string | null): void {
  saved.set(name, text);
  index = null;
  parsed.clear();
}
