// Node-only: replay files on disk (the format itself is src/replay/replay-file.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseReplay, replayToText, ReplayError, type CheckedReplay, type ReplayFile } from '../replay/replay-file';

/** The path as messages show it: as given, with "/" separators. */
function shown(file: string): string {
  return file.split(path.sep).join('/');
}

/** Reads and checks a replay file; ReplayError (one line naming the file) for anything wrong. */
export function readReplayFile(file: string): CheckedReplay {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a directory' : typeof code === 'string' ? code : String(err);
    throw new ReplayError(shown(file), '', `expected a readable file, got ${why}`);
  }
  return parseReplay(text, shown(file));
}

export function writeReplayFile(file: string, replay: ReplayFile): void {
  writeFileSync(file, replayToText(replay));
}
