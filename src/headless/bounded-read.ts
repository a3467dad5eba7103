// Node-only: the one way the CLIs read a file they were given or led to (replays, maps, tilesets,
// the level index). It looks before it reads: stat (through symlinks, so the target counts), only
// regular files (a FIFO or a device would block or never end), and never more than the kind's
// byte limit + 1 bytes, however big the file is or grows while being read.
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { decodeUtf8 } from '../level/json-text';
import { FILE_BYTES, formatSize, type FileKind } from '../limits';

/** Why a file was not read: one line without the file name (the caller's error type adds it). */
export class ReadRefusal extends Error {
  override readonly name = 'ReadRefusal';

  constructor(
    readonly expected: string,
    readonly got: string,
  ) {
    super(`expected ${expected}, got ${got}`);
  }
}

/** The path as messages show it: as given, with "/" separators. */
export function shownPath(file: string): string {
  return file.split(path.sep).join('/');
}

const WHAT: Readonly<Record<FileKind, string>> = {
  replay: 'a replay file',
  fullRun: 'a run file',
  levelMap: 'a map file',
  tileset: 'a tileset file',
  index: 'a level index',
};

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

function codeOf(err: unknown): string {
  const code = (err as { code?: unknown }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'no permission to read it';
  if (code === 'ELOOP') return 'a symlink loop';
  if (code === 'ENOTDIR') return 'a path through something that is not a folder';
  return typeof code === 'string' ? code : String(err);
}

function tooBig(limit: number, what: string, got: string): ReadRefusal {
  return new ReadRefusal(`${what} of at most ${formatSize(limit)} (the limit)`, got);
}

/**
 * The file's bytes, at most `limit` of them; a ReadRefusal (missing, not a regular file, over the
 * limit) otherwise. Reads at most limit + 1 bytes even when the size changes under it.
 */
export function readBoundedBytes(file: string, limit: number, what = 'a file'): Uint8Array {
  let stats: Stats;
  try {
    stats = statSync(file);
  } catch (err) {
    throw new ReadRefusal('a readable file', codeOf(err));
  }
  if (!stats.isFile()) throw new ReadRefusal(what, kindOf(stats));
  if (stats.size > limit) throw tooBig(limit, what, `${stats.size} bytes`);
  let fd: number;
  try {
    // Non-blocking: if a FIFO took the file's place since the stat, opening does not wait for a writer.
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    throw new ReadRefusal('a readable file', codeOf(err));
  }
  try {
    const now = fstatSync(fd);
    if (!now.isFile()) throw new ReadRefusal(what, kindOf(now));
    const buf = new Uint8Array(limit + 1);
    let got = 0;
    for (;;) {
      const n = readSync(fd, buf, got, buf.length - got, null);
      if (n === 0) break;
      got += n;
      if (got > limit) throw tooBig(limit, what, 'more than that (the file grew while being read)');
    }
    return buf.subarray(0, got);
  } catch (err) {
    throw err instanceof ReadRefusal ? err : new ReadRefusal(`${what}`, `${codeOf(err)} while reading`);
  } finally {
    closeSync(fd);
  }
}

/** A file of a known kind as UTF-8 text (BOM dropped), within FILE_BYTES[kind]. */
export function readBoundedText(file: string, kind: FileKind): string {
  const what = WHAT[kind];
  const bytes = readBoundedBytes(file, FILE_BYTES[kind], what);
  const text = decodeUtf8(bytes);
  if (text === null) throw new ReadRefusal(`${what} in UTF-8 text`, 'bytes that are not UTF-8');
  return text;
}
