// LiveSplit splits (.lss): the runner's existing timer can load our personal best with its game
// time and real time, gold segments and attempt count.
import { ticksToMs } from './igt';
import { splitTimes, type CategoryRecords } from './records';

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
    const best = gold === undefined ? '<BestSegmentTime />' : `<BestSegmentTime>${times(ticksToMs(gold), undefined)}</BestSegmentTime>`;
    return `    <Segment>\n      <Name>${escapeXml(name)}</Name>\n      <Icon />\n      <SplitTimes>${split}</SplitTimes>\n      ${best}\n      <SegmentHistory />\n    </Segment>`;
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
    '  <AttemptHistory />',
    '  <Segments>',
    ...segments,
    '  </Segments>',
    '  <AutoSplitterSettings />',
    '</Run>',
    '',
  ].join('\n');
}
