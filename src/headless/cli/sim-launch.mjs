// `npm run sim`: the CLI (sim-main.ts) run from the prebuilt headless bundle, rebuilt first when a
// source file changed (see ../batch/prebuilt.mjs). Its worker threads then start from plain
// JavaScript too. Should the build itself fail, the command still runs, from TypeScript via tsx.
import { runPrebuilt } from '../batch/run-prebuilt.mjs';

await runPrebuilt('sim-main', './sim-main.ts', import.meta.url, 'sim');
