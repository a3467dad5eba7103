// The README's "Limits" table is the module's, word for word: neither can change alone.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FILE_BYTES, limitsTable, MAX_ATTEMPT_TICKS, MAX_RUN_TICKS, STRING_CHARS } from '../../src/limits';

describe('limits', () => {
  it('are listed in the README exactly as src/limits.ts has them', () => {
    const readme = readFileSync('README.md', 'utf8');
    const block = /<!-- limits:start -->\n([\s\S]*?)\n<!-- limits:end -->/.exec(readme);
    expect(block, 'README.md needs a limits:start/limits:end block').not.toBeNull();
    expect(block![1]).toBe(limitsTable());
  });

  it('fit together: a whole run fits its ticks, checkpoints fit the longest attempt, a level replay fits a run file', () => {
    expect(MAX_RUN_TICKS).toBeGreaterThanOrEqual(MAX_ATTEMPT_TICKS);
    expect(STRING_CHARS.checkpoints).toBe((MAX_ATTEMPT_TICKS / 60) * 16);
    expect(FILE_BYTES.fullRun).toBeGreaterThanOrEqual(FILE_BYTES.replay);
    expect(STRING_CHARS.inputs).toBeLessThanOrEqual(FILE_BYTES.replay);
  });
});
