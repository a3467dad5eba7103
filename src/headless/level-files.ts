// Node-only: reads levels/index.json and Tiled maps from disk and parses them with src/level.
// Every failure (missing file, bad JSON, bad level) is a LevelError with a one-line message.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { LevelData } from '../sim';
import { quote } from '../level/error-text';
import { parseJsonText } from '../level/json-text';
import { LevelError } from '../level/level-error';
import { parseLevel } from '../level/parse-level';
import { parseLevelIndex, type LevelIndex } from '../level/parse-index';

export const LEVELS_DIR = 'levels';
const INDEX_FILE = 'index.json';

/** The path as it should appear in messages: as given, with "/" separators. */
function shown(file: string): string {
  return file.split(path.sep).join('/');
}

/** Reads and parses a JSON file; LevelError when it is missing, unreadable or not JSON. */
export function readJsonFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a directory' : typeof code === 'string' ? code : String(err);
    throw new LevelError(shown(file), '', 'a readable file', why);
  }
  return parseJsonText(text, shown(file));
}

export function loadLevelIndex(dir: string = LEVELS_DIR): LevelIndex {
  const file = path.join(dir, INDEX_FILE);
  return parseLevelIndex(readJsonFile(file), shown(file));
}

/** Parses one map file; its external tilesets are read relative to the map. `id`: the catalogue's id for it. */
export function loadLevelFile(file: string, id?: string): LevelData {
  const json = readJsonFile(file);
  return parseLevel(json, {
    file: shown(file),
    id,
    resolveTileset: (source) => readJsonFile(path.join(path.dirname(file), source)),
  });
}

function isPath(idOrPath: string): boolean {
  return /[\\/]/.test(idOrPath) || /\.(tmj|json)$/i.test(idOrPath);
}

/** The catalogue's id for a map given by path (its entry in the index next to it), if it has one. */
function idForPath(file: string): string | undefined {
  const dir = path.dirname(file);
  const base = path.basename(file);
  if (existsSync(path.join(dir, INDEX_FILE))) {
    const entry = loadLevelIndex(dir).levels.find((l) => path.basename(l.file) === base && path.join(dir, l.file) === path.join(dir, base));
    if (entry) return entry.id;
  }
  return undefined;
}

/**
 * A level by id (looked up in `dir`/index.json) or by path to a .tmj file.
 * Throws LevelError with a one-line message for anything missing or malformed.
 */
export function loadLevel(idOrPath: string, dir: string = LEVELS_DIR): LevelData {
  if (isPath(idOrPath)) return loadLevelFile(idOrPath, idForPath(idOrPath));
  const index = loadLevelIndex(dir);
  const entry = index.levels.find((l) => l.id === idOrPath);
  if (!entry) {
    const ids = index.levels.map((l) => l.id).join(', ');
    throw new LevelError(shown(path.join(dir, INDEX_FILE)), 'levels', `a level id (one of ${ids}) or a path to a .tmj file`, quote(idOrPath));
  }
  return loadLevelFile(path.join(dir, entry.file), entry.id);
}
