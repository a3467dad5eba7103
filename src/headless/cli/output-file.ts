// An output file a CLI flag names (--heatmap, --record, --video) is checked before any run is
// played, so a typo in a path costs nothing: one line naming the flag and what is wrong.
import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from './args';

/** Refuses a path that cannot become a file (a folder, a missing or read-only folder). */
export function checkOutputFile(flag: string, file: string): void {
  const problem = (what: string) => new UsageError(`--${flag} ${file}: ${what}`);
  if (file.endsWith('/') || file.endsWith(path.sep)) throw problem('is a directory, expected a file name');
  let existing: ReturnType<typeof statSync> | undefined;
  try {
    existing = statSync(file);
  } catch {
    existing = undefined;
  }
  if (existing?.isDirectory()) throw problem('is a directory, expected a file name');
  const dir = path.dirname(file);
  let parent: ReturnType<typeof statSync>;
  try {
    parent = statSync(dir);
  } catch {
    throw problem(`folder ${dir} does not exist`);
  }
  if (!parent.isDirectory()) throw problem(`${dir} is not a folder`);
  try {
    accessSync(existing ? file : dir, constants.W_OK);
  } catch {
    throw problem(existing ? 'is not writable' : `folder ${dir} is not writable`);
  }
}

/** The one line for an output file whose writing failed: the flag, the path and the system's reason (its code when it has one). */
export function cannotWrite(flag: string, file: string, err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  return `--${flag} ${file}: cannot write it (${typeof code === 'string' ? code : String(err)})`;
}

/** Runs `write` (which writes `file`); a failure becomes a UsageError of one line (cannotWrite). */
export function writeOutputFile<T>(flag: string, file: string, write: () => T): T {
  try {
    return write();
  } catch (err) {
    throw new UsageError(cannotWrite(flag, file, err));
  }
}
