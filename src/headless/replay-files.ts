// Node-only: replay files on disk (the formats themselves are src/replay/replay-file.ts and
// src/replay/full-run-file.ts), read within the byte limits of src/limits.ts.
import { writeFileSync } from 'node:fs';
import { FILE_BYTES, formatSize, type FileKind } from '../limits';
import { parseAnyReplay, type AnyReplay } from '../replay/full-run-file';
import { parseReplay, replayToText, ReplayError, type CheckedReplay, type ReplayFile } from '../replay/replay-file';
import { ReadRefusal, readBoundedText, shownPath } from './bounded-read';

function readText(file: string, kind: FileKind): string {
  try {
    return readBoundedText(file, kind);
  } catch (err) {
    if (!(err instanceof ReadRefusal)) throw err;
    throw new ReplayError(shownPath(file), '', err.message);
  }
}

/** Reads and checks a replay file; ReplayError (one line naming the file) for anything wrong. */
export function readReplayFile(file: string): CheckedReplay {
  return parseReplay(readText(file, 'replay'), shownPath(file));
}

/**
 * Reads either a level's replay or a full-game run, told apart by its format; a level's replay
 * within its own (smaller) limit. Inputs of a run's attempts are decoded later, one at a time.
 */
export function readAnyReplayFile(file: string): AnyReplay {
  const text = readText(file, 'fullRun');
  const any = parseAnyReplay(text, shownPath(file));
  if (any.kind === 'level' && Buffer.byteLength(text) > FILE_BYTES.replay) {
    throw new ReplayError(shownPath(file), '', `expected a replay file of at most ${formatSize(FILE_BYTES.replay)} (the limit), got more`);
  }
  return any;
}

export function writeReplayFile(file: string, replay: ReplayFile): void {
  writeFileSync(file, replayToText(replay));
}
