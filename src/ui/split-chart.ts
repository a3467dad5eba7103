// A small chart of split deltas for the results panel: one bar per split, up (red) when behind the
// personal best and down (green) when ahead, gold for a best-ever segment; sum of best below. Where
// each part goes is the results layout's call (results-layout.ts).
import Phaser from 'phaser';
import type { SplitInfo } from '../game/run-tracker';
import { formatIgt } from '../speedrun/igt';
import type { ResultsLayout } from './results-layout';
import { Colors, label } from './text';
import { t } from '../i18n';

function signed(ticks: number): string {
  const text = formatIgt(Math.abs(ticks)).replace(/^0:0?/, '');
  return `${ticks < 0 ? '-' : '+'}${text}`;
}

export function splitChart(scene: Phaser.Scene, at: NonNullable<ResultsLayout['chart']>, splits: readonly SplitInfo[], hadPb: boolean, sumOfBest: number | null): void {
  const { x, y, w, h } = at.bars;
  const g = scene.add.graphics();
  g.fillStyle(0x0d0b0e, 0.6).fillRect(x, y, w, h);
  g.lineStyle(1, 0x8f8aa0, 0.8).lineBetween(x, y + h / 2, x + w, y + h / 2);
  const most = Math.max(1, ...splits.map((s) => Math.abs(s.delta ?? 0)));
  splits.forEach((s, i) => {
    const bx = x + 8 + i * at.barPitch;
    const delta = s.delta ?? 0;
    const len = (Math.abs(delta) / most) * (h / 2 - 4);
    const color = s.gold ? Colors.gold : delta > 0 ? Colors.red : Colors.green;
    g.fillStyle(color, 1).fillRect(bx, delta > 0 ? y + h / 2 - len : y + h / 2, at.barWidth, Math.max(2, len));
    const d = at.deltas[i];
    if (hadPb && s.delta !== null && d) label(scene, d.cx, d.y, signed(delta), 2, color).setOrigin(0.5, 0);
  });
  label(scene, at.caption.x, at.caption.y, hadPb ? t('chart.vsBest') : t('chart.firstClear'), 2, Colors.dim);
  if (sumOfBest !== null && at.sumOfBest) label(scene, at.sumOfBest.x, at.sumOfBest.y, t('chart.sumOfBest', { time: formatIgt(sumOfBest) }), 2, Colors.sand);
}
