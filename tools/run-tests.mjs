#!/usr/bin/env node
// `npm test`: lint, typecheck, unit tests (Vitest), Python client tests (unittest), browser tests (Playwright).
// Every step runs even when an earlier one fails, so one run shows everything.
// The last line is always `N passed, N failed` (CI greps for it):
//   - lint and typecheck count as one test each;
//   - Vitest: numPassedTests / numFailedTests from test-results/vitest.json;
//   - Python: unittest's "Ran N tests" less its failures, errors and skips passed, failures +
//     errors failed (python/tests, run against the real bridge);
//   - Playwright: stats.expected passed, stats.unexpected failed; flaky tests
//     (passed on a retry) count as passed, as Playwright's exit code does, but
//     are named in the summary;
//   - a step that exits non-zero without a failed test (crash, config error,
//     server did not start, Chromium missing) adds one failure, so the totals
//     never say "0 failed" while the exit code says otherwise.
// Lint, typecheck and the Python tests are light and single-threaded: they run side by side, each
// printed as one block when it ends; the unit and browser tests then run one after the other with
// their own progress.
// Usage: node tools/run-tests.mjs [--only lint|typecheck|unit|python|e2e]
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = path.join(ROOT, 'test-results');
const BIN = path.join(ROOT, 'node_modules', '.bin');
const VITEST_JSON = path.join(OUT, 'vitest.json');
const PLAYWRIGHT_JSON = path.join(OUT, 'playwright.json');

/** Runs a command with inherited stdio; returns its exit code. */
function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.error) console.error(`could not run ${cmd}: ${r.error.message}`);
  return r.status ?? 1;
}

/**
 * Runs a command with its output kept (stdout and stderr interleaved as they came, and stderr
 * alone): for the steps that run side by side, so their logs never mix.
 */
