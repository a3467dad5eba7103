// The sim's and the bots' objects keep the layout they were made with (src/sim/layout.ts). A number
// field first laid out for small integers and later given a fraction re-shapes every object of its
// kind, and each worker thread then throws away its optimised code in its first episodes: a field of
// that sort must start as AS_DOUBLE. V8 itself says which fields widened, in a Node of its own
// (without the baseline compiler, whose frames V8's tracing cannot print).
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/**
 * V8's line for a field laid out for small integers ("s") widened to doubles ("d") or any value ("t")
 * in objects already made, so their layouts ("maps") had to be replaced. Lines without "(+N maps)"
 * are about the first objects of a kind, before any code relies on them (parsing the level files).
 */
const WIDENED = /^\[generalizing\](\w+):s\{[^}]*\}->[dt]\{[^(]*\(\+\d+ maps?\).*\[(.*)\]$/;

describe('object layouts during play', () => {
  it('no number field of a sim or bot object widens from small integers once play has begun', () => {
    const out = execFileSync(process.execPath, ['--trace-generalization', '--no-sparkplug', '--import', 'tsx', 'test/sim/stable-shapes-probe.ts'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const widened = out
      .split('\n')
      .map((line) => WIDENED.exec(line))
      .filter((m) => m !== null && /\/src\/(sim|headless\/bots)\//.test(m[2]!))
      .map((m) => `${m![1]} (${m![2]!.replace(/.*\/src\//, 'src/')})`);
    expect([...new Set(widened)]).toEqual([]);
  }, 120_000);
});
