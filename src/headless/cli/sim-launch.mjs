// `npm run sim`: the CLI (sim-main.ts) run from the prebuilt headless bundle, rebuilt first when a
// source file changed (see ../batch/prebuilt.mjs). Its worker threads then start from plain
// JavaScript too. Should the build itself fail, the command still runs, from TypeScript via tsx.
import path from 'node:path';
import process from 'node:process';
import { pathToFileURL } from 'node:url';
import { headlessBuild } from '../batch/prebuilt.mjs';

let dir = null;
try {
  dir = await headlessBuild();
} catch (err) {
  const why = err instanceof Error ? err.message.split('\n')[0] : String(err);
  process.stderr.write(`sim: the headless build failed (${why}); running from TypeScript instead\n`);
}
if (dir !== null) await import(pathToFileURL(path.join(dir, 'sim-main.mjs')).href);
else {
  const { tsImport } = await import('tsx/esm/api');
  await tsImport('./sim-main.ts', import.meta.url);
}
