// The headless build: the CLI and the batch worker bundled to plain ES modules (Vite's build API,
// SSR mode, so Node built-ins and node_modules stay imports) in node_modules/.cache. `npm run sim`
// and its worker threads start from it instead of loading TypeScript through tsx: each worker would
// otherwise spend its first seconds compiling the sim. Plain JavaScript on purpose, so it runs
// before anything can load TypeScript.
//
// Fresh means: every source file the last build read still has the content it had (a SHA-256 over
// them, this file and package.json). The pointer file keeps each one's size and mtime too: when none
// moved (the usual start), stat calls settle it, a few times cheaper than reading and hashing ~230
// files; when some did, the hash decides (a touched file is no change) and the stamps are renewed.
// A rebuild costs a second or two.
// Builds land in a folder named after that hash and are switched to by renaming a small pointer
// file, so two commands starting at once never read a half-written build.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const HERE = fileURLToPath(import.meta.url);
export const PROJECT_ROOT = path.resolve(path.dirname(HERE), '../../..');
export const BUILD_CACHE = path.join(PROJECT_ROOT, 'node_modules/.cache/desperado-headless');
const POINTER = path.join(BUILD_CACHE, 'current.json');

/** Bundle entries: the output file name (without .mjs) and its TypeScript source. */
export const ENTRIES = {
  'sim-main': 'src/headless/cli/sim-main.ts',
  // run-batch.ts points its pool here when it runs from the build (see WORKER_URL there).
  'batch-worker': 'src/headless/batch/worker-entry.ts',
  // `npm run server` (src/server/launch.mjs) and its verifier threads (see WORKER_URL in verifier.ts).
  'server-main': 'src/server/main.ts',
  'server-verify-worker': 'src/server/verify-worker-entry.ts',
};

/** Files whose change always means a rebuild, besides the ones the bundle read. */
const ALWAYS = [path.relative(PROJECT_ROOT, HERE), 'package.json'];

/** The content hash of these project-relative files, or null when one is gone. */
function hashOf(files) {
  const hash = createHash('sha256');
  for (const file of [...ALWAYS, ...files]) {
    let text;
    try {
      text = readFileSync(path.join(PROJECT_ROOT, file));
    } catch {
      return null;
    }
    hash.update(`${file}\n${text.length}\n`).update(text);
  }
  return hash.digest('hex').slice(0, 16);
}

/** "size mtime" of each of these project-relative files (and ALWAYS's), in order; null when one is gone. */
function stampsOf(files) {
  const stamps = [];
  for (const file of [...ALWAYS, ...files]) {
    try {
      const st = statSync(path.join(PROJECT_ROOT, file));
      stamps.push(`${st.size} ${st.mtimeMs}`);
    } catch {
      return null;
    }
  }
  return stamps;
}

/** Points current.json at the build `hash` made from `inputs`, atomically (a rename). */
function writePointer(hash, inputs, stamps) {
  const pointerTemp = `${POINTER}.${process.pid}`;
  writeFileSync(pointerTemp, JSON.stringify({ hash, inputs, stamps }) + '\n');
  renameSync(pointerTemp, POINTER);
}

/** The folder of the current build when it is still fresh, else null. */
export function freshBuild() {
  let pointer;
  try {
    pointer = JSON.parse(readFileSync(POINTER, 'utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(pointer.inputs) || typeof pointer.hash !== 'string') return null;
  const dir = path.join(BUILD_CACHE, pointer.hash);
  if (!Object.keys(ENTRIES).every((name) => existsSync(path.join(dir, `${name}.mjs`)))) return null;
  const stamps = stampsOf(pointer.inputs);
  if (stamps === null) return null;
  const same = Array.isArray(pointer.stamps) && pointer.stamps.length === stamps.length && stamps.every((s, i) => s === pointer.stamps[i]);
  if (same) return dir;
  if (hashOf(pointer.inputs) !== pointer.hash) return null;
  try {
    writePointer(pointer.hash, pointer.inputs, stamps);
  } catch {
    // Read-only cache: still fresh, only checked the slow way next time too.
  }
  return dir;
}

/** Builds the bundle into its hash-named folder and points current.json at it; returns the folder. */
export async function buildHeadless() {
  const { build } = await import('vite');
  mkdirSync(BUILD_CACHE, { recursive: true });
  const temp = path.join(BUILD_CACHE, `tmp-${process.pid}-${Date.now()}`);
  const result = await build({
    configFile: false,
    root: PROJECT_ROOT,
    logLevel: 'warn',
    publicDir: false,
    build: {
      ssr: true,
      outDir: temp,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      copyPublicDir: false,
      reportCompressedSize: false,
      rolldownOptions: {
        input: Object.fromEntries(Object.entries(ENTRIES).map(([name, file]) => [name, path.join(PROJECT_ROOT, file)])),
        // Every file flat in one folder: run-batch finds batch-worker.mjs beside itself.
        output: { format: 'es', entryFileNames: '[name].mjs', chunkFileNames: '[name].mjs' },
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  const inputs = [...new Set(outputs.flatMap((o) => o.moduleIds ?? []))]
    .filter((id) => !id.startsWith('\0') && id.startsWith(PROJECT_ROOT + path.sep))
    .map((id) => path.relative(PROJECT_ROOT, id.split('?')[0]))
    .sort();
  // Stamps before the hash: a file edited in between then fails the stamp check next time, and is hashed.
  const stamps = stampsOf(inputs);
  const hash = hashOf(inputs);
  if (hash === null || stamps === null) throw new Error('a source file vanished during the headless build');
  const dir = path.join(BUILD_CACHE, hash);
  if (existsSync(dir)) rmSync(temp, { recursive: true, force: true });
  else renameSync(temp, dir);
  writePointer(hash, inputs, stamps);
  dropOldBuilds(hash);
  return dir;
}

/** Removes builds other than `keep` untouched for an hour (a command still running may use a newer one). */
function dropOldBuilds(keep) {
  const hourAgo = Date.now() - 60 * 60 * 1000;
  for (const name of readdirSync(BUILD_CACHE)) {
    if (name === keep || name === 'current.json' || name.startsWith('current.json.')) continue;
    const dir = path.join(BUILD_CACHE, name);
    try {
      if (statSync(dir).mtimeMs < hourAgo) rmSync(dir, { recursive: true, force: true });
    } catch {
      // Another command removed it first.
    }
  }
}

/** The folder of a fresh build, building it first when a source changed. */
export async function headlessBuild() {
  return freshBuild() ?? await buildHeadless();
}
