import { describe, expect, it } from 'vitest';
import { RECENT_RUNS, RecordsStore } from '../../src/speedrun/records-store';
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
});
