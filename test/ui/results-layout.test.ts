import { describe, expect, it } from 'vitest';
import { overlaps, type Box } from '../../src/ui/hud-layout';
import { layoutBoxes, PANEL, resultsLayout, textWidth, type ResultsContent } from '../../src/ui/results-layout';

const inside = (b: Box, p: Box) => b.x >= p.x && b.y >= p.y && b.x + b.w <= p.x + p.w && b.y + b.h <= p.y + p.h;

function expectClean(c: ResultsContent): void {
  const l = resultsLayout(c);
  const boxes = layoutBoxes(l);
  for (const [name, b] of boxes) expect(inside(b, PANEL), `${name} ${JSON.stringify(b)} inside the panel`).toBe(true);
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, ab] = boxes[i]!;
      const [b, bb] = boxes[j]!;
      expect(overlaps(ab, bb), `${a} ${JSON.stringify(ab)} overlaps ${b} ${JSON.stringify(bb)}`).toBe(false);
    }
  }
}

// The longest of each line the results can show.
const LONGEST_ROWS: [string, string][] = [
  ['Time', '99:59.999'],
  ['Full game', '99:59.999  (4 of 5 cleared)'],
  ['Kills', '120'],
  ['Accuracy', '100%  (999/999)'],
  ['Damage taken', '12'],
  ['Bystanders hit', '12'],
  ['Killed by', "a lieutenant - Campa's guitar-case machine guns"],
];
const LONG_MENU = ['Try again  (R)', 'Restart the run  (Shift+Backspace)', 'Next: Los Tejados', 'Save replay (.json)', 'Export splits (.lss)', 'Level select'];

const base: ResultsContent = {
  headline: 'PRACTICE  OUT OF TIME',
  title: 'El Tarasco',
  note: 'PRACTICE from split 3: Get the guitar case to the roof: not counted',
  seed: 'seed 4294967295 (random)',
  rows: LONGEST_ROWS,
  timeRow: 0,
  newBest: true,
  medal: true,
  splits: 5,
  deltas: true,
  sumOfBest: true,
  menu: LONG_MENU,
};

describe('results layout', () => {
  it('nothing overlaps and everything is on the panel for the longest content', () => {
    expectClean(base);
  });

  it('a full game with 5 splits, no medal', () => {
    expectClean({ ...base, headline: 'FULL GAME', medal: false, note: null, seed: 'run seed 4294967295 (random)', rows: LONGEST_ROWS.slice(0, 3) });
  });

  it('a death: a Killed by row, no chart, no medal', () => {
    expectClean({ ...base, headline: 'YOU DIED', medal: false, splits: 0, newBest: false });
  });

  it('a first clear: splits without deltas', () => {
    expectClean({ ...base, deltas: false, sumOfBest: false, splits: 1 });
  });

  it('any number of splits up to 8 (a level has at most 4, the full game 5) keeps its delta labels apart', () => {
    for (let n = 1; n <= 8; n++) expectClean({ ...base, splits: n });
  });

  it('a long value drops to the small scale rather than run into the right column', () => {
    const l = resultsLayout(base);
    expect(l.rows[6]!.value.scale).toBe(2);
    expect(l.rows[6]!.value.box.h).toBeGreaterThan(30); // wrapped onto two lines
    expect(l.rows[0]!.value.scale).toBe(3);
    expect(textWidth('ab', 3)).toBe(36);
  });
});
