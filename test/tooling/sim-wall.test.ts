// The sim wall must actually stop things: lint in-memory code as if it were
// a file in src/sim and check every banned construct is an error.
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const eslint = new ESLint({ cwd: ROOT });

async function lintSim(code: string, filePath = 'src/sim/__fixture__.ts') {
  const [result] = await eslint.lintText(code, { filePath });
  if (!result) throw new Error('ESLint returned no result');
  // A parse error would also be an "error"; make sure we test the rule we mean.
  const fatal = result.messages.filter((m) => m.fatal);
  expect(fatal, JSON.stringify(fatal)).toEqual([]);
  return result.messages.filter((m) => m.severity === 2);
}

const banned: [name: string, code: string, rule: string][] = [
  ['bare package import', "import Phaser from 'phaser';\nexport const p = Phaser;", 'local/sim-boundary'],
  ['howler import', "import { Howl } from 'howler';\nexport const h = Howl;", 'local/sim-boundary'],
  ['node: builtin import', "import fs from 'node:fs';\nexport const f = fs;", 'local/sim-boundary'],
  ['type-only import of a package', "import type { Scene } from 'phaser';\nexport type S = Scene;", 'local/sim-boundary'],
  ['relative import leaving src/sim', "import { x } from '../level/loader';\nexport const y = x;", 'local/sim-boundary'],
  ['sneaky relative import', "import { x } from '../sim-extra/a';\nexport const y = x;", 'local/sim-boundary'],
  ['absolute import', "import { x } from '/etc/a';\nexport const y = x;", 'local/sim-boundary'],
  ['export-from leaving src/sim', "export { x } from '../scenes/boot-scene';", 'local/sim-boundary'],
  ['export * from a package', "export * from 'howler';", 'local/sim-boundary'],
  ['dynamic import of a package', "export const m = import('phaser');", 'local/sim-boundary'],
  ['computed dynamic import', "const n = 'phaser';\nexport const m = import(n);", 'local/sim-boundary'],
  ['require()', "export const m = require('fs');", 'local/sim-boundary'],
  ['typeof import()', "export type M = typeof import('phaser');", 'local/sim-boundary'],
  ['Math.random', 'export const r = Math.random();', 'no-restricted-properties'],
  ['destructured Math.random', 'const { random } = Math;\nexport const r = random();', 'no-restricted-properties'],
  ...['sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh', 'exp', 'expm1', 'log', 'log2', 'log10', 'log1p', 'cbrt'].map(
    (f): [string, string, string] => [`Math.${f}`, `export const v = Math.${f}(0.5);`, 'no-restricted-properties'],
  ),
  ['Math.atan2', 'export const v = Math.atan2(1, 2);', 'no-restricted-properties'],
  ['Math.pow', 'export const v = Math.pow(2, 0.5);', 'no-restricted-properties'],
  ['Math.hypot', 'export const v = Math.hypot(3, 4);', 'no-restricted-properties'],
  ['performance.now', 'export const t = performance.now();', 'no-restricted-properties'],
  ['Date.now', 'export const t = Date.now();', 'no-restricted-globals'],
  ['performance', 'export const p = performance;', 'no-restricted-globals'],
  ['setTimeout', 'setTimeout(() => 0, 1);', 'no-restricted-globals'],
  ['setInterval', 'setInterval(() => 0, 1);', 'no-restricted-globals'],
  ['requestAnimationFrame', 'requestAnimationFrame(() => 0);', 'no-restricted-globals'],
  ['window', 'export const w = window.innerWidth;', 'no-restricted-globals'],
  ['document', 'export const t = document.title;', 'no-restricted-globals'],
  ['crypto', 'export const u = crypto.randomUUID();', 'no-restricted-globals'],
  ['process', 'export const e = process.env;', 'no-restricted-globals'],
  ['** operator', 'export const f = (x: number) => x ** 2;', 'no-restricted-syntax'],
  ['**= operator', 'export function f(x: number) { x **= 2; return x; }', 'no-restricted-syntax'],
  ['new Date', 'export const d = new Date();', 'no-restricted-syntax'],
];

describe('sim wall (ESLint on src/sim)', () => {
  it.each(banned)('rejects %s', async (_name, code, rule) => {
    const errors = await lintSim(code);
    expect(errors.map((m) => m.ruleId)).toContain(rule);
    // Every message should explain itself, not just say "restricted".
    const msg = errors.find((m) => m.ruleId === rule)?.message ?? '';
    expect(msg).toMatch(/src\/sim/);
  });

  it('accepts clean deterministic code with in-sim relative imports', async () => {
    const code = [
      "import { Cell } from './level-data';",
      "import type { WeaponId } from './weapons';",
      "export { ARCHETYPES } from './archetypes';",
      "export * from './level-data';",
      '',
      'export function step(tick: number, hp: number, w: WeaponId): number {',
      '  const wall = Cell.Wall as number;',
      '  const d = Math.sqrt(Math.abs(tick * tick - 4)) + Math.floor(hp / 2) + Math.imul(3, 5);',
      '  const f = Math.fround(0.1);',
      "  return w === 'pistol' ? d + f + wall : Math.max(0, Math.min(100, d));",
      '}',
    ].join('\n');
    expect(await lintSim(code)).toEqual([]);
  });

  it('accepts relative imports between nested sim folders', async () => {
    const code = "import { Cell } from '../level-data';\nexport const c = Cell.Floor as number;";
    expect(await lintSim(code, 'src/sim/ai/__fixture__.ts')).toEqual([]);
  });

  it('leaves code outside src/sim alone', async () => {
    const code = "import Phaser from 'phaser';\nexport const r = Math.random() + Date.now() + Math.sin(1) + 2 ** 3;\nexport const p = Phaser;";
    const [result] = await eslint.lintText(code, { filePath: 'src/scenes/__fixture__.ts' });
    expect(result?.messages ?? ['no result']).toEqual([]);
  });
});
