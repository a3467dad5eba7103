// Results: the outcome, the time against par, kills, accuracy, damage taken and a grade, the
// board it was played on and the splits chart; then retry, next scene, save the replay, export
// the splits, or back to level select. A full-game run shows its one clock and a split per level.
import Phaser from 'phaser';
import { levelEntry, levelIndex } from '../game/level-catalog';
import type { ResultsData } from '../game/results-data';
import { services } from '../game/services';
import { levelText, t } from '../i18n';
import { ATLAS } from '../render/textures';
import { categoryLabel } from '../speedrun/categories';
import { toLiveSplit } from '../speedrun/livesplit';
import { downloadText } from '../ui/download';
import { Menu, type MenuItem } from '../ui/menu';
import { panel } from '../ui/panel';
import { showNotice } from '../ui/page-notice';
import { splitChart } from '../ui/split-chart';
import { resultsLayout, type PlacedText } from '../ui/results-layout';
import { Colors, headline, label, recolor } from '../ui/text';
import { leaderboardLink } from '../leaderboard/link';
import { checkName, MAX_NAME_LENGTH } from '../leaderboard/player-name';
import { statusLine, submittableRun } from '../leaderboard/results-submit';
import type { PendingRun } from '../leaderboard/saves';
import { dropMenuPresses, TextField } from '../ui/text-field';
import { SceneKey } from './keys';
import type { PlayScene } from './play-scene';
import { resultsText } from './results-rows';
import { updateHook } from './test-hook';

export type { ResultsData } from '../game/results-data';

const MEDALS: Record<string, string> = { S: 'medal_gold', A: 'medal_gold', B: 'medal_silver', C: 'medal_bronze' };

