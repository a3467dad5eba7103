// No import cycles in src/: a module graph with cycles loads in an order that depends on who is
// imported first (a constant read before its module ran is undefined), and it hides which layer
// depends on which. Type-only imports count too: they tie the layers together the same way.
//
// Except inside src/sim, for now: damage wakes the AI and the AI does damage (DOOM's
// P_DamageMobj and its action functions), so combat, the AI, world and ~40 modules import each
// other; untangling that means calling the AI through a table, which is issue 14's item 1 and
// other work in flight. The sim imports nothing outside itself (the lint wall), so no cycle can
// pass through it: leaving out its inner edges hides only cycles that lie wholly inside it.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { findCycles, importGraph, type ImportGraph } from './import-graph';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

/** The graph without the sim's imports of its own modules (see the top of this file). */
function withoutSimInnerEdges(graph: ImportGraph): ImportGraph {
  const inSim = (m: string) => m.startsWith('sim/');
  return new Map([...graph].map(([m, to]) => [m, inSim(m) ? new Set([...to].filter((t) => !inSim(t))) : to]));
}

describe('the import graph of src/', () => {
  const graph = withoutSimInnerEdges(importGraph(SRC));

  it('sees the whole game', () => {
    // A sanity floor, so a broken walk or parser cannot pass the cycle check by seeing nothing.
    expect(graph.size).toBeGreaterThan(200);
    const main = graph.get('main.ts');
    expect(main && main.size).toBeGreaterThan(0);
  });

  it('has no cycle', () => {
    const named = findCycles(graph).map((c) => c.join(' -> '));
    expect(named, `import cycles in src/:\n${named.join('\n')}`).toEqual([]);
  });
});

describe('the cycle finder', () => {
  it('names a cycle, type-only and export-from edges included', () => {
    const dir = fs.mkdtempSync(path.join(fs.realpathSync(process.env.TMPDIR ?? '/tmp'), 'cycles-'));
    try {
      fs.mkdirSync(path.join(dir, 'a'));
      fs.writeFileSync(path.join(dir, 'a', 'index.ts'), "export { b } from '../b';\n");
      fs.writeFileSync(path.join(dir, 'b.ts'), "import type { C } from './c.ts';\nexport const b = 1 as unknown as C;\n");
      fs.writeFileSync(path.join(dir, 'c.ts'), "import { x } from './a';\nexport type C = typeof x;\n");
      fs.writeFileSync(path.join(dir, 'd.ts'), "import { b } from './b';\nimport Phaser from 'phaser';\nexport const d = [b, Phaser];\n");
      const cycles = findCycles(importGraph(dir));
      expect(cycles).toEqual([['a/index.ts', 'b.ts', 'c.ts', 'a/index.ts']]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('parses with the TypeScript compiler', () => {
    // The graph reads specifiers with ts.preProcessFile; make sure it sees every import form.
    const info = ts.preProcessFile("import type { A } from './a';\nexport * from './b';\nconst c = import('./c');\n", true, true);
    expect(info.importedFiles.map((f) => f.fileName)).toEqual(['./a', './b', './c']);
  });
});
