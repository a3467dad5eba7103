// Every shipped level has a recorded clear that still plays out exactly: same outcome, same tick
// count, same final state hash. A rule change that alters any of them fails here until the goldens
// are re-recorded on purpose (npx tsx tools/replays/record-goldens.ts).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLevel, loadLevelIndex } from '../../src/headless/level-files';
import { readReplayFile } from '../../src/headless/replay-files';
import { verifyReplay } from '../../src/replay/record';
import { GOLDEN_DIR } from './golden-plan';

describe('golden replays', () => {
  for (const entry of loadLevelIndex().levels) {
    it(`${entry.id}: the recorded clear replays to the same tick and hash`, () => {
      const file = path.join(GOLDEN_DIR, `${entry.id}.json`);
      expect(existsSync(file), `${file} is missing: npx tsx tools/replays/record-goldens.ts ${entry.id}`).toBe(true);
      const checked = readReplayFile(file);
      expect(checked.replay.seed).toBe(entry.seed);
      expect(checked.replay.outcome).toBe('cleared');
      const verdict = verifyReplay(checked, loadLevel(entry.id));
      expect(verdict).toEqual({ verified: true, ticks: checked.replay.ticks, outcome: 'cleared', hash: checked.replay.hash });
    });
  }
});
