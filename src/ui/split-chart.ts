// A small chart of split deltas for the results panel: one bar per split, up (red) when behind the
// personal best and down (green) when ahead, gold for a best-ever segment; sum of best below.
import Phaser from 'phaser';
import type { SplitInfo } from '../game/run-tracker';
import { formatIgt } from '../speedrun/igt';
import { Colors, label } from './text';

function signed(ticks: number): string {
  const text = formatIgt(Math.abs(ticks)).replace(/^0:0?/, '');
  return `${ticks < 0 ? '-' : '+'}${text}`;
}

export function splitChart(scene: Phaser.Scene, x: number, y: number, w: number, h: number, splits: readonly SplitInfo[], hadPb: boolean, sumOfBest: number | null): void {
  const g = scene.add.graphics();
  g.fillStyle(0x0d0b0e, 0.6).fillRect(x, y, w, h);
  g.lineStyle(1, 0x8f8aa0, 0.8).lineBetween(x, y + h / 2, x + w, y + h / 2);
  const most = Math.max(1, ...splits.map((s) => Math.abs(s.delta ?? 0)));
  const bar = Math.min(40, (w - 16) / splits.length - 8);
  splits.forEach((s, i) => {
    const bx = x + 8 + i * (bar + 8);
    const delta = s.delta ?? 0;
    const len = (Math.abs(delta) / most) * (h / 2 - 4);
    const color = s.gold ? Colors.gold : delta > 0 ? Colors.red : Colors.green;
    g.fillStyle(color, 1).fillRect(bx, delta > 0 ? y + h / 2 - len : y + h / 2, bar, Math.max(2, len));
    if (hadPb && s.delta !== null) label(scene, bx + bar / 2, y + h + 4, signed(delta), 2, color).setOrigin(0.5, 0);
  });
  label(scene, x, y - 22, hadPb ? 'Splits vs your best' : 'Splits (first clear)', 2, Colors.dim);
  if (sumOfBest !== null) label(scene, x, y + h + (hadPb ? 26 : 6), `Sum of best ${formatIgt(sumOfBest)}`, 2, Colors.sand);
}
