// Every .lss the exporter can write, read back by livesplit-core (the official build of LiveSplit's
// own parser): no PB, a PB, many attempts (more than the history keeps), unicode names, full-game
// and individual-level categories. What it reads must be what the records hold: attempt history
// with matching ids, each segment's history, golds in real and game time.
import { Run, type TimeRef } from 'livesplit-core';
import { describe, expect, it } from 'vitest';
import { categoryLabel } from '../../src/speedrun/categories';
import { ticksToMs } from '../../src/speedrun/igt';
import { lssDate, toLiveSplit } from '../../src/speedrun/livesplit';
import {
  HISTORY_LIMIT, emptyRecords, recordFinish, recordUnfinished, startAttempt, type CategoryRecords, type Segment,
} from '../../src/speedrun/records';

const T0 = Date.UTC(2026, 11, 6, 16, 0, 0);
const seg = (name: string, ticks: number, realMs: number): Segment => ({ name, ticks, realMs });

/** A category played `n` times: every third attempt finishes, the others stop after some segments. */
function played(names: readonly string[], n: number, category = 'bar'): CategoryRecords {
  let r = emptyRecords();
  for (let k = 0; k < n; k++) {
    r = startAttempt(r, T0 + k * 60_000);
    // Times vary by attempt, so golds come from different attempts in real and game time.
    const segments = names.map((name, i) => seg(name, 300 + ((k * 37 + i * 11) % 90), 5200 + ((k * 53 + i * 7) % 1500)));
    if (k % 3 === 2) r = recordFinish(r, { category, segments }, T0 + k * 60_000 + 30_000).records;
    else r = recordUnfinished(r, segments.slice(0, k % names.length), T0 + k * 60_000 + 20_000);
  }
  return r;
}

const seconds = (t: TimeRef, which: 'real' | 'game') => (which === 'real' ? t.realTime() : t.gameTime())?.totalSeconds() ?? null;

/** A time read back: absent where none was written, else equal to the microsecond. */
function expectTime(actual: number | null, expected: number | null): void {
  if (expected === null) expect(actual).toBeNull();
  else expect(actual).toBeCloseTo(expected, 5);
}

