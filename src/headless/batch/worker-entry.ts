// The batch worker thread's entry in the prebuilt headless bundle (see prebuilt.mjs): plays one
// chunk. worker.mjs is the same entry for runs from TypeScript (Vitest, tsx).
import { runChunk, type ChunkResult, type ChunkTask } from './chunk';

export default function run(task: ChunkTask): ChunkResult {
  return runChunk(task);
}
