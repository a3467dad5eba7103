// Storage backends for tests: an in-memory Storage and the ways real ones fail.
import type { StorageLike } from '../../src/storage/backend';

export class MemoryStorage implements StorageLike {
  readonly map = new Map<string, string>();
  writes = 0;
  getItem(key: string): string | null {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.writes++;
    this.map.set(key, String(value));
  }
  removeItem(key: string): void {
    this.map.delete(key);
  }
}

export function domError(name: string, message = ''): Error {
  const e = new Error(message);
  e.name = name;
  return e;
}

/** Every setItem fails with QuotaExceededError (full storage). */
export class FullStorage extends MemoryStorage {
  override setItem(): void {
    throw domError('QuotaExceededError', 'The quota has been exceeded.');
  }
}

/** Reads work, writes throw SecurityError (storage disabled for writing). */
export class ReadOnlyStorage extends MemoryStorage {
  override setItem(): void {
    throw domError('SecurityError', 'The operation is insecure.');
  }
}

/**
 * The process dies after `survive` successful writes: every later write or removal throws, so the
 * map is left exactly as a crash would leave it.
 */
export class CrashingStorage extends MemoryStorage {
  private left: number;
  constructor(source: MemoryStorage, survive: number) {
    super();
    for (const [k, v] of source.map) this.map.set(k, v);
    this.left = survive;
  }
  override setItem(key: string, value: string): void {
    if (this.left-- <= 0) throw new Error('crashed');
    super.setItem(key, value);
  }
  override removeItem(key: string): void {
    if (this.left <= 0) throw new Error('crashed');
    super.removeItem(key);
  }
}

/** Touching storage at all throws (localStorage getter in a sandboxed iframe). */
export function throwingAccess(): never {
  throw domError('SecurityError', 'Access is denied for this document.');
}
