// Parsing JSON text with a one-line error that gives the line and column of the first mistake,
// the same in every JavaScript engine (their own messages and positions differ). Also the one
// place bytes become JSON text (files in Node, dropped files and links in the page): UTF-8, a
// leading byte-order mark skipped, nesting bounded before any engine recurses into it.
import { MAX_JSON_DEPTH } from '../limits';
import { LevelError, oneLine } from './level-error';

/** A leading UTF-8 byte-order mark, which editors on Windows write and JSON.parse refuses. */
const BOM = '\uFEFF';

/** Text without a leading byte-order mark. */
export function stripBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(1) : text;
}

/** UTF-8 bytes as text (BOM dropped), or null when they are not UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return stripBom(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes));
  } catch {
    return null;
  }
}

/**
 * Offset of the first bracket nested deeper than `limit` (strings skipped), or -1. A linear scan
 * with no recursion: run before JSON.parse and the error finder, whose recursion (in some engines,
 * and in jsonErrorOffset) a deep enough text would overflow.
 */
export function tooDeepOffset(text: string, limit: number = MAX_JSON_DEPTH): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return i;
    } else if (c === 0x5d || c === 0x7d) {
      depth--;
    }
  }
  return -1;
}

/** Offset of the first JSON syntax error in `text`, or -1 when there is none. */
export function jsonErrorOffset(text: string): number {
  const n = text.length;
  let i = 0;
  let fail = -1;
  const number = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
  const ws = (): void => {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const stop = (at: number): false => {
    fail = at;
    return false;
  };
  const string = (): boolean => {
    i++; // opening quote
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c === 0x5c) {
        const e = text[i + 1] ?? '';
        if ('"\\/bfnrt'.includes(e) && e !== '') i += 2;
        else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else return stop(i + 1);
      } else if (c < 0x20) {
        return stop(i);
      } else {
        i++;
      }
    }
    return stop(i);
  };
  const value = (depth: number): boolean => {
    ws();
    if (i >= n || depth > MAX_JSON_DEPTH) return stop(i);
    const c = text[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      ws();
      if (text[i] === close) {
        i++;
        return true;
      }
      for (;;) {
        if (c === '{') {
          ws();
          if (text[i] !== '"') return stop(i);
          if (!string()) return false;
          ws();
          if (text[i] !== ':') return stop(i);
          i++;
        }
        if (!value(depth + 1)) return false;
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === close) {
          i++;
          return true;
        }
        return stop(i);
      }
    }
    if (c === '"') return string();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return true;
      }
    }
    number.lastIndex = i;
    if (number.exec(text)) {
      i = number.lastIndex;
      return true;
    }
    return stop(i);
  };
  if (!value(0)) return fail;
  ws();
  return i < n ? i : -1;
}

/** 1-based line and column of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

/** The engine's reason without its position and source snippet ("Unexpected token '}'"). */
function reason(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return oneLine(
    msg
      .replace(/,\s*(?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/s, '')
      .replace(/\s+in JSON at position \d+.*$/s, '')
      .replace(/^JSON\.parse:\s*/, ''),
  ).slice(0, 80);
}

/** JSON.parse, or a LevelError: `<file>: expected valid JSON, got a syntax error at line L, column C (why)`. */
export function parseJsonText(raw: string, file: string): unknown {
  const text = stripBom(raw);
  const deep = tooDeepOffset(text);
  if (deep >= 0) {
    const { line, column } = lineColumn(text, deep);
    throw new LevelError(file, '', `JSON nested at most ${MAX_JSON_DEPTH} deep`, `deeper nesting at line ${line}, column ${column}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    const offset = jsonErrorOffset(text);
    const at = offset < 0 ? text.length : offset;
    const { line, column } = lineColumn(text, at);
    const where = at >= text.length ? `the end of the text (line ${line}, column ${column})` : `line ${line}, column ${column}`;
    throw new LevelError(file, '', 'valid JSON', `a syntax error at ${where} (${reason(err)})`);
  }
}
