// A small versioned, schema-checked key/value store over localStorage that never throws to the
// caller. Every problem becomes a one-line notice the game can show; the game keeps running on
// defaults or in memory.
//
// On disk: key -> JSON {"version": n, "value": ...}, written with one setItem: a write to one key is
// atomic, so a crash mid-save leaves the old record or the new one, and a failed write (storage
// full) leaves the old one. (Older versions wrote a `<key>.tmp` copy first, doubling the peak size
// of the runs record; a temp such a version left behind is read once and removed: see `load`.)
// Unreadable records are set aside as `<key>.corrupt-<n>`, never silently dropped: when all the
// set-aside slots are taken, none is overwritten and the notice says the record will be replaced.
// A record saved by a newer version of the game is left untouched: this version plays on its own
// copy under `<key>.format-<version>`, so going back and forth between versions loses nothing.
import * as v from 'valibot';
import { browserStorage, describeError, isQuotaError, oneLine, type StorageLike } from './backend';

/** Set-aside copies kept per key, so a recurring fault cannot fill storage; none is ever overwritten. */
export const MAX_BACKUPS = 3;

/** Generic over the stored value's type: `createStore<Progress>({ schema: ProgressSchema, ... })`. */
export interface StoreOptions<T> {
  /** localStorage key, e.g. 'desperado.settings'. */
  readonly key: string;
  /** Current format version (integer >= 1). Records from a newer version are kept, untouched. */
  readonly version: number;
  /** Any synchronous valibot schema whose output is T (its input may differ: defaults, transforms). */
  readonly schema: v.GenericSchema<unknown, T>;
  readonly defaults: T;
  /** Upgrades a record saved as `fromVersion` (< version) to the current shape; it is then schema-checked. */
  readonly migrate?: (value: unknown, fromVersion: number) => unknown;
  /** What the record is called in notices ('settings'); defaults to the key. */
  readonly label?: string;
  /** Default: localStorage. A function is called once, inside try (touching localStorage can throw). */
  readonly backend?: StorageLike | null | (() => StorageLike | null);
}

export interface LoadResult<T> {
  readonly value: T;
  readonly notice?: string;
}

export interface SaveResult {
  /** True when the value reached storage. */
  readonly ok: boolean;
  readonly notice?: string;
}

export interface Store<T> {
  load(): LoadResult<T>;
  save(value: T): SaveResult;
}

type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly why: string };

/** The format version a raw record claims, or null when it has no readable envelope. */
function savedVersion(raw: string): number | null {
  try {
    const env = JSON.parse(raw) as { version?: unknown } | null;
    return typeof env === 'object' && env !== null && Number.isInteger(env.version) ? (env.version as number) : null;
  } catch {
    return null;
  }
}

