// Node-only: reads levels/index.json and Tiled maps from disk and parses them with src/level.
// Every failure (missing file, bad JSON, bad level) is a LevelError with a one-line message.
// Files are read within their kind's byte limit (src/limits.ts), and a map's tilesets only from
// the map's own folder.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { LevelData } from '../sim';
import type { FileKind } from '../limits';
import { quote } from '../level/error-text';
import { parseJsonText } from '../level/json-text';
import { LevelError } from '../level/level-error';
import { parseLevel } from '../level/parse-level';
import { parseLevelIndex, type LevelIndex } from '../level/parse-index';
import { ReadRefusal, readBoundedText, shownPath } from './bounded-read';

export const LEVELS_DIR = 'levels';
const INDEX_FILE = 'index.json';

const shown = shownPath;

/** Reads and parses a JSON file within its kind's limit; LevelError when it is missing, unreadable, too big or not JSON. */
export function readJsonFile(file: string, kind: FileKind = 'levelMap'): unknown {
  let text: string;
  try {
    text = readBoundedText(file, kind);
  } catch (err) {
    if (!(err instanceof ReadRefusal)) throw err;
    throw new LevelError(shown(file), '', err.expected, err.got);
  }
  return parseJsonText(text, shown(file));
}

/** A tileset the map names, next to the map (tileset.ts has already refused paths leaving its folder). */
function readTilesetFile(mapFile: string, source: string): unknown {
  return readJsonFile(path.join(path.dirname(mapFile), source), 'tileset');
}

export function loadLevelIndex(dir: string = LEVELS_DIR): LevelIndex {
  const file = path.join(dir, INDEX_FILE);
  return parseLevelIndex(readJsonFile(file, 'index'), shown(file));
}

/** Parses one map file; its external tilesets are read relative to the map. `id`: the catalogue's id for it. */
export function loadLevelFile(file: string, id?: string): LevelData {
  const json = readJsonFile(file, 'levelMap');
  return parseLevel(json, {
    file: shown(file),
    id,
    resolveTileset: (source) => readTilesetFile(file, source),
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
