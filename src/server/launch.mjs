// `npm run server`: the server (main.ts) run from the prebuilt headless bundle, rebuilt first when
// a source changed (src/headless/batch/prebuilt.mjs), so its verifier threads start from plain
// JavaScript in milliseconds instead of each compiling the sim through tsx. Should the build fail,
// the server still runs, from TypeScript.
import { runPrebuilt } from '../headless/batch/run-prebuilt.mjs';

await runPrebuilt('server-main', './main.ts', import.meta.url, 'server');
