// Runs one entry of the prebuilt headless bundle (prebuilt.mjs), rebuilt first when a source
// changed; should the build fail, the same entry runs from TypeScript through tsx, with one line
// saying so. Plain JavaScript, so it runs before anything can load TypeScript.
import path from 'node:path';
import process from 'node:process';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { headlessBuild } from './prebuilt.mjs';

/**
 * `name`: the bundle entry (an ENTRIES key in prebuilt.mjs); `source`: its TypeScript file,
 * relative to `from` (the caller's import.meta.url); `label`: who speaks in the fallback line.
 */
export async function runPrebuilt(name, source, from, label) {
  const timeline = process.env.DESPERADO_TIMELINE === '1';
  // The same lines as timeline.ts's marks (this file runs before any TypeScript can).
  const mark = (what) => timeline && process.stderr.write(`timeline ${(performance.timeOrigin + performance.now()).toFixed(1)} 0 ${what}\n`);
  mark('launcher running');
  let dir = null;
  try {
    dir = await headlessBuild();
    mark('build checked');
  } catch (err) {
    const why = err instanceof Error ? err.message.split('\n')[0] : String(err);
    process.stderr.write(`${label}: the headless build failed (${why}); running from TypeScript instead\n`);
  }
  if (dir !== null) await import(pathToFileURL(path.join(dir, `${name}.mjs`)).href);
  else {
    const { tsImport } = await import('tsx/esm/api');
    await tsImport(source, from);
  }
}
