import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { StorageLike } from '../../src/storage/backend';
import { createStore, type StoreOptions } from '../../src/storage/store';
import { CrashingStorage, FullStorage, MemoryStorage, ReadOnlyStorage, throwingAccess } from './fakes';

const schema = v.object({ name: v.string(), score: v.number() });
const defaults = { name: 'Mariachi', score: 0 };
const KEY = 'test.record';

function storeOn(backend: StorageLike | (() => StorageLike), extra: Partial<StoreOptions<v.InferOutput<typeof schema>>> = {}) {
  return createStore({ key: KEY, version: 2, schema, defaults, backend, ...extra });
}

describe('createStore', () => {
  it('round-trips a value and uses defaults when nothing is saved', () => {
    const mem = new MemoryStorage();
    const store = storeOn(mem);
    expect(store.load()).toEqual({ value: defaults });
    expect(store.save({ name: 'Bucho', score: 7 })).toEqual({ ok: true });
    expect(JSON.parse(mem.getItem(KEY)!)).toEqual({ version: 2, value: { name: 'Bucho', score: 7 } });
    expect(storeOn(mem).load()).toEqual({ value: { name: 'Bucho', score: 7 } });
  });

  it('hands out copies of the defaults, never the object itself', () => {
    const store = storeOn(new MemoryStorage());
    store.load().value.score = 99;
    expect(store.load().value.score).toBe(0);
  });

  it.each([
    ['bad JSON', '{"version": 2, "value": {', /bad JSON/],
    ['no envelope', '{"name":"x","score":1}', /not a saved record/],
    ['wrong shape', '{"version":2,"value":{"name":"x","score":"lots"}}', /wrong shape \(score: /],
  ])('sets %s aside with a one-line notice and uses defaults', (_what, raw, why) => {
    const mem = new MemoryStorage();
    mem.setItem(KEY, raw);
    const r = storeOn(mem).load();
    expect(r.value).toEqual(defaults);
    expect(r.notice).toMatch(why);
    expect(r.notice).toContain(`${KEY}:`);
    expect(r.notice).toContain(`set aside as ${KEY}.corrupt-1`);
    expect(r.notice).not.toContain('\n');
    expect(mem.getItem(`${KEY}.corrupt-1`)).toBe(raw);
    expect(mem.getItem(KEY)).toBeNull();
    // Set aside once: the next start is quiet.
    expect(storeOn(mem).load()).toEqual({ value: defaults });
  });

  it('numbers set-aside copies, never overwrites one, and says so when all are taken', () => {
    const mem = new MemoryStorage();
    const notices: (string | undefined)[] = [];
    for (let i = 0; i < 5; i++) {
      mem.setItem(KEY, `broken ${i}`);
      notices.push(storeOn(mem).load().notice);
    }
    expect([1, 2, 3].map((n) => mem.getItem(`${KEY}.corrupt-${n}`))).toEqual(['broken 0', 'broken 1', 'broken 2']);
    expect(mem.getItem(`${KEY}.corrupt-4`)).toBeNull();
    expect(notices[3]).toMatch(/not set aside: all 3 set-aside copies \(test\.record\.corrupt-1 to -3\) are kept, so the next save replaces it/);
    expect(notices[4]).not.toContain('\n');
    // The fifth unreadable record still sits under its key until a save replaces it.
    expect(mem.getItem(KEY)).toBe('broken 4');
  });

  it('fills a freed set-aside slot first', () => {
    const mem = new MemoryStorage();
    mem.setItem(`${KEY}.corrupt-1`, 'old 1');
    mem.setItem(`${KEY}.corrupt-3`, 'old 3');
    mem.setItem(KEY, 'broken');
    expect(storeOn(mem).load().notice).toContain(`set aside as ${KEY}.corrupt-2`);
    expect([1, 2, 3].map((n) => mem.getItem(`${KEY}.corrupt-${n}`))).toEqual(['old 1', 'broken', 'old 3']);
  });

  describe('a record saved by a newer version of the game', () => {
    const newer = '{"version":3,"value":{"name":"from the future","score":1,"medals":[]}}';

    it('is kept untouched while this version plays and saves on its own copy', () => {
      const mem = new MemoryStorage();
      mem.setItem(KEY, newer);
      const store = storeOn(mem);
      const r = store.load();
      expect(r.value).toEqual(defaults);
      expect(r.notice).toMatch(/newer version of the game \(format 3, this one reads 2\): kept untouched; this version plays on its own copy \(test\.record\.format-2\)/);
      expect(r.notice).not.toContain('\n');
      expect(store.save({ name: 'Bucho', score: 9 })).toEqual({ ok: true });
      expect(mem.getItem(KEY)).toBe(newer);
      expect(mem.getItem(`${KEY}.corrupt-1`)).toBeNull();
      // The next start of this version picks up its own copy; the newer record is still there.
      expect(storeOn(mem).load()).toMatchObject({ value: { name: 'Bucho', score: 9 } });
      expect(mem.getItem(KEY)).toBe(newer);
    });

    it('is not overwritten by a save made before any load', () => {
      const mem = new MemoryStorage();
      mem.setItem(KEY, newer);
      expect(storeOn(mem).save({ name: 'Dominó', score: 2 })).toEqual({ ok: true });
      expect(mem.getItem(KEY)).toBe(newer);
      expect(JSON.parse(mem.getItem(`${KEY}.format-2`)!).value.name).toBe('Dominó');
    });

    it('a record of this version is saved in place as before (only newer ones are kept beside)', () => {
      const mem = new MemoryStorage();
      mem.setItem(KEY, JSON.stringify({ version: 2, value: { name: 'x', score: 1 } }));
      storeOn(mem).save({ name: 'y', score: 2 });
      expect(JSON.parse(mem.getItem(KEY)!).value.name).toBe('y');
      expect(mem.getItem(`${KEY}.format-2`)).toBeNull();
    });
  });

  it('migrates older versions, and sets them aside when there is no migration', () => {
    const mem = new MemoryStorage();
    mem.setItem(KEY, JSON.stringify({ version: 1, value: { who: 'Carolina' } }));
    const migrate = (old: unknown, from: number) => (from === 1 ? { name: (old as { who: string }).who, score: 0 } : old);
    expect(storeOn(mem, { migrate }).load()).toEqual({ value: { name: 'Carolina', score: 0 } });
    expect(storeOn(mem).load().notice).toMatch(/old format 1 cannot be upgraded/);
  });

  describe('one write per save', () => {
    function savedOnce(): MemoryStorage {
      const mem = new MemoryStorage();
      storeOn(mem).save({ name: 'old', score: 1 });
      return mem;
    }
    const record = (name: string, score = 1): string => JSON.stringify({ version: 2, value: { name, score } });

    it('writes the record once and nothing beside it (the peak is one copy, not two)', () => {
      const mem = savedOnce();
      const store = storeOn(mem);
      store.load();
      const writes = mem.writes;
      const keys = [...mem.map.keys()];
      expect(store.save({ name: 'new', score: 2 })).toEqual({ ok: true });
      expect(mem.writes).toBe(writes + 1);
      expect([...mem.map.keys()]).toEqual(keys);
      expect(mem.getItem(`${KEY}.tmp`)).toBeNull();
    });

    it('a crash during the write leaves the old record', () => {
      const crashed = new CrashingStorage(savedOnce(), 0);
      expect(storeOn(crashed).save({ name: 'new', score: 2 }).ok).toBe(false);
      const after = new MemoryStorage();
      for (const [k, val] of crashed.map) after.map.set(k, val);
      expect(storeOn(after).load()).toEqual({ value: { name: 'old', score: 1 } });
    });

    describe('a temp copy an older version left behind', () => {
      it('is taken once when it is newer than the record (the tab closed between its two writes), then removed', () => {
        const mem = savedOnce();
        mem.setItem(`${KEY}.tmp`, record('newer', 5));
        expect(storeOn(mem).load()).toEqual({ value: { name: 'newer', score: 5 } });
        expect(JSON.parse(mem.getItem(KEY)!).value.name).toBe('newer');
        expect(mem.getItem(`${KEY}.tmp`)).toBeNull();
        expect(storeOn(mem).load()).toEqual({ value: { name: 'newer', score: 5 } });
      });

      it('the same as the record is just removed', () => {
        const mem = savedOnce();
        mem.setItem(`${KEY}.tmp`, mem.getItem(KEY)!);
        const writes = mem.writes;
        expect(storeOn(mem).load()).toEqual({ value: { name: 'old', score: 1 } });
        expect(mem.writes).toBe(writes + 1); // the write probe only
        expect(mem.getItem(`${KEY}.tmp`)).toBeNull();
      });

      it('restores a damaged record, with a notice', () => {
        const mem = new MemoryStorage();
        mem.setItem(`${KEY}.tmp`, record('tmp', 3));
        mem.setItem(KEY, '{"version":2,"val');
        const r = storeOn(mem).load();
        expect(r.value).toEqual({ name: 'tmp', score: 3 });
        expect(r.notice).toMatch(/bad JSON.*restored/);
        expect(JSON.parse(mem.getItem(KEY)!).value.name).toBe('tmp');
        expect(mem.getItem(`${KEY}.tmp`)).toBeNull();
        expect(mem.getItem(`${KEY}.corrupt-1`)).toBe('{"version":2,"val');
      });

      it('stands in silently for a missing record', () => {
        const mem = new MemoryStorage();
        mem.setItem(`${KEY}.tmp`, record('tmp', 3));
        expect(storeOn(mem).load()).toEqual({ value: { name: 'tmp', score: 3 } });
        expect(mem.getItem(`${KEY}.tmp`)).toBeNull();
        expect(JSON.parse(mem.getItem(KEY)!).value.name).toBe('tmp');
      });

      it('is set aside when unreadable, the record kept', () => {
        const mem = savedOnce();
        mem.setItem(`${KEY}.tmp`, 'half a reco');
        const r = storeOn(mem).load();
        expect(r.value).toEqual({ name: 'old', score: 1 });
        expect(r.notice).toContain(`set aside as ${KEY}.corrupt-1`);
        expect(mem.getItem(`${KEY}.corrupt-1`)).toBe('half a reco');
        expect(mem.getItem(`${KEY}.tmp`)).toBeNull();
      });

      it('never outlives a newer save, even one made without a load', () => {
        const mem = savedOnce();
        mem.setItem(`${KEY}.tmp`, record('stale', 9));
        expect(storeOn(mem).save({ name: 'new', score: 2 })).toEqual({ ok: true });
        expect(mem.getItem(`${KEY}.tmp`)).toBeNull();
        expect(storeOn(mem).load()).toEqual({ value: { name: 'new', score: 2 } });
      });
    });
  });

  it('reports a full storage without throwing and keeps the old record', () => {
    const full = new FullStorage();
    full.map.set(KEY, JSON.stringify({ version: 2, value: { name: 'kept', score: 1 } }));
    const store = storeOn(full);
    const loaded = store.load();
    expect(loaded.value.name).toBe('kept');
    expect(loaded.notice).toMatch(/may not be saved: storage is full/);
    const r = store.save({ name: 'new', score: 2 });
    expect(r).toEqual({ ok: false, notice: expect.stringMatching(/not saved: storage is full \(QuotaExceededError/) });
    expect(store.load().value.name).toBe('kept');
  });

  it('works in memory when storage cannot even be touched', () => {
    const store = storeOn(throwingAccess, { label: 'settings' });
    const first = store.load();
    expect(first.value).toEqual(defaults);
    expect(first.notice).toMatch(/settings will not be saved/);
    const saved = store.save({ name: 'Bucho', score: 5 });
    expect(saved.ok).toBe(false);
    expect(saved.notice).toMatch(/settings will not be saved/);
    expect(store.load().value).toEqual({ name: 'Bucho', score: 5 });
  });

  it('works in memory when every write throws, keeping what it could read', () => {
    const ro = new ReadOnlyStorage();
    ro.map.set(KEY, JSON.stringify({ version: 2, value: { name: 'read', score: 4 } }));
    const store = storeOn(ro, { label: 'settings' });
    const r = store.load();
    expect(r.value.name).toBe('read');
    expect(r.notice).toMatch(/^settings will not be saved: storage is unavailable \(SecurityError/);
    expect(store.save({ name: 'mem', score: 1 }).ok).toBe(false);
    expect(store.load().value.name).toBe('mem');
  });

  it('treats getItem throwing as unavailable storage', () => {
    const broken = new MemoryStorage();
    broken.getItem = () => {
      throw new Error('disk I/O error');
    };
    const r = storeOn(broken, { label: 'settings' }).load();
    expect(r.value).toEqual(defaults);
    expect(r.notice).toMatch(/settings will not be saved.*disk I\/O error/);
  });

  it('refuses to save a value that fails the schema', () => {
    const mem = new MemoryStorage();
    const r = storeOn(mem).save({ name: 'x', score: 'nine' as unknown as number });
    expect(r.ok).toBe(false);
    expect(r.notice).toMatch(/score/);
    expect(mem.getItem(KEY)).toBeNull();
  });
});
