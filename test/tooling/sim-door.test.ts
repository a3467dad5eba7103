// The sim's one door must actually hold: lint in-memory code as if it were a file outside src/sim
// and check an import of a sim internal is an error, the door itself is not, and the sim's own
// tests keep reaching its parts.
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { mayReachSimInternals } from '../../tools/eslint-rules/sim-door-scope.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const eslint = new ESLint({ cwd: ROOT });

async function doorErrors(code: string, filePath: string) {
  const [result] = await eslint.lintText(code, { filePath });
  if (!result) throw new Error('ESLint returned no result');
  const fatal = result.messages.filter((m) => m.fatal);
  expect(fatal, JSON.stringify(fatal)).toEqual([]);
  return result.messages.filter((m) => m.ruleId === 'local/sim-door');
}

const internal: [where: string, filePath: string, code: string][] = [
  ['a renderer import', 'src/render/__fixture__.ts', "import { TILE } from '../sim/grid';\nexport const t = TILE;"],
  ['a type-only import', 'src/game/__fixture__.ts', "import type { World } from '../sim/world';\nexport type W = World;"],
  ['an import deep in the AI', 'src/headless/bots/__fixture__.ts', "import { AiMode } from '../../sim/ai/ai-state';\nexport const m = AiMode.Engage;"],
  ['an export-from', 'src/headless/__fixture__.ts', "export { step } from '../sim/step';"],
  ['a file name with its extension', 'src/render/__fixture__.ts', "import { TILE } from '../sim/grid.ts';\nexport const t = TILE;"],
  ['a dynamic import', 'tools/__fixture__.ts', "export const m = import('../src/sim/step');"],
  ['typeof import()', 'tools/__fixture__.ts', "export type M = typeof import('../src/sim/world');"],
  ['a test outside test/sim', 'test/render/__fixture__.test.ts', "import { createWorld } from '../../src/sim/world';\nexport const c = createWorld;"],
  ['a tool script', 'tools/dev/__fixture__.mjs', "import { step } from '../../src/sim/step.ts';\nexport const s = step;"],
];

describe('the sim door (ESLint outside src/sim)', () => {
  it.each(internal)('rejects %s', async (_where, filePath, code) => {
    const errors = await doorErrors(code, filePath);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(/src\/sim \(its index\.ts, the one door\)/);
  });

  it('accepts the door, however it is spelled, and everything that is not the sim', async () => {
    const code = [
      "import { step, type World } from '../sim';",
      "import { TILE } from '../sim/index';",
      "import { stateHash } from '../sim/index.ts';",
      "import { loadLevel } from '../headless/level-files';",
      "import { sim } from '../simulated/x';",
      "import Phaser from 'phaser';",
      "export type { Actor } from '../sim';",
      'export const used = [step, TILE, stateHash, loadLevel, sim, Phaser];',
      'export type W = World;',
    ].join('\n');
    expect(await doorErrors(code, 'src/render/__fixture__.ts')).toEqual([]);
  });

  it('lets the sim and its own unit tests reach any sim module', async () => {
    expect(await doorErrors("import { TILE } from './grid';\nexport const t = TILE;", 'src/sim/__fixture__.ts')).toEqual([]);
    const test = "import { TILE } from '../../src/sim/grid';\nexport const t = TILE;";
    expect(await doorErrors(test, 'test/sim/__fixture__.test.ts')).toEqual([]);
    expect(await doorErrors(test, 'test/level/__fixture__.test.ts')).toHaveLength(1);
  });

  it('the scope the import rewrite reads agrees with the lint config', () => {
    expect(mayReachSimInternals('test/sim/ai/x.test.ts')).toBe(true);
    expect(mayReachSimInternals('src/sim/world.ts')).toBe(true);
    expect(mayReachSimInternals('test/simulation.test.ts')).toBe(false);
    expect(mayReachSimInternals('src/headless/bots/bot.ts')).toBe(false);
  });
});
