// PGlite is one process's database: a second server on the same DATA_DIR would write the same files.
// A lock file holding the owner's pid keeps it out; a lock left by a process that died is taken over.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';

const LOCK = 'server.lock';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists, we may just not signal it.
    return (err as { code?: string }).code === 'EPERM';
  }
}

/** Takes the folder for this process; throws a one-line Error naming the holder when it is taken. */
export function lockDataDir(dir: string): () => void {
  const file = path.join(dir, LOCK);
  for (let tries = 0; tries < 2; tries++) {
    try {
      writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
      return () => rmSync(file, { force: true });
    } catch (err) {
      if ((err as { code?: string }).code !== 'EEXIST') throw err;
      const holder = Number(readFileSync(file, 'utf8').trim());
      if (Number.isInteger(holder) && holder > 0 && alive(holder)) {
        throw new Error(`${dir} is in use by another server (process ${holder}); several servers need DATABASE_URL (one Postgres)`, { cause: err });
      }
      rmSync(file, { force: true });
    }
  }
  throw new Error(`${dir}: cannot take ${LOCK}`);
}
