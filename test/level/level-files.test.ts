// Loading levels from disk: missing files, bad JSON, missing tilesets, unknown ids.
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadLevel, loadLevelIndex } from '../../src/headless/level-files';
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

  it('loads a copied map by path, taking the id from the file name when no index lists it', () => {
    const d = mkdtempSync(path.join(dir, 'ok-'));
    copyFileSync('levels/bar.tmj', path.join(d, 'cantina.tmj'));
    copyFileSync('levels/tileset.tsj', path.join(d, 'tileset.tsj'));
    expect(loadLevel(path.join(d, 'cantina.tmj')).id).toBe('cantina');
  });

  it('an unknown level id, and a missing or broken index', () => {
    expectLevelError(() => loadLevel('hotel'), 'levels/index.json', 'levels', /a level id \(one of bar, church, rooftops, street, ranch\) or a path to a \.tmj file, got "hotel"$/);
    expectLevelError(() => loadLevelIndex(path.join(dir, 'none')), shown('none/index.json'), '', /no such file$/);
    const d = mkdtempSync(path.join(dir, 'idx-'));
    writeFileSync(path.join(d, 'index.json'), '{"levels": [{"id": "bar"}]}');
    expectLevelError(() => loadLevelIndex(d), `${d.split(path.sep).join('/')}/index.json`, 'levels[0].file', /got nothing/);
  });
});
