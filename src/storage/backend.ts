// The storage backend and its failure modes. localStorage may be missing, throw on access
// (disabled cookies, sandboxed iframes), or throw on every write (old Safari private mode, full).

/** The part of the Web Storage API the store uses (a fake in tests). */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** window.localStorage, or null where merely touching it throws. */
export function browserStorage(): StorageLike | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function isQuotaError(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const { name, code } = err as { name?: unknown; code?: unknown };
  // Names and legacy codes differ between engines (Firefox: NS_ERROR_DOM_QUOTA_REACHED / 1014).
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

/** One line for a notice: 'SecurityError: The operation is insecure.' */
export function describeError(err: unknown): string {
  const text = err instanceof Error ? (err.message ? `${err.name}: ${err.message}` : err.name) : String(err);
  return oneLine(text);
}

export function oneLine(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