/** Parses with livesplit-core and checks it against the records it was written from. */
function roundTrip(game: string, category: string, names: readonly string[], records: CategoryRecords): void {
  const xml = toLiveSplit(game, category, names, records);
  const parsed = Run.parseString(xml, 'splits.lss', false);
  expect(parsed.parsedSuccessfully()).toBe(true);
  const run = parsed.unwrap();
  try {
    expect(run.gameName()).toBe(game);
    expect(run.categoryName()).toBe(category);
    expect(run.len()).toBe(names.length);
    expect(run.attemptCount()).toBe(records.attempts);
    expect(run.attemptHistoryLen()).toBe(records.history.length);
    records.history.forEach((a, i) => {
      const parsedAttempt = run.attemptHistoryIndex(i);
      expect(parsedAttempt.index()).toBe(a.id);
      const time = parsedAttempt.time();
      if (a.finished) {
        expect(seconds(time, 'game')).toBeCloseTo(ticksToMs(a.segments.reduce((n, s) => n + s.ticks, 0)) / 1000, 5);
        expect(seconds(time, 'real')).toBeCloseTo(a.segments.reduce((n, s) => n + s.realMs, 0) / 1000, 5);
      } else {
        expect(seconds(time, 'game')).toBeNull();
      }
      expect(Date.parse(parsedAttempt.started()!.toRfc3339())).toBe(a.started);
      const ended = parsedAttempt.ended();
      expect(ended === null ? null : Date.parse(ended.toRfc3339())).toBe(a.ended);
    });
    const ids = new Set(records.history.map((a) => a.id));
    names.forEach((name, i) => {
      const segment = run.segment(i);
      expect(segment.name()).toBe(name);
      // (Read each time out at once: the parser hands out references into one shared buffer.)
      const goldGame = seconds(segment.bestSegmentTime(), 'game');
      const goldReal = seconds(segment.bestSegmentTime(), 'real');
      expectTime(goldGame, records.golds[i] === undefined ? null : ticksToMs(records.golds[i]!) / 1000);
      expectTime(goldReal, records.realGolds[i] === undefined ? null : records.realGolds[i]! / 1000);
      const history: { id: number; game: number | null; real: number | null }[] = [];
      const iter = segment.segmentHistory().iter();
      for (let e = iter.next(); e; e = iter.next()) history.push({ id: e.index(), game: seconds(e.time(), 'game'), real: seconds(e.time(), 'real') });
      const expected = records.history
        .filter((a) => a.segments[i] !== undefined)
        .map((a) => ({ id: a.id, game: ticksToMs(a.segments[i]!.ticks) / 1000, real: a.segments[i]!.realMs / 1000 }));
      expect(history.map((h) => h.id).sort((a, b) => a - b)).toEqual(expected.map((h) => h.id));
      for (const e of expected) {
        const h = history.find((x) => x.id === e.id)!;
        expect(h.game).toBeCloseTo(e.game, 5);
        expect(h.real).toBeCloseTo(e.real, 5);
      }
      // Every segment time belongs to an attempt of the history, and none beats its gold.
      for (const h of history) {
        expect(ids.has(h.id)).toBe(true);
        expect(h.game!).toBeGreaterThanOrEqual(goldGame! - 1e-6);
        expect(h.real!).toBeGreaterThanOrEqual(goldReal! - 1e-6);
      }
    });
    const pb = records.pb;
    if (pb) {
      let ticks = 0;
      let real = 0;
      pb.segments.forEach((s, i) => {
        ticks += s.ticks;
        real += s.realMs ?? 0;
        const split = run.segment(i).personalBestSplitTime();
        expect(seconds(split, 'game')).toBeCloseTo(ticksToMs(ticks) / 1000, 5);
        expect(seconds(split, 'real')).toBeCloseTo(real / 1000, 5);
      });
    }
  } finally {
    run.dispose();
  }
}

describe('.lss export read by livesplit-core', () => {
  const bar = ['Clear the bar', 'Tavo'];
  const full = ['El Tarasco', 'The church', 'Bucho\'s villa'];

  it('writes LiveSplit\'s attempt dates', () => {
    expect(lssDate(T0 + 5_000)).toBe('12/06/2026 16:00:05');
  });

  it('a category with no PB and no attempt', () => {
    roundTrip('Desperado', categoryLabel('bar', 'El Tarasco'), bar, emptyRecords());
  });

  it('attempts without a finish yet (the history has no times at the top level)', () => {
    roundTrip('Desperado', categoryLabel('bar', 'El Tarasco'), bar, played(bar, 2));
  });

  it('an individual level with a PB and attempts', () => {
    const r = played(bar, 12);
    expect(r.pb).not.toBeNull();
    roundTrip('Desperado', categoryLabel('bar/random', 'El Tarasco'), bar, r);
  });

  it('a full game with more attempts than the history keeps: the newest, ids as counted', () => {
    const r = played(full, HISTORY_LIMIT + 31, 'full');
    expect(r.history).toHaveLength(HISTORY_LIMIT);
    expect(r.history[0]!.id).toBe(32);
    roundTrip('Desperado', categoryLabel('full'), full, r);
  });

  it('unicode and XML characters in names', () => {
    const names = ['¡El Tarasco! <bar> & "más"', 'Ñandú 日本 🎸'];
    roundTrip('Desperado — el Mariachi', 'Any% «sin trucos» & <más>', names, played(names, 7, 'x'));
  });

  it('an attempt still open (the game closed mid-run) has no end', () => {
    const r = startAttempt(played(bar, 3), T0 + 999_000);
    expect(r.history.at(-1)!.ended).toBeNull();
    roundTrip('Desperado', 'bar', bar, r);
  });
});
