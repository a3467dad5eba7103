import { describe, expect, it } from 'vitest';
import { HISTORY_LIMIT } from '../../src/speedrun/records';
import { MAX_SAVED_TEXT, RECENT_RUNS, RecordsStore } from '../../src/speedrun/records-store';
import type { StorageLike } from '../../src/storage/backend';

class MemoryStorage implements StorageLike {
  readonly map = new Map<string, string>();
  failWrites = 0;
  get length() { return this.map.size; }
  key(i: number) { return [...this.map.keys()][i] ?? null; }
  getItem(k: string) { return this.map.get(k) ?? null; }
  setItem(k: string, v: string) {
    if (this.failWrites > 0) {
      this.failWrites--;
      throw new Error('disk on fire');
    }
    this.map.set(k, v);
  }
  removeItem(k: string) { this.map.delete(k); }
  clear() { this.map.clear(); }
}

const run = (ticks: number) => ({ category: 'bar', segments: [{ name: 'Clear the bar', ticks: ticks - 100 }, { name: 'Tavo', ticks: 100 }] });

describe('records store', () => {
  it('keeps PBs, golds and attempts across a reload', () => {
    const disk = new MemoryStorage();
    const a = new RecordsStore(disk);
    a.startAttempt('bar');
    expect(a.finish(run(900), 'replay-900', 1).newPb).toBe(true);
    a.startAttempt('bar');
    expect(a.finish(run(1000), 'replay-1000', 2).newPb).toBe(false);
    const b = new RecordsStore(disk);
    const r = b.records('bar');
    expect(r.attempts).toBe(2);
    expect(r.finishes).toBe(2);
    expect(r.pb!.segments.reduce((n, s) => n + s.ticks, 0)).toBe(900);
    expect(b.pbReplay('bar')).toBe('replay-900');
    expect(b.runs().map((x) => x.text)).toEqual(['replay-900', 'replay-1000']);
  });

  it('keeps every PB and only the last few other runs', () => {
    const s = new RecordsStore(new MemoryStorage());
    s.finish(run(500), 'pb', 0);
    for (let i = 0; i < RECENT_RUNS + 5; i++) s.finish(run(600 + i), `run-${i}`, i);
    expect(s.runs()).toHaveLength(RECENT_RUNS + 1);
    expect(s.runs()[0]!.text).toBe('pb');
    expect(s.runs()[1]!.text).toBe(`run-${RECENT_RUNS + 4}`);
    s.finish(run(400), 'new-pb', 99);
    expect(s.runs().filter((x) => x.pb).map((x) => x.text)).toEqual(['new-pb']);
  });

  it('a crash in the middle of saving a new PB never loses the previous PB', () => {
    const disk = new MemoryStorage();
    const s = new RecordsStore(disk);
    s.finish(run(900), 'old-pb', 1);
    // The temporary copy is written, then the swap fails.
    disk.failWrites = 0;
    const original = disk.setItem.bind(disk);
    let writes = 0;
    disk.setItem = (k, v) => {
      if (++writes === 2) throw new Error('power cut');
      original(k, v);
    };
    s.finish(run(800), 'new-pb', 2);
    const reloaded = new RecordsStore(disk);
    const total = reloaded.records('bar').pb!.segments.reduce((n, x) => n + x.ticks, 0);
    expect([800, 900]).toContain(total);
  });

  it('corrupt storage gives defaults, a notice, and a backup', () => {
    const disk = new MemoryStorage();
    disk.map.set('desperado.records', '{"version":1,"value":{"categories":{"bar":{"pb":7}}}}');
    const s = new RecordsStore(disk);
    expect(s.records('bar').pb).toBeNull();
    expect(s.notice).toMatch(/personal bests/);
    expect([...disk.map.keys()].some((k) => k.startsWith('desperado.records.corrupt'))).toBe(true);
  });

  it('keeps full-game PBs, golds and attempts beside the levels, across a reload', () => {
    const disk = new MemoryStorage();
    const a = new RecordsStore(disk);
    a.startAttempt('full');
    a.startAttempt('full');
    expect(a.finish(fullRun([600, 740, 300]), 'full-1640', 1).newPb).toBe(true);
    a.startAttempt('bar');
    a.finish(run(900), 'bar-900', 2);
    const slower = a.finish(fullRun([500, 900, 300]), 'full-1700', 3);
    expect(slower.newPb).toBe(false);
    expect(slower.newGolds).toEqual([true, false, false]);
    const b = new RecordsStore(disk);
    expect(b.records('full')).toMatchObject({ attempts: 2, finishes: 2, golds: [500, 740, 300] });
    expect(b.records('full').pb!.segments.map((s) => s.ticks)).toEqual([600, 740, 300]);
    expect(b.pbReplay('full')).toBe('full-1640');
    expect(b.pbReplay('bar')).toBe('bar-900');
    expect(b.records('full/random').pb).toBeNull();
  });

  it('a crash while saving a new full-game PB keeps the old one or the new one, whole', () => {
    const disk = new MemoryStorage();
    new RecordsStore(disk).finish(fullRun([600, 740, 300]), 'old', 1);
    for (let failAt = 1; failAt <= 6; failAt++) {
      const copy = new MemoryStorage();
      for (const [k, v] of disk.map) copy.map.set(k, v);
      const s = new RecordsStore(copy);
      const original = copy.setItem.bind(copy);
      let writes = 0;
      copy.setItem = (k, v) => {
        if (++writes === failAt) throw new Error('power cut');
        original(k, v);
      };
      s.finish(fullRun([500, 700, 300]), 'new', 2);
      const pb = new RecordsStore(copy).records('full').pb!;
      expect([[600, 740, 300], [500, 700, 300]]).toContainEqual(pb.segments.map((x) => x.ticks));
    }
  });

  it('a corrupt full-game record is set aside with a notice; the runs survive', () => {
    const disk = new MemoryStorage();
    new RecordsStore(disk).finish(fullRun([600, 740, 300]), 'full-pb', 1);
    disk.map.set('desperado.records', '{"version":2,"value":{"categories":{"full":{"pb":{"category":"full","segments":"?"}}}}}');
    const s = new RecordsStore(disk);
    expect(s.records('full').pb).toBeNull();
    expect(s.notice).toMatch(/personal bests/);
    expect([...disk.map.keys()].some((k) => k.startsWith('desperado.records.corrupt'))).toBe(true);
    expect(s.runs().map((r) => r.text)).toEqual(['full-pb']);
  });

  it('saved replays stay within the storage budget, PBs first', () => {
    const s = new RecordsStore(new MemoryStorage());
    const big = (c: string) => c.repeat(Math.floor(MAX_SAVED_TEXT * 0.4));
    s.finish(fullRun([100, 100, 100]), big('p'), 0);
    for (const c of 'abcd') s.finish(fullRun([200, 200, 200]), big(c), 1);
    expect(s.runs().map((r) => r.text[0])).toEqual(['p', 'd']);
    expect(s.runs().reduce((n, r) => n + r.text.length, 0)).toBeLessThanOrEqual(MAX_SAVED_TEXT);
  });

  it('moves the runs out of a version 1 record into their own key', () => {
    const disk = new MemoryStorage();
    const v1 = { categories: { bar: { pb: run(900), golds: [800, 100], attempts: 3, finishes: 1 } }, runs: [{ category: 'bar', ticks: 900, pb: true, savedAt: 1, text: 'old-pb' }] };
    disk.map.set('desperado.records', JSON.stringify({ version: 1, value: v1 }));
    const s = new RecordsStore(disk);
    expect(s.notice).toBeUndefined();
    expect(s.records('bar').attempts).toBe(3);
    expect(s.pbReplay('bar')).toBe('old-pb');
    // Upgraded to the current format: an empty attempt history, real-time golds from the PB.
    const bar = { ...v1.categories.bar, realGolds: [], history: [] };
    expect(JSON.parse(disk.map.get('desperado.records')!)).toEqual({ version: 3, value: { categories: { bar } } });
    expect(new RecordsStore(disk).pbReplay('bar')).toBe('old-pb');
  });

  it('loads a version 2 record (no attempt history): PB, golds and attempts kept, real golds from the PB', () => {
    const disk = new MemoryStorage();
    const pb = { category: 'bar', segments: [{ name: 'Clear the bar', ticks: 800, realMs: 13_500 }, { name: 'Tavo', ticks: 100, realMs: 1_900 }] };
    const v2 = { categories: { bar: { pb, golds: [780, 100], attempts: 9, finishes: 2 }, full: { pb: null, golds: [], attempts: 1, finishes: 0 } } };
    disk.map.set('desperado.records', JSON.stringify({ version: 2, value: v2 }));
    const s = new RecordsStore(disk);
    expect(s.notice).toBeUndefined();
    expect(s.records('bar')).toEqual({ ...v2.categories.bar, realGolds: [13_500, 1_900], history: [] });
    expect(s.records('full')).toMatchObject({ attempts: 1, realGolds: [], history: [] });
    // New attempts go on from the old count, so LiveSplit's ids stay unique.
    s.startAttempt('bar', 1000);
    s.endAttempt('bar', [{ name: 'Clear the bar', ticks: 770, realMs: 14_000 }], 2000);
    expect(new RecordsStore(disk).records('bar')).toMatchObject({
      attempts: 10, golds: [770, 100], realGolds: [13_500, 1_900],
      history: [{ id: 10, started: 1000, ended: 2000, finished: false, segments: [{ ticks: 770, realMs: 14_000 }] }],
    });
  });

  it('keeps the last attempts only, however many are played', () => {
    const s = new RecordsStore(new MemoryStorage());
    for (let i = 0; i < HISTORY_LIMIT + 50; i++) s.startAttempt('bar', i);
    const r = s.records('bar');
    expect(r.attempts).toBe(HISTORY_LIMIT + 50);
    expect(r.history).toHaveLength(HISTORY_LIMIT);
    expect(r.history[0]!.id).toBe(51);
    // A second end of the same attempt changes nothing.
    s.endAttempt('bar', [], 5);
    expect(s.endAttempt('bar', [{ name: 'x', ticks: 1, realMs: 1 }], 6)).toBeUndefined();
    expect(s.records('bar').history.at(-1)).toMatchObject({ ended: 5, segments: [] });
  });
});

function fullRun(levels: number[]) {
  return { category: 'full', segments: levels.map((ticks, i) => ({ name: `Level ${i + 1}`, ticks })) };
}
