// verify's exit codes: a crash inside is exit 2 with one line, never 1 ("not verified").
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../src/replay/record', async (actual) => ({
  ...(await actual<typeof import('../../src/replay/record')>()),
  verifyReplay: () => {
    throw new RangeError('Maximum call stack size exceeded');
  },
}));

const { runVerifyCli } = await import('../../src/headless/cli/verify-main');

describe('verify exit codes', () => {
  it('turns an internal error into exit 2 and one line naming the file', () => {
    const err: string[] = [];
    const code = runVerifyCli(['test/replays/bar.json'], () => {}, (l) => err.push(l));
    expect(code).toBe(2);
    expect(err).toEqual(['verify: test/replays/bar.json: internal error (RangeError: Maximum call stack size exceeded); the run was not checked']);
  });
});
