// Every hostile file, link target and flag the CLIs meet is refused in one line naming the file
// and the limit or field, with exit 2 (never a stack trace, a hang or an out-of-memory death):
// each case of cases.ts, run under a 512 MB heap in one process (runner.ts) to keep the suite
// short, plus the real verify entry point on the cases that used to hang or eat the machine.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCases, type HostileCase } from './cases';

const HERE = path.dirname(new URL(import.meta.url).pathname);
const node = (args: string[]) =>
  spawnSync(process.execPath, ['--max-old-space-size=512', '--import', 'tsx', ...args], { encoding: 'utf8', maxBuffer: 1 << 24 });

let dir = '';
let cases: HostileCase[] = [];
let casesFile = '';

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'desperado-hostile-'));
  cases = buildCases(path.join(dir, 'files'));
  casesFile = path.join(dir, 'cases.json');
  writeFileSync(casesFile, JSON.stringify(cases));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Result {
  name: string;
  code: number;
  err: string[];
  out: string[];
}

describe('hostile input to the CLIs', () => {
  it('is refused in one line naming the file and the limit or field, exit 2, under a 512 MB heap', () => {
    const run = node([path.join(HERE, 'runner.ts'), casesFile]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const results = new Map(run.stdout.trim().split('\n').map((l) => JSON.parse(l) as Result).map((r) => [r.name, r]));
    expect([...results.keys()]).toEqual(cases.map((c) => c.name));
    for (const c of cases) {
      const r = results.get(c.name)!;
      const seen = `${c.name}: ${JSON.stringify(r.err)}`;
      expect(r.code, seen).toBe(c.exit);
      if (c.exit === 0) {
        expect(r.err, seen).toEqual([]);
        continue;
      }
      expect(r.err, seen).toHaveLength(1);
      expect(r.err[0], seen).toMatch(new RegExp(c.line));
      expect(r.err[0]!.length, seen).toBeLessThan(400);
      if (c.notIn) expect(r.err.join('\n') + r.out.join('\n'), seen).not.toContain(c.notIn);
    }
  }, 30_000);

  it.each(['fifo.json', 'idle-honest.json', 'deep.json'])('npm run verify on %s exits 2 with one line, in its own process', (name) => {
    const file = path.join(dir, 'files', name);
    const run = node([path.resolve('src/headless/cli/verify-main.ts'), file]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^verify: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: (?:[\\w[\\].]+: )?expected `));
  }, 20_000);
});
