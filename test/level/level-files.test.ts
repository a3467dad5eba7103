// Loading levels from disk: missing files, bad JSON, missing tilesets, unknown ids.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadLevel, loadLevelIndex } from '../../src/headless/level-files';
import { levelContentHash } from '../../src/replay/level-hash';
import { expectLevelError } from './helpers';

const dir = mkdtempSync(path.join(tmpdir(), 'desperado-levels-'));
const shown = (name: string) => path.join(dir, name).split(path.sep).join('/');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('level files', () => {
  it('a missing map file', () => {
    expectLevelError(() => loadLevel(path.join(dir, 'nope.tmj')), shown('nope.tmj'), '', /expected a readable file, got no such file$/);
  });

  it('a map that is not valid JSON', () => {
    writeFileSync(path.join(dir, 'broken.tmj'), '{\n "width": 40,\n "height": 30\n "layers": []\n}\n');
    expectLevelError(() => loadLevel(path.join(dir, 'broken.tmj')), shown('broken.tmj'), '', /expected valid JSON, got a syntax error at line 4, column 2 \(/);
  });

  it('a map whose tileset is missing names the tileset file', () => {
    copyFileSync('levels/bar.tmj', path.join(dir, 'lonely.tmj'));
    expectLevelError(() => loadLevel(path.join(dir, 'lonely.tmj')), shown('tileset.tsj'), '', /expected a readable file, got no such file$/);
  });

  it('a tileset that is not valid JSON', () => {
    const d = mkdtempSync(path.join(dir, 'bt-'));
    copyFileSync('levels/bar.tmj', path.join(d, 'bar.tmj'));
    writeFileSync(path.join(d, 'tileset.tsj'), '{"tiles": [,]}');
    const file = path.join(d, 'tileset.tsj').split(path.sep).join('/');
    expectLevelError(() => loadLevel(path.join(d, 'bar.tmj')), file, '', /valid JSON, got a syntax error at line 1, column 12/);
  });

  describe('the board follows the map, never its file name', () => {
    const bar = readFileSync('levels/bar.tmj', 'utf8');
    const withoutId = bar.replace(/\{\s*"name": "id",\s*"type": "string",\s*"value": "bar"\s*\},\s*/, '');
    const folder = (): string => {
      const d = mkdtempSync(path.join(dir, 'ok-'));
      copyFileSync('levels/tileset.tsj', path.join(d, 'tileset.tsj'));
      return d;
    };

    it('a copy saved under another name keeps the map\'s id, so the same seed plays the same board', () => {
      const d = folder();
      writeFileSync(path.join(d, 'my-copy.tmj'), bar);
      const copy = loadLevel(path.join(d, 'my-copy.tmj'));
      expect(copy.id).toBe('bar');
      expect(levelContentHash(copy)).toBe(levelContentHash(loadLevel('bar')));
    });

    it('a map without an id is named by its content: two names, one board; an edit, another', () => {
      const d = folder();
      expect(withoutId).not.toBe(bar);
      writeFileSync(path.join(d, 'one.tmj'), withoutId);
      writeFileSync(path.join(d, 'two.tmj'), withoutId);
      writeFileSync(path.join(d, 'edited.tmj'), withoutId.replace('"value": 0', '"value": 3600'));
      const [one, two, edited] = ['one', 'two', 'edited'].map((n) => loadLevel(path.join(d, `${n}.tmj`)));
      expect(one!.id).toMatch(/^map-[0-9a-f]{12}$/);
      expect(two!.id).toBe(one!.id);
      expect(edited!.id).not.toBe(one!.id);
    });

    it('an id that disagrees with the catalogue, or is not an id, is one line naming the property', () => {
      const d = folder();
      writeFileSync(path.join(d, 'bar.tmj'), bar.replace('"value": "bar"', '"value": "cantina"'));
      writeFileSync(path.join(d, 'index.json'), JSON.stringify({ levels: [{ id: 'bar', file: 'bar.tmj', title: 'Bar', order: 1, seed: 1, parTicks: 60 }] }));
      const file = (n: string) => path.join(d, n).split(path.sep).join('/');
      expectLevelError(() => loadLevel('bar', d), file('bar.tmj'), 'properties.id', /expected the id levels\/index\.json gives this map \("bar"\), got "cantina"$/);
      writeFileSync(path.join(d, 'odd.tmj'), bar.replace('"value": "bar"', '"value": "../Bar Two"'));
      expectLevelError(() => loadLevel(path.join(d, 'odd.tmj')), file('odd.tmj'), 'properties.id', /expected a level id of 1-32 lower-case letters/);
    });
  });

  it('an unknown level id, and a missing or broken index', () => {
    expectLevelError(() => loadLevel('hotel'), 'levels/index.json', 'levels', /a level id \(one of bar, church, rooftops, street, ranch\) or a path to a \.tmj file, got "hotel"$/);
    expectLevelError(() => loadLevelIndex(path.join(dir, 'none')), shown('none/index.json'), '', /no such file$/);
    const d = mkdtempSync(path.join(dir, 'idx-'));
    writeFileSync(path.join(d, 'index.json'), '{"levels": [{"id": "bar"}]}');
    expectLevelError(() => loadLevelIndex(d), `${d.split(path.sep).join('/')}/index.json`, 'levels[0].file', /got nothing/);
  });
});
