// The small text formats designers type into Tiled properties, the level index, and JSON errors.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCaption } from '../../src/level/captions-format';
import { jsonErrorOffset, lineColumn, parseJsonText } from '../../src/level/json-text';
import { parseObjectives } from '../../src/level/objectives-format';
import { parseLevelIndex } from '../../src/level/parse-index';
import { expectLevelError } from './helpers';

describe('objectives format', () => {
  it('parses every kind, skipping blanks and comments', () => {
    const text = '# the bar\neliminate bar | Clear out El Tarasco\n\n  defeat tavo|Deal with Tavo  \nreach street end | Walk away\nsurvive 1800 | Hold out\neliminate * | Everyone';
    expect(parseObjectives(text)).toEqual([
      { line: 2, objective: { type: 'eliminate', group: 'bar', text: 'Clear out El Tarasco' } },
      { line: 4, objective: { type: 'defeat', target: 'tavo', text: 'Deal with Tavo' } },
      { line: 5, objective: { type: 'reach', exit: 'street end', text: 'Walk away' } },
      { line: 6, objective: { type: 'survive', ticks: 1800, text: 'Hold out' } },
      { line: 7, objective: { type: 'eliminate', group: '', text: 'Everyone' } },
    ]);
  });

  it('reports the first bad line', () => {
    expect(parseObjectives('eliminate bar | a\nsurvive 0 | b')).toMatchObject({ line: 2, got: '"0"' });
    expect(parseObjectives('defeat | nobody')).toMatchObject({ line: 1, expected: 'a target after "defeat"' });
    expect(parseObjectives('')).toMatchObject({ line: 0, got: 'none' });
  });

  it('never throws, whatever is typed', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (s) => {
      const r = parseObjectives(s);
      if (!Array.isArray(r)) expect(r.expected.length).toBeGreaterThan(0);
    }));
  });
});

describe('caption format', () => {
  it('splits at the first colon', () => {
    expect(parseCaption('Buscemi: He said: "Bucho".')).toEqual({ speaker: 'Buscemi', text: 'He said: "Bucho".' });
    expect(parseCaption('no speaker')).toBeNull();
    expect(parseCaption(': no speaker')).toBeNull();
    expect(parseCaption('Speaker:   ')).toBeNull();
  });
});

describe('level index', () => {
  const entry = { id: 'bar', file: 'bar.tmj', title: 'El Tarasco', order: 1, seed: 1, parTicks: 4500 };
  const F = 'levels/index.json';

  it('sorts by order', () => {
    const index = parseLevelIndex({ levels: [{ ...entry, id: 'b', file: 'b.tmj', order: 2 }, entry] }, F);
    expect(index.levels.map((l) => l.id)).toEqual(['bar', 'b']);
  });

  it('rejects bad entries with one line', () => {
    expectLevelError(() => parseLevelIndex({}, F), F, 'levels', /got nothing/);
    expectLevelError(() => parseLevelIndex({ levels: [{ ...entry, seed: -1 }] }, F), F, 'levels[0].seed', /got -1$/);
    expectLevelError(() => parseLevelIndex({ levels: [{ ...entry, file: 'bar.tsx' }] }, F), F, 'levels[0].file', /ending in \.tmj/);
    expectLevelError(() => parseLevelIndex({ levels: [{ ...entry, id: 'Bar Room' }] }, F), F, 'levels[0].id', /lower-case/);
    const { parTicks: _, ...noPar } = entry;
    expectLevelError(() => parseLevelIndex({ levels: [noPar] }, F), F, 'levels[0].parTicks', /par time in ticks.*got nothing/);
    expectLevelError(() => parseLevelIndex({ levels: [entry, { ...entry, file: 'x.tmj', order: 2 }] }, F), F, 'levels[1].id', /"bar", also levels\[0\]$/);
    expectLevelError(() => parseLevelIndex({ levels: [entry, { ...entry, id: 'x', file: 'x.tmj' }] }, F), F, 'levels[1].order', /got 1, also levels\[0\]$/);
  });
});

describe('JSON text', () => {
  it('gives line and column of the first syntax error', () => {
    const text = '{\n  "a": 1,\n  "b": }\n';
    expect(lineColumn(text, jsonErrorOffset(text))).toEqual({ line: 3, column: 8 });
    expectLevelError(() => parseJsonText(text, 'x.tmj'), 'x.tmj', '', /^x\.tmj: expected valid JSON, got a syntax error at line 3, column 8 \(.+\)$/);
    expectLevelError(() => parseJsonText('{"a": [1, 2', 'x.tmj'), 'x.tmj', '', /at the end of the text/);
    expectLevelError(() => parseJsonText('', 'x.tmj'), 'x.tmj', '', /syntax error/);
  });

  it('agrees with JSON.parse about what is valid', () => {
    fc.assert(fc.property(fc.oneof(fc.json(), fc.string({ maxLength: 40 })), (text) => {
      let ok = true;
      try {
        JSON.parse(text);
      } catch {
        ok = false;
      }
      expect(jsonErrorOffset(text) < 0).toBe(ok);
    }), { numRuns: 500 });
  });
});
