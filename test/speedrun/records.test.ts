import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIgt, ticksToMs } from '../../src/speedrun/igt';
import { lssTime, toLiveSplit } from '../../src/speedrun/livesplit';
import { deltaAtSplit, emptyRecords, recordFinish, splitTimes, startAttempt, sumOfBest, totalTicks, type Run } from '../../src/speedrun/records';

const run = (...ticks: number[]): Run => ({ category: 'full', segments: ticks.map((t, i) => ({ name: `Level ${i + 1}`, ticks: t, realMs: ticksToMs(t) + 500 })) });

describe('in-game time', () => {
  it('is ticks x 1000 / 60, shown m:ss.mmm', () => {
    expect(ticksToMs(60)).toBe(1000);
    expect(ticksToMs(1)).toBe(16);
    expect(formatIgt(0)).toBe('0:00.000');
    expect(formatIgt(748)).toBe('0:12.466');
    expect(formatIgt(60 * 60 * 61 + 30)).toBe('61:00.500');
  });
});

describe('personal bests and golds', () => {
  it('keeps the lowest total as PB and the best of each segment as gold', () => {
    let r = emptyRecords();
    const a = recordFinish(r, run(100, 200, 300));
    expect(a.newPb).toBe(true);
    expect(a.newGolds).toEqual([true, true, true]);
    r = a.records;
    const b = recordFinish(r, run(90, 260, 290));
    expect(b.newPb).toBe(false);
    expect(b.newGolds).toEqual([true, false, true]);
    expect(b.records.pb).toBe(r.pb);
    expect(b.records.golds).toEqual([90, 200, 290]);
    expect(sumOfBest(b.records, 3)).toBe(580);
    expect(sumOfBest(emptyRecords(), 3)).toBeNull();
  });

  it('gives the live delta against the PB at each split (negative = ahead)', () => {
    const r = recordFinish(emptyRecords(), run(100, 200, 300)).records;
    expect(splitTimes(r.pb!)).toEqual([100, 300, 600]);
    expect(deltaAtSplit(r, 0, 95)).toBe(-5);
    expect(deltaAtSplit(r, 1, 320)).toBe(20);
    expect(deltaAtSplit(emptyRecords(), 0, 10)).toBeNull();
  });

  it('sum of best never exceeds the PB, whatever the runs', () => {
    fc.assert(fc.property(fc.array(fc.array(fc.integer({ min: 1, max: 10_000 }), { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 20 }), (runs) => {
      let r = emptyRecords();
      for (const t of runs) r = recordFinish(startAttempt(r), run(...t)).records;
      expect(sumOfBest(r, 3)!).toBeLessThanOrEqual(totalTicks(r.pb!));
      expect(r.attempts).toBe(runs.length);
    }));
  });
});

/** A small well-formedness check: every tag closes in order, attributes are quoted. */
function wellFormed(xml: string): boolean {
  const stack: string[] = [];
  const body = xml.replace(/^<\?xml[^?]*\?>/, '');
  for (const m of body.matchAll(/<(\/?)([A-Za-z][\w.-]*)((?:\s+[\w:-]+="[^"<&]*")*)\s*(\/?)>|<|&(?!amp;|lt;|gt;|quot;|apos;)/g)) {
    if (m[0] === '<' || m[0].startsWith('&')) return false;
    const [, close, name, , selfClose] = m;
    if (selfClose) continue;
    if (close) {
      if (stack.pop() !== name) return false;
    } else stack.push(name!);
  }
  return stack.length === 0;
}

describe('LiveSplit export', () => {
  it('writes LiveSplit times with seven decimals', () => {
    expect(lssTime(12_466)).toBe('00:00:12.4660000');
    expect(lssTime(3_723_004)).toBe('01:02:03.0040000');
  });

  it('is well-formed XML that matches the splits, golds and attempts', () => {
    let r = startAttempt(emptyRecords());
    r = recordFinish(r, run(748, 1200)).records;
    r = startAttempt(r);
    const xml = toLiveSplit('Desperado', 'Full game <Any%> & "more"', ['El Tarasco', 'The church'], r);
    expect(wellFormed(xml)).toBe(true);
    expect(xml).toContain('<CategoryName>Full game &lt;Any%&gt; &amp; &quot;more&quot;</CategoryName>');
    expect(xml).toContain('<AttemptCount>2</AttemptCount>');
    // Cumulative PB split times: 748 ticks = 12.466 s, then 1948 ticks = 32.466 s.
    expect(xml).toContain('<SplitTime name="Personal Best"><RealTime>00:00:12.9660000</RealTime><GameTime>00:00:12.4660000</GameTime></SplitTime>');
    expect(xml).toContain('<GameTime>00:00:32.4660000</GameTime>');
    expect(xml).toContain('<BestSegmentTime><RealTime>00:00:20.5000000</RealTime><GameTime>00:00:20.0000000</GameTime></BestSegmentTime>');
    expect(xml.match(/<Segment>/g)).toHaveLength(2);
  });

  it('exports the layout of a category that has no PB yet', () => {
    const xml = toLiveSplit('Desperado', 'bar', ['El Tarasco'], emptyRecords());
    expect(wellFormed(xml)).toBe(true);
    expect(xml).toContain('<SplitTimes></SplitTimes>');
    expect(xml).toContain('<BestSegmentTime />');
  });
});
