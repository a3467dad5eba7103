// Node-only: replay files on disk (the formats themselves are src/replay/replay-file.ts and
// src/replay/full-run-file.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseAnyReplay, type AnyReplay } from '../replay/full-run-file';
import { parseReplay, replayToText, ReplayError, type CheckedReplay, type ReplayFile } from '../replay/replay-file';

/** The path as messages show it: as given, with "/" separators. */
function shown(file: string): string {
  return file.split(path.sep).join('/');
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a directory' : typeof code === 'string' ? code : String(err);
    throw new ReplayError(shown(file), '', `expected a readable file, got ${why}`);
  }
}

/** Reads and checks a replay file; ReplayError (one line naming the file) for anything wrong. */
export function readReplayFile(file: string): CheckedReplay {
  return parseReplay(readText(file), shown(file));
}

/** Reads either a level's replay or a full-game run, told apart by its format. */
export function readAnyReplayFile(file: string): AnyReplay {
  return parseAnyReplay(readText(file), shown(file));
}

export function writeReplayFile(file: string, replay: ReplayFile): void {
  writeFileSync(file, replayToText(replay));
}
