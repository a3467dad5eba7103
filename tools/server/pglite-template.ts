// A new PGlite data folder costs its initdb, 8-15 s on a loaded 2-core machine; opening a copy of a
// fresh one takes under a second. The server tests and benchmark make one empty folder once (per
// PGlite version, in node_modules/.cache) and copy it for each database they need.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { PGlite } from '@electric-sql/pglite';

const PGLITE_VERSION = (JSON.parse(readFileSync('node_modules/@electric-sql/pglite/package.json', 'utf8')) as { version: string }).version;
const TEMPLATE = path.resolve('node_modules/.cache/desperado-server-test', `pglite-${PGLITE_VERSION}`);

async function pgliteTemplate(): Promise<string> {
  if (existsSync(path.join(TEMPLATE, 'PG_VERSION'))) return TEMPLATE;
  const building = `${TEMPLATE}.${process.pid}`;
  rmSync(building, { recursive: true, force: true });
  mkdirSync(building, { recursive: true });
  const db = await PGlite.create(building);
  await db.close();
  try {
    renameSync(building, TEMPLATE);
  } catch {
    // Another process made it first.
    rmSync(building, { recursive: true, force: true });
  }
  return TEMPLATE;
}

export function tempDir(prefix: string): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A temp DATA_DIR holding an empty PGlite database. */
export async function pgliteDir(prefix: string): Promise<{ dir: string; remove(): void }> {
  const t = tempDir(prefix);
  cpSync(await pgliteTemplate(), t.dir, { recursive: true });
  return t;
}
