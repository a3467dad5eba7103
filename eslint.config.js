// ESLint flat config. Besides the usual TypeScript checks it builds the
// runtime half of the sim wall: src/sim must be deterministic and headless
// (same inputs, same hash, in any browser and in Node), so it may not touch
// clocks, randomness, the platform, or floating-point functions whose
// results differ between JS engines.
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import local from './tools/eslint-rules/sim-boundary.js';
import { SIM_INTERNALS_ALLOWED } from './tools/eslint-rules/sim-door-scope.js';

const SIM_ROOT = fileURLToPath(new URL('./src/sim/', import.meta.url));
const DET = 'src/sim must be deterministic';

// Engine-dependent Math (not required to be correctly rounded by the spec).
// sqrt, abs, floor, round, trunc, sign, min, max, imul, fround are exact, so allowed.
const INEXACT_MATH = [
  'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'atan2',
  'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh',
  'exp', 'expm1', 'log', 'log2', 'log10', 'log1p', 'pow', 'hypot', 'cbrt',
];

const PLATFORM_GLOBALS = [
  ['Date', 'wall-clock time differs on every run: count ticks instead'],
  ['performance', 'wall-clock time differs on every run: count ticks instead'],
  ['setTimeout', 'timers are the host\'s business: schedule by tick'],
  ['setInterval', 'timers are the host\'s business: schedule by tick'],
  ['setImmediate', 'timers are the host\'s business: schedule by tick'],
  ['queueMicrotask', 'the sim steps synchronously: schedule by tick'],
  ['requestAnimationFrame', 'frames are the renderer\'s business: the host calls step()'],
  ['window', 'the sim also runs headless in Node: no DOM'],
  ['document', 'the sim also runs headless in Node: no DOM'],
  ['navigator', 'the sim also runs headless in Node: no DOM'],
  ['globalThis', 'reach only what is imported or passed in'],
  ['process', 'the sim also runs in the browser: no Node globals'],
  ['crypto', 'randomness must come from the seeded RNG in src/sim'],
];

export default defineConfig(
  globalIgnores(['dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'coverage/']),

  js.configs.recommended,
  tseslint.configs.recommended,

  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },

  // Browser code.
  { files: ['src/**/*.ts'], languageOptions: { globals: globals.browser } },
  // Node code: tooling, configs, tests (e2e tests run in Node too).
  {
    files: ['tools/**', 'test/**', '*.config.{js,ts,mjs}'],
    languageOptions: { globals: globals.node },
  },

  // The sim's one door: outside src/sim, code imports the sim through src/sim/index.ts only, so
  // what the game, bots and tools rely on is exported there on purpose and the rest may change.
  // The sim's own unit tests (test/sim/**) test its parts one by one and may reach any of them;
  // every other test goes through the door like the code it tests (sim-door-scope.js).
  {
    files: ['src/**/*.{ts,js,mts,mjs}', 'tools/**/*.{ts,js,mts,mjs}', 'test/**/*.{ts,js,mts,mjs}'],
    ignores: SIM_INTERNALS_ALLOWED,
    plugins: { local },
    rules: { 'local/sim-door': ['error', { root: SIM_ROOT }] },
  },

  // The sim wall. Keep this block last so nothing above loosens it.
  {
    files: ['src/sim/**/*.{ts,js,mts,mjs}'],
    plugins: { local },
    rules: {
      'local/sim-boundary': ['error', { root: SIM_ROOT }],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: `${DET}: use the seeded RNG in src/sim, never Math.random.` },
        ...INEXACT_MATH.map((property) => ({
          object: 'Math',
          property,
          message: `${DET}: Math.${property} may differ between JS engines; use the integer/table helpers in src/sim/math.`,
        })),
        { object: 'performance', property: 'now', message: `${DET}: wall-clock time differs on every run; count ticks instead.` },
      ],
      'no-restricted-globals': [
        'error',
        ...PLATFORM_GLOBALS.map(([name, why]) => ({ name, message: `${DET} and headless: ${why}.` })),
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "BinaryExpression[operator='**']",
          message: `${DET}: ** may differ between JS engines (it is Math.pow); multiply explicitly or use src/sim/math.`,
        },
        {
          selector: "AssignmentExpression[operator='**=']",
          message: `${DET}: **= may differ between JS engines (it is Math.pow); multiply explicitly or use src/sim/math.`,
        },
        {
          selector: "NewExpression[callee.name='Date']",
          message: `${DET}: wall-clock time differs on every run; count ticks instead.`,
        },
      ],
    },
  },
);
