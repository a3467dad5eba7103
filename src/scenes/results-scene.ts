// Results: the outcome, the time against par, kills, accuracy, damage taken and a grade, the
// board it was played on and the splits chart; then retry, next scene, save the replay, export
// the splits, or back to level select. A full-game run shows its one clock and a split per level.
import Phaser from 'phaser';
import { levelEntry, levelIndex } from '../game/level-catalog';
import type { ResultsData } from '../game/results-data';
import { services } from '../game/services';
import { ATLAS } from '../render/textures';
import { categoryLabel } from '../speedrun/categories';
import { toLiveSplit } from '../speedrun/livesplit';
import { downloadText } from '../ui/download';
import { Menu, type MenuItem } from '../ui/menu';
import { panel } from '../ui/panel';
import { splitChart } from '../ui/split-chart';
import { resultsLayout, type PlacedText } from '../ui/results-layout';
import { Colors, headline, label } from '../ui/text';
import { SceneKey } from './keys';
import type { PlayScene } from './play-scene';
import { resultsText } from './results-rows';
import { updateHook } from './test-hook';

export type { ResultsData } from '../game/results-data';

const MEDALS: Record<string, string> = { S: 'medal_gold', A: 'medal_gold', B: 'medal_silver', C: 'medal_bronze' };

export class ResultsScene extends Phaser.Scene {
  private menu!: Menu;

  constructor() {
    super(SceneKey.Results);
  }

  create(data: ResultsData): void {
    const { width, height } = this.scale;
    const svc = services(this);
    const entry = levelEntry(data.level);
    this.add.rectangle(0, 0, width, height, 0x0d0b0e, 0.6).setOrigin(0, 0);
    const cleared = data.outcome === 'cleared';
    const fullEnd = data.full?.finished === true;
    const text = resultsText(data, entry?.title ?? data.level, entry?.parTicks ?? null, entry?.seed ?? null);
    const items = this.items(data, cleared, fullEnd);
    const medal = cleared && !data.full && data.mode !== 'practice' ? MEDALS[data.grade] : undefined;
    const chart = (cleared || data.full) && data.splits.length > 0;
    const l = resultsLayout({
      headline: text.headline, title: text.title, note: text.note, seed: text.seed, rows: text.rows, timeRow: text.timeRow, newBest: data.newBest,
      medal: medal !== undefined, splits: chart ? data.splits.length : 0, deltas: data.hadPb, sumOfBest: data.sumOfBest !== null, menu: items.map((i) => i.text),
    });
    // The panel is opaque (ui/panel.ts): nothing of the level shows through the text.
    panel(this, l.panel.x, l.panel.y, l.panel.w, l.panel.h);
    const at = (p: PlacedText, t: string, color: number) => label(this, p.x, p.y, t, p.scale, color);
    headline(this, l.headline.x, l.headline.y, text.headline, l.headline.scale, cleared ? Colors.gold : Colors.red);
    at(l.title, text.title, Colors.sand);
    if (text.note && l.note) at(l.note, text.note, data.failure && !data.practiceFrom ? Colors.red : Colors.blue);
    at(l.seed, text.seed, data.randomSeed ? Colors.gold : Colors.dim);
    text.rows.forEach(([k], i) => {
      const row = l.rows[i]!;
      at(row.label, k, Colors.dim);
      // As placed: the layout may have wrapped a long value.
      at(row.value, row.value.text, i === text.timeRow && data.newBest ? Colors.gold : Colors.cream);
    });
    if (l.newBest) at(l.newBest, 'NEW BEST', Colors.gold);
    if (medal && l.medal && l.grade) {
      this.add.image(l.medal.x + l.medal.w / 2, l.medal.y + l.medal.h / 2, ATLAS, medal).setScale(4);
      headline(this, l.grade.x, l.grade.y, data.grade, l.grade.scale, Colors.gold);
    }
    if (l.chart) splitChart(this, l.chart, data.splits, data.hadPb, data.sumOfBest);
    updateHook({ results: { headline: text.headline, title: text.title, note: text.note, seed: text.seed, rows: text.rows, newBest: data.newBest, menu: items.map((i) => i.text), panel: l.panel } });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => updateHook({ results: null }));
    this.menu = new Menu(this, items, { x: l.menu.x, y: l.menu.y, width: l.menu.width, lineHeight: l.menu.line, scale: l.menu.scale, onBack: () => this.quit(), onMove: () => svc.audio.play('uiMove') });
  }

  private items(data: ResultsData, cleared: boolean, fullEnd: boolean): MenuItem[] {
    const items: MenuItem[] = [];
    if (fullEnd) {
      items.push({ text: 'Run the full game again', onConfirm: () => this.restartRun() });
    } else {
      const again = data.mode === 'practice' ? 'Practise again' : data.mode === 'race' ? 'Race again' : cleared ? 'Play again' : 'Try again  (R)';
      items.push({ text: again, onConfirm: () => this.retry() });
      if (data.full) items.push({ text: 'Restart the run  (Shift+Backspace)', onConfirm: () => this.restartRun() });
    }
    const levels = levelIndex().levels;
    const next = levels[levels.findIndex((l) => l.id === data.level) + 1];
    if (cleared && next && data.mode === 'il') items.push({ text: `Next: ${next.title}`, onConfirm: () => this.goTo(next.id) });
    if (data.replay) {
      const { text, fileName } = data.replay;
      items.push({ text: 'Save replay (.json)', onConfirm: () => downloadText(fileName, text, 'application/json') });
    }
    if (data.category !== null && (!data.full || fullEnd)) items.push({ text: 'Export splits (.lss)', onConfirm: () => this.exportSplits(data) });
    items.push({ text: 'Level select', onConfirm: () => this.quit() });
    return items;
  }

  private exportSplits(data: ResultsData): void {
    const category = data.category!;
    const records = services(this).records.records(category);
    const name = categoryLabel(category, levelEntry(data.level)?.title);
    downloadText(`desperado-${category.replace('/', '-')}.lss`, toLiveSplit('Desperado', name, data.splitNames, records), 'application/xml');
  }

  private retry(): void {
    this.scene.stop();
    (this.scene.get(SceneKey.Play) as PlayScene).startRun();
  }

  private restartRun(): void {
    this.scene.stop();
    (this.scene.get(SceneKey.Play) as PlayScene).restartWholeRun();
  }

  private goTo(level: string): void {
    // Starting the running Play scene again shuts it down first: a fresh level.
    this.scene.start(SceneKey.Play, { level });
  }

  private quit(): void {
    this.scene.stop(SceneKey.Play);
    this.scene.start(SceneKey.LevelSelect);
  }

  override update(): void {
    const { input } = services(this);
    this.menu.update(input);
  }
}

