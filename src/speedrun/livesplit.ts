// LiveSplit splits (.lss): the runner's existing timer can load our personal best with its game
// time and real time, gold segments (both timing methods), attempt count, and the attempt history
// with each segment's history (LiveSplit's graphs and statistics), ids matching as LiveSplit
// writes them: an attempt's id in AttemptHistory is the id of its times in every SegmentHistory.
import { ticksToMs } from './igt';
import { splitTimes, type AttemptRecord, type CategoryRecords } from './records';

/** LiveSplit's time format: HH:MM:SS.fffffff (7 decimal places). */
export function lssTime(ms: number): string {
  const whole = Math.floor(ms);
  const h = Math.floor(whole / 3_600_000);
  const m = Math.floor((whole % 3_600_000) / 60_000);
  const s = Math.floor((whole % 60_000) / 1000);
  const frac = whole % 1000;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(h)}:${two(m)}:${two(s)}.${String(frac).padStart(3, '0')}0000`;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

function times(gameMs: number, realMs: number | undefined): string {
  const real = realMs === undefined ? '' : `<RealTime>${lssTime(realMs)}</RealTime>`;
  return `${real}<GameTime>${lssTime(gameMs)}</GameTime>`;
}

/** LiveSplit's attempt dates: MM/dd/yyyy HH:mm:ss in UTC. */
export function lssDate(msSince1970: number): string {
  const d = new Date(msSince1970);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getUTCMonth() + 1)}/${two(d.getUTCDate())}/${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
}

/** One <Attempt>: its dates, and its final times when it finished the category. */
function attemptXml(a: AttemptRecord): string {
  const dates = `id="${a.id}" started="${lssDate(a.started)}" isStartedSynced="True"${a.ended === null ? '' : ` ended="${lssDate(a.ended)}" isEndedSynced="True"`}`;
  if (!a.finished) return `    <Attempt ${dates} />`;
  const ticks = a.segments.reduce((n, s) => n + s.ticks, 0);
  const real = a.segments.reduce((n, s) => n + s.realMs, 0);
  return `    <Attempt ${dates}>${times(ticksToMs(ticks), real)}</Attempt>`;
}

/** A segment's history: one <Time> per attempt that completed it, under that attempt's id. */
function segmentHistoryXml(history: readonly AttemptRecord[], index: number): string {
  const entries = history
    .filter((a) => a.segments[index] !== undefined)
    .map((a) => `<Time id="${a.id}">${times(ticksToMs(a.segments[index]!.ticks), a.segments[index]!.realMs)}</Time>`);
  return entries.length === 0 ? '<SegmentHistory />' : `<SegmentHistory>\n        ${entries.join('\n        ')}\n      </SegmentHistory>`;
}

/**
 * The .lss document for a category. `segmentNames` gives every segment (so a category with no PB
 * yet still exports its layout).
 */
export function toLiveSplit(game: string, category: string, segmentNames: readonly string[], records: CategoryRecords): string {
  const pb = records.pb;
  const cumulative = pb ? splitTimes(pb) : [];
  let realSoFar = 0;
  const segments = segmentNames.map((name, i) => {
    const seg = pb?.segments[i];
    if (seg?.realMs !== undefined) realSoFar += seg.realMs;
    const split = seg && cumulative[i] !== undefined ? `<SplitTime name="Personal Best">${times(ticksToMs(cumulative[i]!), seg.realMs === undefined ? undefined : realSoFar)}</SplitTime>` : '';
    const gold = records.golds[i];
    const best = gold === undefined ? '<BestSegmentTime />' : `<BestSegmentTime>${times(ticksToMs(gold), records.realGolds[i])}</BestSegmentTime>`;
    return `    <Segment>\n      <Name>${escapeXml(name)}</Name>\n      <Icon />\n      <SplitTimes>${split}</SplitTimes>\n      ${best}\n      ${segmentHistoryXml(records.history, i)}\n    </Segment>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<Run version="1.7.0">',
    '  <GameIcon />',
    `  <GameName>${escapeXml(game)}</GameName>`,
    `  <CategoryName>${escapeXml(category)}</CategoryName>`,
    '  <Metadata><Run id="" /><Platform usesEmulator="False">PC</Platform><Variables /></Metadata>',
    '  <Offset>00:00:00</Offset>',
    `  <AttemptCount>${records.attempts}</AttemptCount>`,
    ...(records.history.length === 0 ? ['  <AttemptHistory />'] : ['  <AttemptHistory>', ...records.history.map(attemptXml), '  </AttemptHistory>']),
    '  <Segments>',
    ...segments,
    '  </Segments>',
    '  <AutoSplitterSettings />',
    '</Run>',
    '',
  ].join('\n');
}