export class ResultsScene extends Phaser.Scene {
  private menu!: Menu;
  /** The player-name field, while it asks (once, before the first submission). */
  private field: TextField | null = null;
  /** Under the panel: what the submission did. */
  private submitLine!: Phaser.GameObjects.BitmapText;
  private submitted = false;
  private category: string | null = null;
  /** The run waiting for the name field. */
  private pendingRun: PendingRun | null = null;

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
    const text = resultsText(data, entry ? levelText(entry.title) : data.level, entry?.parTicks ?? null, entry?.seed ?? null);
    this.field = null;
    this.submitted = false;
    this.category = data.category;
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
    if (l.newBest) at(l.newBest, t('results.newBest'), Colors.gold);
    if (medal && l.medal && l.grade) {
      this.add.image(l.medal.x + l.medal.w / 2, l.medal.y + l.medal.h / 2, ATLAS, medal).setScale(4);
      headline(this, l.grade.x, l.grade.y, data.grade, l.grade.scale, Colors.gold);
    }
    if (l.chart) splitChart(this, l.chart, data.splits, data.hadPb, data.sumOfBest);
    updateHook({ results: { headline: text.headline, title: text.title, note: text.note, seed: text.seed, rows: text.rows, newBest: data.newBest, menu: items.map((i) => i.text), panel: l.panel } });
    this.submitLine = label(this, width / 2, l.panel.y + l.panel.h + 6, '', 2, Colors.sand).setOrigin(0.5, 0);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.field?.destroy();
      this.field = null;
      updateHook({ results: null, leaderboard: null });
    });
    this.menu = new Menu(this, items, { x: l.menu.x, y: l.menu.y, width: l.menu.width, lineHeight: l.menu.line, scale: l.menu.scale, onBack: () => this.quit(), onMove: () => svc.audio.play('uiMove') });
  }

  private items(data: ResultsData, cleared: boolean, fullEnd: boolean): MenuItem[] {
    const items: MenuItem[] = [];
    if (fullEnd) {
      items.push({ text: t('results.runAgain'), onConfirm: () => this.restartRun() });
    } else {
      const again = t(data.mode === 'practice' ? 'results.practiseAgain' : data.mode === 'race' ? 'results.raceAgain' : cleared ? 'results.playAgain' : 'results.tryAgain');
      items.push({ text: again, onConfirm: () => this.retry() });
      if (data.full) items.push({ text: t('results.restartRun'), onConfirm: () => this.restartRun() });
    }
    const levels = levelIndex().levels;
    const next = levels[levels.findIndex((l) => l.id === data.level) + 1];
    if (cleared && next && data.mode === 'il') items.push({ text: t('results.next', { level: levelText(next.title) }), onConfirm: () => this.goTo(next.id) });
    if (data.replay) {
      const { text, fileName } = data.replay;
      items.push({ text: t('results.saveReplay'), onConfirm: () => downloadText(fileName, text, 'application/json') });
    }
    const run = submittableRun(data);
    if (run && leaderboardLink(this)?.available) items.push({ text: t('results.submit'), onConfirm: () => this.submit(run) });
    if (data.category !== null && (!data.full || fullEnd)) items.push({ text: t('results.exportSplits'), onConfirm: () => this.exportSplits(data) });
    items.push({ text: t('results.levelSelect'), onConfirm: () => this.quit() });
    return items;
  }

  /** Asks for the player's name the first time, then sends the run (or queues it in the saves). */
  private submit(run: PendingRun): void {
    const link = leaderboardLink(this);
    if (!link || this.field) return;
    if (this.submitted) return this.sayLeaderboard(t('submit.already'));
    if (link.submissions.name === null) {
      this.menu.active = false;
      this.pendingRun = run;
      // Play runs under the results: paused while typing, so Backspace edits instead of restarting.
      this.scene.pause(SceneKey.Play);
      this.field = new TextField(this, {
        prompt: t('submit.namePrompt'),
        initial: '',
        maxLength: MAX_NAME_LENGTH,
        check: checkName,
        hint: t('submit.nameHint'),
      });
      this.sayLeaderboard('');
      return;
    }
    void this.send(run);
  }

  private async send(run: PendingRun): Promise<void> {
    const link = leaderboardLink(this)!;
    this.submitted = true;
    this.sayLeaderboard(t('submit.sending'));
    const outcome = await link.submissions.submit(link.client(), run);
    if (!this.scene.isActive() && !this.scene.isPaused()) return;
    // A refusal may be fixed by nothing the player can do here; a waiting run is already queued.
    this.sayLeaderboard(outcome.message, outcome.kind === 'refused' ? Colors.red : outcome.kind === 'ranked' ? Colors.gold : Colors.sand);
    // The line under the panel holds about 100 characters: a longer one is also said whole in the page.
    if (statusLine(outcome.message) !== outcome.message) showNotice(outcome.message, 'info', 'leaderboard');
  }

  private sayLeaderboard(text: string, color: number = Colors.sand): void {
    recolor(this.submitLine, color).setText(statusLine(text));
    const v = this.field?.view ?? null;
    updateHook({ leaderboard: { category: this.category, entries: [], you: '', status: text, field: v } });
  }

  /** One frame of the name field; on Enter the name is kept and the run sent, Esc leaves it unsent. */
  private fieldFrame(run: PendingRun | null): void {
    const { input } = services(this);
    input.poll(this.time.now);
    const state = this.field!.update(this.time.now);
    dropMenuPresses(input);
    if (state.kind === 'editing') {
      this.sayLeaderboard('');
      return;
    }
    this.field!.destroy();
    this.field = null;
    this.scene.resume(SceneKey.Play);
    input.resetLatches();
    this.menu.active = true;
    if (state.kind === 'cancelled' || !run) return this.sayLeaderboard(t('submit.not'));
    const name = checkName(state.text);
    if (name.ok) leaderboardLink(this)!.submissions.setName(name.name);
    void this.send(run);
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
    if (this.field) return this.fieldFrame(this.pendingRun);
    this.menu.update(input);
  }
}

