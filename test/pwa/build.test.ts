// The production build as the service worker sees it: every file the game needs is precached, the
// manifest is the one in public/, the worker never takes over by itself, and the first load stays
// within its budget.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIRST_LOAD_BUDGET_BYTES, filesUnder, firstLoad } from './first-load';

const outDir = mkdtempSync(path.join(os.tmpdir(), 'desperado-pwa-'));

/** The URLs in the worker's precache manifest: precacheAndRoute([{url:"…",revision:…},…]). */
function precached(sw: string): string[] {
  return [...sw.matchAll(/\{url:"([^"]+)",revision:/g)].map((m) => m[1]!);
}

/** Ignores how the bundler escapes a file it inlines as a string. */
function unescaped(text: string): string {
  return text.replace(/[\\`]/g, '');
}

describe('the production build, offline', () => {
  beforeAll(() => {
    execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
      stdio: 'pipe',
      // Vitest sets NODE_ENV=test, which would give a development build and an unminified worker.
      env: { ...process.env, NODE_ENV: 'production' },
    });
  }, 240_000);
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('precaches every file of the build but the worker itself', () => {
    const sw = readFileSync(path.join(outDir, 'sw.js'), 'utf8');
    const worker = new Set(['sw.js', ...filesUnder(outDir).filter((f) => /^workbox-[\w-]+\.js$/.test(f))]);
    const expected = filesUnder(outDir).filter((f) => !worker.has(f) && !f.endsWith('.map'));
    expect(precached(sw).sort()).toEqual(expected.sort());
    // The page at any address (?level=…, #replay=…) is index.html, offline too.
    expect(sw).toContain('createHandlerBoundToURL("index.html")');
  });

  it('holds every level file the game loads (inlined in the code it precaches)', () => {
    const code = unescaped(filesUnder(outDir).filter((f) => f.endsWith('.js')).map((f) => readFileSync(path.join(outDir, f), 'utf8')).join('\n'));
    const levels = readdirSync('levels').filter((f) => /\.(tmj|tsj|json)$/.test(f));
    expect(levels.length).toBeGreaterThan(2);
    for (const file of levels) {
      expect(code.includes(unescaped(readFileSync(path.join('levels', file), 'utf8'))), `levels/${file}`).toBe(true);
    }
  });

  it('has one manifest: public/manifest.webmanifest, linked once', () => {
    const manifests = filesUnder(outDir).filter((f) => /manifest\.(webmanifest|json)$/.test(f));
    expect(manifests).toEqual(['manifest.webmanifest']);
    expect(readFileSync(path.join(outDir, 'manifest.webmanifest'), 'utf8')).toBe(readFileSync('public/manifest.webmanifest', 'utf8'));
    const html = readFileSync(path.join(outDir, 'index.html'), 'utf8');
    expect(html.match(/rel="manifest"/g)).toHaveLength(1);
    // Registration is src/pwa/register.ts's job, not a script the plugin injects.
    expect(html).not.toContain('registerSW');
  });

  it('never takes over by itself: skipWaiting only when the page asks (src/pwa/update-policy.ts)', () => {
    const sw = readFileSync(path.join(outDir, 'sw.js'), 'utf8');
    expect(sw.match(/skipWaiting\(\)/g)).toHaveLength(1);
    expect(sw).toMatch(/"SKIP_WAITING"===\w+\.data\.type&&self\.skipWaiting\(\)/);
  });

  it(`keeps the first load within ${FIRST_LOAD_BUDGET_BYTES / 1000} KB gzipped`, () => {
    const load = firstLoad(outDir);
    expect(load.files.map((f) => f.file)).toContain('index.html');
    expect(load.files.some((f) => f.file.includes('phaser'))).toBe(true);
    // Loaded only after the page's load event: not part of the first load.
    expect(load.files.some((f) => f.file.includes('workbox'))).toBe(false);
    // The figure, for the closing note and for anyone watching it grow.
    mkdirSync('test-results', { recursive: true });
    writeFileSync('test-results/first-load.json', JSON.stringify(load, null, 2) + '\n');
    console.info(`first load: ${(load.gzipBytes / 1000).toFixed(1)} KB gzipped (${load.files.map((f) => `${f.file} ${(f.gzipBytes / 1000).toFixed(1)}`).join(', ')})`);
    expect(load.gzipBytes).toBeLessThanOrEqual(FIRST_LOAD_BUDGET_BYTES);
  });
});
