// The verifier thread's entry in the prebuilt bundle (src/headless/batch/prebuilt.mjs);
// verify-worker.mjs is the same entry for a server run from TypeScript (tests, tsx).
import { runVerifyTask, type VerifyTask } from './verify-task';
import type { RunVerdict } from './verify-run';

export default function run(task: VerifyTask): RunVerdict {
  return runVerifyTask(task);
}
