// Where everything on the results panel goes, as a pure function of what it shows, so a test can
// prove that nothing overlaps for the longest content (a full game of five splits, a long seed
// label, every row including "Killed by"). Widths are measured with each font's widest advance,
// so a real line is never wider than its box here. The scene only draws what this places.
import { t } from '../i18n';
import type { Box } from './hud-layout';

/** Widest advance of a glyph at scale 1: the text face (5 px glyphs + 1) and the title face. */
export const SMALL_ADVANCE = 6;
export const TITLE_ADVANCE = 13;
// The text face leaves its cell's last row empty (spacing): ink is 10 rows.
const SMALL_HEIGHT = 10;
const TITLE_HEIGHT = 16;

export interface ResultsContent {
  readonly headline: string;
  readonly title: string;
  readonly note: string | null;
  readonly seed: string;
  readonly rows: readonly (readonly [string, string])[];
  /** Row whose value is the time (the "NEW BEST" mark goes after it). */
  readonly timeRow: number;
  readonly newBest: boolean;
  /** A medal and grade (a cleared single level). */
  readonly medal: boolean;
  /** The splits chart: how many bars (0 = no chart), and whether there are deltas and a sum of best under it. */
  readonly splits: number;
  readonly deltas: boolean;
  readonly sumOfBest: boolean;
  readonly menu: readonly string[];
}

export interface PlacedText {
  /** The text as placed (a long value may have been wrapped onto two lines). */
  readonly text: string;
  /** Top-left of the text (the scene uses origin 0,0). */
  readonly x: number;
  readonly y: number;
  readonly scale: number;
  readonly box: Box;
}

export interface ResultsLayout {
  readonly panel: Box;
  readonly headline: PlacedText;
  readonly title: PlacedText;
  readonly note: PlacedText | null;
  readonly seed: PlacedText;
  readonly rows: readonly { readonly label: PlacedText; readonly value: PlacedText }[];
  readonly newBest: PlacedText | null;
  readonly medal: Box | null;
  readonly grade: PlacedText | null;
  readonly chart: {
    readonly caption: PlacedText;
    readonly bars: Box;
    /** Where each split's delta is centred (staggered over two lines so neighbours never touch). */
    readonly deltas: readonly { readonly cx: number; readonly y: number }[];
    readonly barWidth: number;
    readonly barPitch: number;
    readonly sumOfBest: PlacedText | null;
  } | null;
  readonly menu: { readonly x: number; readonly y: number; readonly width: number; readonly line: number; readonly scale: number; readonly items: readonly Box[] };
}

export const PANEL: Box = { x: 120, y: 30, w: 1040, h: 660 };
const PAD = 24;
/** The left column (rows, menu) and the right one (medal, chart). */
const LEFT = PANEL.x + 48;
const RIGHT = PANEL.x + 690;
const RIGHT_W = PANEL.x + PANEL.w - PAD - RIGHT;
const ROW_LINE = 32;
const ROWS_Y = PANEL.y + 184;
const VALUE_X = LEFT + 282;
const MENU_LINE = 28;
/** Widest a split delta can be ("+1:02.345") and the sum of best line, in characters. */
export const DELTA_CHARS = 9;

export function textWidth(text: string, scale: number, title = false): number {
  const longest = Math.max(...text.split('\n').map((l) => Array.from(l).length));
  return longest * (title ? TITLE_ADVANCE : SMALL_ADVANCE) * scale;
}

function place(text: string, x: number, y: number, scale: number, align: 'left' | 'centre' | 'right' = 'left', title = false): PlacedText {
  const w = textWidth(text, scale, title);
  // Lines are a cell plus one pixel apart (font-data.ts); the last line's ink ends above its cell.
  const h = ((text.split('\n').length - 1) * ((title ? TITLE_HEIGHT : SMALL_HEIGHT + 1) + 1) + (title ? TITLE_HEIGHT : SMALL_HEIGHT)) * scale;
  const left = align === 'left' ? x : align === 'centre' ? x - w / 2 : x - w;
  return { text, x: left, y, scale, box: { x: left, y, w, h } };
}

/** `text` broken at spaces into lines of at most `chars` characters. */
export function wrap(text: string, chars: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && (line + ' ' + word).length > chars) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  lines.push(line);
  return lines.join('\n');
}

/** The largest of `scales` at which `text` fits in `width`, else the smallest. */
function fit(text: string, width: number, scales: readonly number[], title = false): number {
  return scales.find((s) => textWidth(text, s, title) <= width) ?? scales[scales.length - 1]!;
}

