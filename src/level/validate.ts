// Runs a valibot schema and turns its first issue into a one-line LevelError.
import * as v from 'valibot';
import { describeValue, joinPath } from './error-text';
import { LevelError } from './level-error';

interface SchemaLike {
  readonly type?: string;
  readonly message?: unknown;
  readonly entries?: Record<string, SchemaLike>;
  readonly item?: SchemaLike;
  readonly wrapped?: SchemaLike;
}

/** The "expected …" text a (possibly nested) schema would report, for a missing key. */
function expectedAt(root: SchemaLike, keys: readonly unknown[]): string {
  let s: SchemaLike | undefined = root;
  for (const key of keys) {
    while (s?.wrapped) s = s.wrapped;
    if (!s) break;
    s = typeof key === 'number' ? s.item : s.entries?.[String(key)];
  }
  while (s?.wrapped) s = s.wrapped;
  return s && typeof s.message === 'string' ? s.message : 'a value';
}

/** Validates `input` against `schema` or throws `<file>: <base + issue path>: expected …, got …`. */
export function check<S extends v.GenericSchema>(
  schema: S,
  input: unknown,
  file: string,
  base: string,
): v.InferOutput<S> {
  const result = v.safeParse(schema, input, { abortEarly: true });
  if (result.success) return result.output;
  const issue = result.issues[0];
  const keys = issue.path?.map((p) => p.key) ?? [];
  const field = joinPath(base, keys);
  // A required key that is absent is reported by the enclosing object.
  const missing = issue.type === 'object' && issue.input === undefined && keys.length > 0;
  if (missing) throw new LevelError(file, field, expectedAt(schema as SchemaLike, keys), 'nothing (the field is missing)');
  const expected = issue.message.startsWith('Invalid ') ? `a ${issue.expected ?? 'valid value'}` : issue.message;
  throw new LevelError(file, field, expected, describeValue(issue.input));
}