function runCaptured(cmd, args, { cwd = ROOT, env = {} } = {}) {
  return new Promise((resolve) => {
    let output = '';
    let stderr = '';
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => {
      output += d;
      stderr += d;
    });
    child.on('error', (err) => resolve({ code: 1, output, stderr, error: err }));
    child.on('close', (code) => resolve({ code: code ?? 1, output, stderr, error: null }));
  });
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** CHROMIUM_PATH if set, else /usr/bin/chromium, else `chromium` on PATH. */
function findChromium() {
  if (process.env.CHROMIUM_PATH) return isExecutable(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : null;
  const candidates = ['/usr/bin/chromium', ...(process.env.PATH ?? '').split(path.delimiter).filter(Boolean).map((d) => path.join(d, 'chromium'))];
  return candidates.find(isExecutable) ?? null;
}

/** Passed and failed from unittest's closing lines: "Ran 14 tests in 9.8s" then "OK (skipped=1)" or "FAILED (failures=1, errors=2)". */
function countUnittest(text) {
  const ran = /^Ran (\d+) tests? in /m.exec(text);
  if (!ran) return { passed: 0, failed: 0, note: 'no report' };
  const count = (what) => Number(new RegExp(`${what}=(\\d+)`).exec(text.slice(ran.index))?.[1] ?? 0);
  const failed = count('failures') + count('errors');
  const skipped = count('skipped');
  return { passed: Number(ran[1]) - failed - skipped, failed, note: skipped ? `${skipped} skipped` : '' };
}

/** A pass/fail step (lint, typecheck) counts as one test. */
const single = (code) => ({ passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, code, note: '' });

/** A captured step's log, then its result. */
async function singleCaptured(cmd, args) {
  const r = await runCaptured(cmd, args);
  if (r.error) r.output += `could not run ${cmd}: ${r.error.message}\n`;
  return { ...single(r.code), log: r.output };
}

const STEPS = {
  lint: () => singleCaptured(path.join(BIN, 'eslint'), ['.']),

  typecheck: () => singleCaptured('npm', ['run', '--silent', 'typecheck']),

  unit() {
    rmSync(VITEST_JSON, { force: true }); // never read a stale report
    const code = run(path.join(BIN, 'vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${VITEST_JSON}`]);
    const report = readJson(VITEST_JSON);
    return { passed: report?.numPassedTests ?? 0, failed: report?.numFailedTests ?? 0, code, note: report ? '' : 'no report' };
  },

  async python() {
    // unittest reports on stderr: show it as it is, then count from it.
    const r = await runCaptured('python3', ['-m', 'unittest', 'discover', '-s', 'tests', '-t', '.'], {
      cwd: path.join(ROOT, 'python'), env: { PYTHONDONTWRITEBYTECODE: '1' },
    });
    if (r.error) {
      return { passed: 0, failed: 0, code: 1, note: 'no python3', log: `could not run python3: ${r.error.message} (the Python client's tests need python3)\n` };
    }
    return { ...countUnittest(r.stderr), code: r.code, log: r.output };
  },

  e2e() {
    const chromium = findChromium();
    if (!chromium) {
      console.log('Chromium not found: install it with "apt-get install chromium" (Debian/Ubuntu) or set CHROMIUM_PATH');
      return { passed: 0, failed: 0, code: 1, note: 'no Chromium' };
    }
    rmSync(PLAYWRIGHT_JSON, { force: true });
    const code = run(path.join(BIN, 'playwright'), ['test', '--reporter=list,json'], {
      CHROMIUM_PATH: chromium,
      PLAYWRIGHT_JSON_OUTPUT_NAME: PLAYWRIGHT_JSON,
      PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
    });
    const stats = readJson(PLAYWRIGHT_JSON)?.stats;
    const flaky = stats?.flaky ?? 0;
    const note = !stats ? 'no report' : flaky ? `${flaky} flaky` : '';
    return { passed: (stats?.expected ?? 0) + flaky, failed: stats?.unexpected ?? 0, code, note };
  },
};

function parseOnly(argv) {
  const i = argv.findIndex((a) => a === '--only' || a.startsWith('--only='));
  if (i < 0) return Object.keys(STEPS);
  const value = argv[i].includes('=') ? argv[i].slice('--only='.length) : argv[i + 1];
  if (!value || !(value in STEPS)) {
    console.error(`usage: node tools/run-tests.mjs [--only ${Object.keys(STEPS).join('|')}]`);
    process.exit(2);
  }
  return [value];
}

const selected = parseOnly(process.argv.slice(2));
mkdirSync(OUT, { recursive: true });

/** Steps that run side by side, their logs printed whole as each ends. */
const SIDE_BY_SIDE = new Set(['lint', 'typecheck', 'python']);

async function timed(name) {
  const started = Date.now();
  const r = await STEPS[name]();
  // A failing exit code with no failed test still has to show as a failure.
  if (r.code !== 0 && r.failed === 0) r.failed = 1;
  return { name, ...r, seconds: (Date.now() - started) / 1000 };
}

const byName = new Map();
await Promise.all(selected.filter((n) => SIDE_BY_SIDE.has(n)).map(async (name) => {
  const r = await timed(name);
  process.stdout.write(`\n=== ${name} ===\n${r.log}`);
  byName.set(name, r);
}));
for (const name of selected.filter((n) => !SIDE_BY_SIDE.has(n))) {
  console.log(`\n=== ${name} ===`);
  byName.set(name, await timed(name));
}
const results = selected.map((n) => byName.get(n));

let passed = 0;
let failed = 0;
console.log('\n=== summary ===');
for (const r of results) {
  passed += r.passed;
  failed += r.failed;
  const status = r.failed ? 'FAIL' : 'ok  ';
  const note = r.note ? ` (${r.note})` : '';
  console.log(`${status} ${r.name.padEnd(9)} ${r.passed} passed, ${r.failed} failed${note}  [${r.seconds.toFixed(1)}s]`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