export function resultsLayout(c: ResultsContent): ResultsLayout {
  const cx = PANEL.x + PANEL.w / 2;
  const inner = PANEL.w - 2 * PAD;
  const seed = place(c.seed, PANEL.x + PANEL.w - PAD, PANEL.y + 16, 2, 'right');
  const headline = place(c.headline, cx, PANEL.y + 44, fit(c.headline, inner, [4, 3, 2], true), 'centre', true);
  const title = place(c.title, cx, PANEL.y + 112, fit(c.title, inner, [3, 2]), 'centre');
  const note = c.note === null ? null : place(c.note, cx, PANEL.y + 150, fit(c.note, inner, [2, 1]), 'centre');
  // Values may run up to the right column; a long one drops to the small scale, and one still too
  // long ("Killed by" a long weapon name) wraps onto a second line, pushing the rows below down.
  const valueRoom = RIGHT - 24 - VALUE_X;
  let y = ROWS_Y;
  const rows = c.rows.map(([k, v]) => {
    const vs = fit(v, valueRoom, [3, 2]);
    const text = textWidth(v, vs) <= valueRoom ? v : wrap(v, Math.floor(valueRoom / (SMALL_ADVANCE * vs)));
    const row = { label: place(k, LEFT, y, fit(k, VALUE_X - 16 - LEFT, [3, 2])), value: place(text, VALUE_X, y + (vs === 3 ? 0 : 5), vs) };
    y = Math.max(y + ROW_LINE, row.value.box.y + row.value.box.h + 12);
    return row;
  });
  const rowsEnd = y;
  const time = rows[c.timeRow]?.value;
  const newBest = c.newBest && time ? place(t('results.newBest'), time.box.x + time.box.w + 16, time.y + 6, 2) : null;
  let rightY = ROWS_Y;
  let medal: Box | null = null;
  let grade: PlacedText | null = null;
  if (c.medal) {
    medal = { x: RIGHT + RIGHT_W / 2 - 36, y: rightY, w: 72, h: 72 };
    grade = place('S', RIGHT + RIGHT_W / 2, rightY + 80, 4, 'centre', true);
    rightY = grade.box.y + grade.box.h + 24;
  }
  let chart: ResultsLayout['chart'] = null;
  if (c.splits > 0) {
    const caption = place('Splits vs your best', RIGHT, rightY, 2);
    const bars: Box = { x: RIGHT, y: rightY + 30, w: RIGHT_W, h: 60 };
    const barPitch = (bars.w - 16) / c.splits;
    const barWidth = Math.min(40, barPitch - 8);
    // A delta label is wider than its bar: the outer ones are kept inside the column.
    const half = textWidth('+'.padEnd(DELTA_CHARS, '9'), 2) / 2;
    // Each label takes the first line where it clears the one before it there: neighbours never touch.
    const lineEnds: number[] = [];
    const deltas = !c.deltas ? [] : Array.from({ length: c.splits }, (_, i) => {
      const cx = Math.min(Math.max(bars.x + 8 + i * barPitch + barWidth / 2, bars.x + half), bars.x + bars.w - half);
      let line = lineEnds.findIndex((end) => end + 8 <= cx - half);
      if (line < 0) line = lineEnds.push(0) - 1;
      lineEnds[line] = cx + half;
      return { cx, y: bars.y + bars.h + 4 + line * 24 };
    });
    const lines = lineEnds.length;
    const below = bars.y + bars.h + 4 + (c.deltas ? lines * 24 : 0);
    chart = { caption, bars, deltas, barWidth, barPitch, sumOfBest: c.sumOfBest ? place('Sum of best 99:59.999', RIGHT, below + 4, 2) : null };
  }
  const menuY = Math.max(rowsEnd + 8, PANEL.y + PANEL.h - PAD - c.menu.length * MENU_LINE);
  const menuItems = c.menu.map((m, i) => place(m, LEFT + 30, menuY + i * MENU_LINE, 2).box);
  return { panel: PANEL, headline, title, note, seed, rows, newBest, medal, grade, chart, menu: { x: LEFT, y: menuY, width: RIGHT - 24 - LEFT, line: MENU_LINE, scale: 2, items: menuItems } };
}

/** Every box the layout places, named, for the overlap test (and for a look in the devtools). */
export function layoutBoxes(l: ResultsLayout, deltaText = '+'.padEnd(DELTA_CHARS, '9')): [string, Box][] {
  const out: [string, Box][] = [['headline', l.headline.box], ['title', l.title.box], ['seed', l.seed.box]];
  if (l.note) out.push(['note', l.note.box]);
  l.rows.forEach((r, i) => out.push([`row ${i} label`, r.label.box], [`row ${i} value`, r.value.box]));
  if (l.newBest) out.push(['new best', l.newBest.box]);
  if (l.medal) out.push(['medal', l.medal]);
  if (l.grade) out.push(['grade', l.grade.box]);
  if (l.chart) {
    out.push(['chart caption', l.chart.caption.box], ['chart', l.chart.bars]);
    l.chart.deltas.forEach((d, i) => out.push([`delta ${i}`, place(deltaText, d.cx, d.y, 2, 'centre').box]));
    if (l.chart.sumOfBest) out.push(['sum of best', l.chart.sumOfBest.box]);
  }
  l.menu.items.forEach((b, i) => out.push([`menu ${i}`, b]));
  return out;
}
