// Tinypool's worker entry for batch runs (see run-batch.ts). Plain JavaScript on purpose: on Node 20
// a worker thread inherits tsx's --import flag from `npm run sim` but not its loader, and under
// Vitest there is no tsx flag at all, so this entry registers tsx itself and loads the TypeScript.
import { tsImport } from 'tsx/esm/api';

const { runChunk } = await tsImport('./chunk.ts', import.meta.url);

/** @param {import('./chunk.ts').ChunkTask} task */
export default function run(task) {
  return runChunk(task);
}
