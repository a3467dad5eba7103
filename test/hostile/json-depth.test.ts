// The JSON depth limit is one the reader survives: the worst text at the limit parses (and its
// syntax errors are located) without overflowing the stack; one bracket deeper is refused before
// JSON.parse, in one line. Brackets inside strings are not nesting. A BOM is dropped.
import { describe, expect, it } from 'vitest';
import { decodeUtf8, jsonErrorOffset, parseJsonText, tooDeepOffset } from '../../src/level/json-text';
import { MAX_JSON_DEPTH } from '../../src/limits';

const nestedObjects = (depth: number) => '{"a":'.repeat(depth - 1) + '[]' + '}'.repeat(depth - 1);
const nestedArrays = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

describe('JSON depth', () => {
  it('parses the deepest allowed text, of arrays and of objects', () => {
    expect(() => parseJsonText(nestedArrays(MAX_JSON_DEPTH), 'x.json')).not.toThrow();
    expect(() => parseJsonText(nestedObjects(MAX_JSON_DEPTH), 'x.json')).not.toThrow();
  });

  it('locates a syntax error at the deepest allowed level without overflowing', () => {
    const broken = '['.repeat(MAX_JSON_DEPTH) + 'x' + ']'.repeat(MAX_JSON_DEPTH);
    expect(jsonErrorOffset(broken)).toBe(MAX_JSON_DEPTH);
    expect(() => parseJsonText(broken, 'x.json')).toThrow(`x.json: expected valid JSON, got a syntax error at line 1, column ${MAX_JSON_DEPTH + 1}`);
  });

  it('refuses one level deeper, and a million brackets, before parsing', () => {
    expect(() => parseJsonText(nestedArrays(MAX_JSON_DEPTH + 1), 'x.json')).toThrow(`x.json: expected JSON nested at most ${MAX_JSON_DEPTH} deep, got deeper nesting at line 1, column ${MAX_JSON_DEPTH + 1}`);
    expect(() => parseJsonText('{"a":'.repeat(1_000_000), 'x.json')).toThrow(/nested at most/);
  });

  it('does not count brackets inside strings, escaped quotes included', () => {
    expect(tooDeepOffset(JSON.stringify({ s: '['.repeat(1000) + '\\"' + '{'.repeat(1000) }))).toBe(-1);
    expect(tooDeepOffset('["\\"", ' + '['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH) + ']')).toBe(7 + MAX_JSON_DEPTH - 1); // the outer [ is depth 1: its 64th inner bracket is too deep
  });

  it('reads a leading UTF-8 byte-order mark as nothing, from text and from bytes', () => {
    expect(parseJsonText('\uFEFF{"a":1}', 'x.json')).toEqual({ a: 1 });
    expect(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x5b, 0x5d]))).toBe('[]');
    expect(decodeUtf8(new Uint8Array([0xe9]))).toBeNull();
  });
});