function issueText(issue: v.BaseIssue<unknown>): string {
  const path = issue.path?.map((p) => String(p.key)).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

export function createStore<T>(opts: StoreOptions<T>): Store<T> {
  const { key, version, schema, migrate } = opts;
  const label = opts.label ?? key;
  /** Written by older versions before the record itself; only ever read (and removed) now. */
  const tmpKey = `${key}.tmp`;
  /** Whether a leftover temp has been dealt with (by load, or removed by a save). */
  let tmpSettled = false;
  // undefined: not resolved yet; null: unavailable, running in memory.
  let backend: StorageLike | null | undefined;
  let memory: { value: T } | null = null;
  let memoryNotice = `${label} will not be saved: storage is unavailable`;
  /** Where this version reads and writes: `key`, or its own copy beside a newer version's record. */
  let liveKey: string | undefined;
  const ownCopyKey = `${key}.format-${version}`;
  /** The key this version uses, given what lies under `key`. */
  const liveKeyBeside = (raw: string | null): string => {
    const saved = raw === null ? null : savedVersion(raw);
    return saved !== null && saved > version ? ownCopyKey : key;
  };

  const defaults = (): T => structuredClone(opts.defaults);

  function storage(): StorageLike | null {
    if (backend !== undefined) return backend;
    try {
      const b = opts.backend === undefined ? browserStorage() : typeof opts.backend === 'function' ? opts.backend() : opts.backend;
      backend = b ?? null;
    } catch {
      backend = null;
    }
    return backend;
  }

  /** Storage failed for good: keep going in memory. */
  function toMemory(err: unknown, value: T): string {
    backend = null;
    memory = { value };
    memoryNotice = `${label} will not be saved: storage is unavailable (${describeError(err)})`;
    return memoryNotice;
  }

  function parse(raw: string): Parsed<T> {
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch (err) {
      return { ok: false, why: `bad JSON (${describeError(err)})` };
    }
    const env = data as { version?: unknown; value?: unknown } | null;
    if (typeof env !== 'object' || env === null || !Number.isInteger(env.version) || !('value' in env)) {
      return { ok: false, why: 'not a saved record (no version)' };
    }
    const saved = env.version as number;
    let value = env.value;
    if (saved > version) return { ok: false, why: `saved by a newer version of the game (format ${saved}, this one reads ${version})` };
    if (saved < version) {
      if (!migrate) return { ok: false, why: `old format ${saved} cannot be upgraded` };
      try {
        value = migrate(value, saved);
      } catch (err) {
        return { ok: false, why: `upgrade from format ${saved} failed (${describeError(err)})` };
      }
    }
    const r = v.safeParse(schema, value);
    return r.success ? { ok: true, value: r.output } : { ok: false, why: `wrong shape (${issueText(r.issues[0])})` };
  }

  /** Moves an unreadable record to a backup key; returns the notice. */
  function setAside(s: StorageLike, from: string, raw: string, why: string): string {
    let n = 1;
    try {
      while (n <= MAX_BACKUPS && s.getItem(`${key}.corrupt-${n}`) !== null) n++;
      if (n > MAX_BACKUPS) {
        return `${from}: ${why}; not set aside: all ${MAX_BACKUPS} set-aside copies (${key}.corrupt-1 to -${MAX_BACKUPS}) are kept, so the next save replaces it`;
      }
      s.setItem(`${key}.corrupt-${n}`, raw);
      s.removeItem(from);
      return `${from}: ${why}; set aside as ${key}.corrupt-${n}`;
    } catch (err) {
      return `${from}: ${why}; could not set it aside (${describeError(err)})`;
    }
  }

  function tryRun(f: () => void): boolean {
    try {
      f();
      return true;
    } catch {
      return false;
    }
  }

  function load(): LoadResult<T> {
    const s = storage();
    if (!s) return { value: memory?.value ?? defaults(), notice: memoryNotice };
    let mainRaw: string | null;
    let tmpRaw: string | null;
    const notices: string[] = [];
    try {
      mainRaw = s.getItem(key);
      tmpRaw = s.getItem(tmpKey);
      liveKey = liveKeyBeside(mainRaw);
      if (liveKey !== key) {
        notices.push(`${label} were saved by a newer version of the game (format ${savedVersion(mainRaw!)}, this one reads ${version}): kept untouched; this version plays on its own copy (${ownCopyKey})`);
        mainRaw = s.getItem(liveKey);
        tmpRaw = null; // the temp belongs to the record this version no longer reads
      }
    } catch (err) {
      const value = defaults();
      return { value, notice: toMemory(err, value) };
    }
    const main = mainRaw === null ? null : parse(mainRaw);
    let value: T | undefined = main?.ok ? main.value : undefined;
    if (main && !main.ok && mainRaw !== null) notices.push(setAside(s, liveKey, mainRaw, main.why));
    if (tmpRaw !== null) {
      // An older version saved to the temp first, then the record, then removed the temp: a temp
      // left behind is never older than the record, and newer when it differs (the tab closed
      // between the two writes). The newer one wins and becomes the record.
      const tmp = parse(tmpRaw);
      let keepTmp = false;
      if (!tmp.ok) notices.push(setAside(s, tmpKey, tmpRaw, tmp.why));
      else if (tmpRaw !== mainRaw || !main?.ok) {
        value = tmp.value;
        // If the record cannot be written, the temp stays: it is the only copy of that save.
        keepTmp = !tryRun(() => s.setItem(key, tmpRaw));
        if (main && !main.ok) notices.push(`restored ${label} from ${tmpKey}`);
      }
      if (tmp.ok && !keepTmp) tryRun(() => s.removeItem(tmpKey));
      tmpSettled = !keepTmp;
    } else tmpSettled = true;
    if (value === undefined) {
      value = defaults();
      if (notices.length > 0) notices.push(`using default ${label}`);
    }
    // Readable is not writable (private mode, full disk): find out now so the player hears it at start.
    const probeKey = `${key}.probe`;
    try {
      s.setItem(probeKey, '1');
      s.removeItem(probeKey);
    } catch (err) {
      notices.push(isQuotaError(err) ? `${label} may not be saved: storage is full` : toMemory(err, value));
    }
    return notices.length > 0 ? { value, notice: oneLine(notices.join('; '), 400) } : { value };
  }

  function save(value: T): SaveResult {
    const checked = v.safeParse(schema, value);
    if (!checked.success) return { ok: false, notice: `${label} not saved: ${issueText(checked.issues[0])}` };
    const s = storage();
    if (!s) {
      memory = { value: checked.output };
      return { ok: false, notice: memoryNotice };
    }
    let raw: string;
    try {
      raw = JSON.stringify({ version, value: checked.output });
    } catch (err) {
      return { ok: false, notice: `${label} not saved: ${describeError(err)}` };
    }
    const failed = (err: unknown): SaveResult =>
      isQuotaError(err)
        ? { ok: false, notice: `${label} not saved: storage is full (${describeError(err)})` }
        : { ok: false, notice: toMemory(err, checked.output) };
    try {
      // A save before any load must not land on a newer version's record either.
      liveKey ??= liveKeyBeside(s.getItem(key));
      s.setItem(liveKey, raw);
    } catch (err) {
      return failed(err); // the old record is still intact
    }
    // A temp an older version left, if load never settled it, must not outlive a newer save.
    if (!tmpSettled && liveKey === key) tmpSettled = tryRun(() => s.removeItem(tmpKey));
    return { ok: true };
  }

  return { load, save };
}
