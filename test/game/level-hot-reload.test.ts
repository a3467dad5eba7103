// Edit and see: a map saved in Tiled reaches the page as one custom HMR event (not a full reload),
// and the page's catalogue reads the new text, or names the file's error in one line.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { levelIndex, loadLevel, replaceLevelFile } from '../../src/game/level-catalog';
import { LEVEL_SAVED_EVENT, levelsTouchedBy } from '../../src/game/level-saved';
import { levelHotReload } from '../../tools/dev/level-hot-reload';

const LEVELS = [
  { id: 'bar', file: 'bar.tmj' },
  { id: 'church', file: 'church.tmj' },
];

describe('which levels a saved file touches', () => {
  it('a map: the levels that use it; the index or the tileset: all of them', () => {
    expect(levelsTouchedBy('bar.tmj', LEVELS)).toEqual(['bar']);
    expect(levelsTouchedBy('my-copy.tmj', LEVELS)).toEqual([]);
    expect(levelsTouchedBy('tileset.tsj', LEVELS)).toEqual(['bar', 'church']);
    expect(levelsTouchedBy('index.json', LEVELS)).toEqual(['bar', 'church']);
  });
});

describe('the dev server plugin', () => {
  type Sent = { type: string; event: string; data: unknown };
  async function save(file: string, environment = 'client', type: 'update' | 'delete' = 'update') {
    const sent: Sent[] = [];
    const plugin = levelHotReload('levels');
    const hook = plugin.hotUpdate as (this: unknown, o: unknown) => Promise<unknown>;
    const result = await hook.call(
      { environment: { name: environment, hot: { send: (p: Sent) => sent.push(p) } } },
      { file: path.resolve(file), read: () => 'new text', type, modules: [], timestamp: 0, server: null },
    );
    return { sent, result };
  }

  it('sends a saved map to the page and stops Vite reloading the whole page', async () => {
    const { sent, result } = await save('levels/bar.tmj');
    expect(result).toEqual([]);
    expect(sent).toEqual([{ type: 'custom', event: LEVEL_SAVED_EVENT, data: { file: 'bar.tmj', text: 'new text' } }]);
    expect((await save('levels/tileset.tsj', 'client', 'delete')).sent[0]!.data).toEqual({ file: 'tileset.tsj', text: null });
  });

  it('leaves every other file, and the server-side environment, to Vite', async () => {
    for (const file of ['src/main.ts', 'levels/tileset.png', 'levels/sub/x.tmj', 'package.json']) {
      expect(await save(file)).toEqual({ sent: [], result: undefined });
    }
    expect(await save('levels/bar.tmj', 'ssr')).toEqual({ sent: [], result: undefined });
  });
});

describe('the page catalogue after a save', () => {
  const barText = readFileSync('levels/bar.tmj', 'utf8');
  afterEach(() => replaceLevelFile('bar.tmj', barText));

  it('reads the new map (here: a new title) the next time the level loads', () => {
    expect(loadLevel('bar').title).toBe('El Tarasco');
    replaceLevelFile('bar.tmj', barText.replace('"value": "El Tarasco"', '"value": "El Tarasco (edited)"'));
    expect(loadLevel('bar').title).toBe('El Tarasco (edited)');
  });

  it('a bad save is one line naming the file and field; fixing it plays again', () => {
    replaceLevelFile('bar.tmj', barText.replace('"value": "El Tarasco"', '"value": 7'));
    expect(() => loadLevel('bar')).toThrow(/^levels\/bar\.tmj: properties\.title: expected a string, got 7/);
    replaceLevelFile('bar.tmj', '{"half a file');
    expect(() => loadLevel('bar')).toThrow(/^levels\/bar\.tmj: expected valid JSON/);
    replaceLevelFile('bar.tmj', barText);
    expect(loadLevel('bar').title).toBe('El Tarasco');
    expect(levelIndex().levels.map((l) => l.id)).toContain('bar');
  });
});
