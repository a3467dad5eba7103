// The import graph of a source tree, and the cycles in it: for test/tooling/import-cycles.test.ts.
// Specifiers come from the TypeScript compiler's own pre-parser (imports, `import type`,
// export-from, dynamic imports); relative ones are resolved as the bundler does.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** Module (path from root, '/'-separated) -> the modules it imports, in the same tree. */
export type ImportGraph = Map<string, Set<string>>;

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) sourceFiles(p, out);
    else if (/\.(ts|tsx|mts)$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

function resolve(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = path.resolve(path.dirname(from), spec);
  const tries = [base, `${base}.ts`, `${base}.tsx`, `${base}.mts`, path.join(base, 'index.ts'), base.replace(/\.(m?)js$/, '.$1ts')];
  return tries.find((t) => fs.existsSync(t) && fs.statSync(t).isFile()) ?? null;
}

export function importGraph(root: string): ImportGraph {
  const rel = (f: string) => path.relative(root, f).split(path.sep).join('/');
  const files = sourceFiles(root);
  const graph: ImportGraph = new Map(files.map((f) => [rel(f), new Set<string>()]));
  for (const file of files) {
    const info = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
    for (const { fileName } of info.importedFiles) {
      const target = resolve(file, fileName);
      if (target && graph.has(rel(target))) graph.get(rel(file))!.add(rel(target));
    }
  }
  return graph;
}

/** Strongly connected components with more than one module, or a module importing itself. */
function tangles(graph: ImportGraph): string[][] {
  // Tarjan's algorithm, iterative so a deep graph cannot overflow the stack.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const found: string[][] = [];
  let next = 0;
  for (const start of [...graph.keys()].sort()) {
    if (index.has(start)) continue;
    const work: [string, string[]][] = [[start, [...graph.get(start)!].sort()]];
    index.set(start, next);
    low.set(start, next++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const [v, targets] = work[work.length - 1]!;
      const w = targets.shift();
      if (w !== undefined) {
        if (!index.has(w)) {
          index.set(w, next);
          low.set(w, next++);
          stack.push(w);
          onStack.add(w);
          work.push([w, [...graph.get(w)!].sort()]);
        } else if (onStack.has(w)) {
          low.set(v, Math.min(low.get(v)!, index.get(w)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent[0], Math.min(low.get(parent[0])!, low.get(v)!));
      if (low.get(v) === index.get(v)) {
        const scc: string[] = [];
        let w2: string;
        do {
          w2 = stack.pop()!;
          onStack.delete(w2);
          scc.push(w2);
        } while (w2 !== v);
        if (scc.length > 1 || graph.get(v)!.has(v)) found.push(scc.sort());
      }
    }
  }
  return found;
}

/** The shortest way from `from` back to itself inside `within`, as a list that ends where it starts. */
function shortestLoop(graph: ImportGraph, from: string, within: Set<string>): string[] {
  const came = new Map<string, string>();
  let frontier = [from];
  while (frontier.length > 0) {
    const nextFrontier: string[] = [];
    for (const v of frontier) {
      for (const w of [...graph.get(v)!].sort()) {
        if (!within.has(w)) continue;
        if (w === from) {
          const loop = [v];
          while (loop[0] !== from) loop.unshift(came.get(loop[0]!)!);
          return [...loop, from];
        }
        if (!came.has(w)) {
          came.set(w, v);
          nextFrontier.push(w);
        }
      }
    }
    frontier = nextFrontier;
  }
  return [from];
}

/**
 * Every tangle of modules that import each other, each named by one shortest cycle through its
 * first module (alphabetically): ['a.ts', 'b.ts', 'a.ts']. A tangle may hold more cycles than the
 * one named; fixing the named one and running again shows the next.
 */
export function findCycles(graph: ImportGraph): string[][] {
  return tangles(graph)
    .map((scc) => shortestLoop(graph, scc[0]!, new Set(scc)))
    .sort((a, b) => a[0]!.localeCompare(b[0]!));
}
