// Tinypool's verifier entry when the server runs from TypeScript (Vitest, tsx): the thread loads
// the TypeScript through tsx itself (a second or so, once per thread). `npm run server` runs from
// the prebuilt bundle, whose threads start from verify-worker-entry.ts, bundled.
import { tsImport } from 'tsx/esm/api';

const { runVerifyTask } = await tsImport('./verify-task.ts', import.meta.url);

/** @param {import('./verify-task.ts').VerifyTask} task */
export default function run(task) {
  return runVerifyTask(task);
}
