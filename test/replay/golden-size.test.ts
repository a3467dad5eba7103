// The golden replays (one recorded clear of every level) stay small: their inputs take at most
// 3 KB per minute of play, so even a long run fits a link (see replay-link.ts).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLevelIndex } from '../../src/headless/level-files';
import { GOLDEN_DIR } from '../replays/golden-plan';

const TICKS_PER_MINUTE = 60 * 60;
const MAX_BYTES_PER_MINUTE = 3 * 1024;

describe('replay size', () => {
  for (const entry of loadLevelIndex().levels) {
    it(`${entry.id}: the golden's inputs take at most 3 KB per minute`, () => {
      const replay = JSON.parse(readFileSync(path.join(GOLDEN_DIR, `${entry.id}.json`), 'utf8')) as { inputs: string; ticks: number };
      expect(replay.ticks).toBeGreaterThan(0);
      const perMinute = (replay.inputs.length / replay.ticks) * TICKS_PER_MINUTE;
      expect(perMinute).toBeLessThanOrEqual(MAX_BYTES_PER_MINUTE);
    });
  }
});
