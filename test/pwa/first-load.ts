// The first load: what the page fetches before the title shows. index.html, the scripts, module
// preloads and stylesheets it links, everything those scripts import statically, and any font files
// in the build. Chunks loaded later by import() (the service worker's workbox-window) are not in it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export const FIRST_LOAD_BUDGET_BYTES = 600_000;

/** Every file under `dir`, as paths relative to it with '/' separators. */
export function filesUnder(dir: string, sub = ''): string[] {
  const out: string[] = [];
  for (const name of readdirSync(path.join(dir, sub))) {
    const rel = sub ? `${sub}/${name}` : name;
    if (statSync(path.join(dir, rel)).isDirectory()) out.push(...filesUnder(dir, rel));
    else out.push(rel);
  }
  return out;
}

/** Files a built page or chunk pulls in at once, resolved relative to `from` (a dist-relative path). */
function staticReferences(text: string, from: string, isHtml: boolean): string[] {
  const refs: string[] = [];
  if (isHtml) {
    for (const m of text.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) refs.push(m[1]!);
    for (const m of text.matchAll(/<link\s+rel="(?:modulepreload|stylesheet|preload)"[^>]*\shref="([^"]+)"/g)) refs.push(m[1]!);
  } else {
    // Minified static imports: import{a as b}from"./x.js" and import"./x.js" (never import(…)).
    for (const m of text.matchAll(/(?:\bfrom|\bimport)\s*["'`](\.{1,2}\/[^"'`]+)["'`]/g)) refs.push(m[1]!);
  }
  return refs.map((ref) => path.posix.normalize(path.posix.join(path.posix.dirname(from), ref)));
}

export interface FirstLoad {
  files: { file: string; gzipBytes: number }[];
  gzipBytes: number;
}

export function firstLoad(distDir: string): FirstLoad {
  const seen = new Set<string>();
  const queue = ['index.html', ...filesUnder(distDir).filter((f) => /\.(woff2?|ttf|otf)$/.test(f))];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (/\.(html|js|css)$/.test(file)) {
      queue.push(...staticReferences(readFileSync(path.join(distDir, file), 'utf8'), file, file.endsWith('.html')));
    }
  }
  const files = [...seen].sort().map((file) => ({ file, gzipBytes: gzipSync(readFileSync(path.join(distDir, file))).length }));
  return { files, gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0) };
}
