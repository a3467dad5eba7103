// The bench's CPU time of finished child processes (/proc/self/stat): a child that computes for a
// while shows up in it once it has exited.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { childCpuSeconds } from '../../src/headless/cli/child-cpu';

describe('childCpuSeconds', () => {
  it.runIf(existsSync('/proc/self/stat'))("counts a finished child's CPU time", () => {
    const before = childCpuSeconds();
    expect(before).not.toBeNull();
    // Half a second or so of arithmetic on any machine; the figure's unit is 10 ms.
    execFileSync(process.execPath, ['-e', 'let x = 0; for (let i = 0; i < 4e8; i++) x = (x + i) | 0; if (x === 7) console.log(x);']);
    const after = childCpuSeconds()!;
    expect(after - before!).toBeGreaterThanOrEqual(0.05);
  });
});
