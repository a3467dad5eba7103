// `npm run server`: the server (main.ts) run from the prebuilt headless bundle, rebuilt first when
// a source changed (src/headless/batch/prebuilt.mjs), so its verifier threads start from plain
// JavaScript in milliseconds instead of each compiling the sim through tsx. Should the build fail,
// the server still runs, from TypeScript.
import path from 'node:path';
import process from 'node:process';
import { pathToFileURL } from 'node:url';
import { headlessBuild } from '../headless/batch/prebuilt.mjs';

let dir = null;
try {
  dir = await headlessBuild();
} catch (err) {
  const why = err instanceof Error ? err.message.split('\n')[0] : String(err);
  process.stderr.write(`server: the headless build failed (${why}); running from TypeScript instead\n`);
}
if (dir !== null) await import(pathToFileURL(path.join(dir, 'server-main.mjs')).href);
else {
  const { tsImport } = await import('tsx/esm/api');
  await tsImport('./main.ts', import.meta.url);
}
