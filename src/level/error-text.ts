// Small formatters for the "expected …, got …" halves of LevelError messages.

const MAX_QUOTE = 60;

/** A JSON-style quoted string, shortened when long (newlines come out escaped). */
export function quote(text: string): string {
  const short = text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE)}…` : text;
  return JSON.stringify(short);
}

/** What a value is, for the "got" half of a message. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return quote(value);
    case 'number':
    case 'boolean':
      return String(value);
    case 'object':
      return Array.isArray(value) ? `an array of ${value.length}` : 'an object';
    default:
      return `a ${typeof value}`;
  }
}

/** "a, b, c" (with an ellipsis after many). */
export function listOf(items: readonly string[], max = 12): string {
  if (items.length === 0) return '(none)';
  const shown = items.slice(0, max).join(', ');
  return items.length > max ? `${shown}, …` : shown;
}

/** Joins path parts the way JavaScript would write them: layers[2].data. */
export function joinPath(base: string, parts: readonly unknown[]): string {
  let out = base;
  for (const part of parts) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}
