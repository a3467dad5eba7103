// The batch worker thread's entry for batches run from TypeScript (Vitest, tsx; see WORKER_URL in
// batch-pool.ts): `npm run sim` runs from the prebuilt bundle, whose workers start from
// worker-entry.ts, bundled. Plain JavaScript on purpose: on Node 20 a worker thread inherits tsx's
// --import flag but not its loader, and under Vitest there is no tsx flag at all, so this entry
// registers tsx itself and loads the TypeScript (a second or more per thread).
import { tsImport } from 'tsx/esm/api';

await tsImport('./worker-entry.ts', import.meta.url);
