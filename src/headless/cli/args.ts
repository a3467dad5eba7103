// A small, strict flag parser: every mistake becomes one readable line (exit 2 in the callers).

export class UsageError extends Error {}

export interface FlagSpec {
  /** 'int' flags take a whole number, 'string' flags any text, 'bool' flags nothing. */
  readonly type: 'int' | 'string' | 'bool';
  readonly min?: number;
  readonly max?: number;
}

export type ParsedFlags = Record<string, string | number | boolean>;

export function parseFlags(argv: readonly string[], spec: Readonly<Record<string, FlagSpec>>): ParsedFlags {
  // Own keys only, on an object without a prototype: `--__proto__`, `--constructor` or
  // `--toString` are unknown flags, never an inherited spec or an "already given" value.
  const out: ParsedFlags = Object.create(null) as ParsedFlags;
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i]!;
    if (!raw.startsWith('--')) throw new UsageError(`unexpected argument "${raw}" (flags start with --)`);
    const eq = raw.indexOf('=');
    const name = raw.slice(2, eq >= 0 ? eq : undefined);
    const def = Object.hasOwn(spec, name) ? spec[name] : undefined;
    if (!def) throw new UsageError(`unknown flag --${name} (known: ${Object.keys(spec).map((k) => `--${k}`).join(', ')})`);
    if (Object.hasOwn(out, name)) throw new UsageError(`--${name} given twice`);
    if (def.type === 'bool') {
      if (eq >= 0) throw new UsageError(`--${name} takes no value`);
      out[name] = true;
      continue;
    }
    const value = eq >= 0 ? raw.slice(eq + 1) : argv[++i];
    if (value === undefined || (eq < 0 && value.startsWith('--'))) throw new UsageError(`--${name} needs a value`);
    if (def.type === 'string') {
      out[name] = value;
      continue;
    }
    if (!/^-?\d+$/.test(value)) throw new UsageError(`--${name} expects a whole number, got "${value}"`);
    const n = Number(value);
    if (!Number.isSafeInteger(n)) throw new UsageError(`--${name} is out of range: ${value}`);
    if (def.min !== undefined && n < def.min) throw new UsageError(`--${name} must be at least ${def.min}, got ${n}`);
    if (def.max !== undefined && n > def.max) throw new UsageError(`--${name} must be at most ${def.max}, got ${n}`);
    out[name] = n;
  }
  return out;
}
