// Settings: volumes, screen shake, captions, gamepad, the LiveSplit link (on/off and its state,
// the server's URL), and key bindings (by physical key, so any
// keyboard layout works). Saved through the storage module as they change. A key another action
// uses is only taken after the player confirms the swap, and an action left without a key is named.
import Phaser from 'phaser';
import { services } from '../game/services';
import { ACTION_LABELS, REBINDABLE_ACTIONS, type RebindableAction } from '../input/actions';
import { defaultBindings, describeCode, planRebind, unboundActions, type RebindPlan } from '../input/bindings';
import type { Settings } from '../storage/settings';
import { Menu, type MenuItem } from '../ui/menu';
import { swapDone, swapQuestion } from '../ui/rebind-prompt';
import { bindingText, liveSplitLinkText, onOffText, serverUrlText, shortValue, stepVolume, unboundWarning, volumeText } from '../ui/settings-values';
import { linkStateText, type LinkState } from '../speedrun/livesplit-server';
import { liveSplitUrlProblem, MAX_LIVESPLIT_URL_LENGTH } from '../speedrun/livesplit-url';
import { leaderboardLink } from '../leaderboard/link';
import { checkServerUrl, MAX_SERVER_URL_LENGTH } from '../leaderboard/server-url';
import { dropMenuPresses, TextField, type TextFieldOptions } from '../ui/text-field';
import { panel } from '../ui/panel';
import { Colors, headline, label } from '../ui/text';
import { SceneKey } from './keys';
import { LANG_NAMES, LANGS, lang, pickLang, setLang, t } from '../i18n';
import { assistItems } from './settings-assists';
import { updateHook } from './test-hook';

type Page = 'main' | 'speedrun' | 'controls' | 'assists';

export class SettingsScene extends Phaser.Scene {
  private menu: Menu | null = null;
  private returnTo: string = SceneKey.LevelSelect;
  private page: Page = 'main';
  private prompt!: Phaser.GameObjects.BitmapText;
  private heading!: Phaser.GameObjects.BitmapText;
  /** Actions with no key, named under the controls so nothing is lost unnoticed. */
  private warning!: Phaser.GameObjects.BitmapText;
  private capturing = false;
  /** The LiveSplit link state the menu last showed. */
  private linkShown: LinkState | null = null;
  /** A swap waiting for Enter (take the key) or Esc (keep the bindings as they were). */
  private pending: { action: RebindableAction; code: string; plan: Extract<RebindPlan, { kind: 'swap' }> } | null = null;
  /** The leaderboard server URL being typed. */
  private field: { readonly box: TextField; readonly keep: (text: string) => void } | null = null;

  constructor() {
    super(SceneKey.Settings);
  }

  create(data: { returnTo?: string }): void {
    this.returnTo = data.returnTo ?? SceneKey.LevelSelect;
    const { width, height } = this.scale;
    // Opaque: the menu this opened from (level select, pause) must not show at the edges.
    this.add.rectangle(0, 0, width, height, 0x0d0b0e, 1).setOrigin(0, 0);
    panel(this, 120, 40, width - 240, height - 80);
    this.heading = headline(this, width / 2, 64, t('settings.title'), 4, Colors.gold).setOrigin(0.5, 0);
    this.warning = label(this, width / 2, height - 136, '', 2, Colors.red).setOrigin(0.5, 0);
    this.prompt = label(this, width / 2, height - 108, '', 2, Colors.sand).setOrigin(0.5, 0).setCenterAlign();
    this.pending = null;
    this.capturing = false;
    this.field = null;
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.field?.box.destroy();
      this.field = null;
      updateHook({ settings: null, leaderboard: null });
    });
    this.show('main');
  }

  private save(patch: Partial<Settings>): void {
    const svc = services(this);
    const next = { ...svc.settings, ...patch };
    svc.saveSettings(next);
    svc.audio.setVolumes(next.volume);
    svc.input.setBindings(next.bindings);
    svc.input.setGamepadEnabled(next.gamepad.enabled);
    svc.input.setTouchLeftHanded(next.touchLeftHanded);
  }

  /** Draws a page; `at` keeps a line selected (the language row, redrawn in the new language). */
  private show(page: Page, at?: number): void {
    this.page = page;
    this.heading.setText(t('settings.title'));
    this.menu?.destroy();
    const svc = services(this);
    const items = page === 'main' ? this.mainItems()
      : page === 'speedrun' ? this.speedrunItems()
      : page === 'assists' ? assistItems(svc, { save: (patch) => this.save(patch), refresh: () => this.menu?.refresh(), back: () => this.show('main') })
      : this.controlItems();
    this.menu = new Menu(this, items, {
      x: 180, y: 140, width: this.scale.width - 380, lineHeight: page === 'controls' ? 22 : page === 'main' ? 36 : 40, scale: page === 'controls' ? 2 : 3,
      onBack: () => (page === 'main' ? this.close() : this.show('main')),
      onMove: () => svc.audio.play('uiMove'),
      ...(at !== undefined ? { start: at } : {}),
    });
    this.say(t(page === 'main' || page === 'speedrun' ? 'settings.prompt' : page === 'assists' ? 'assists.prompt' : 'settings.controlsPrompt'));
    this.showUnbound();
  }

  /** The prompt line, also told to window.__game for tests. */
  private say(text: string): void {
    this.prompt.setText(text);
    updateHook({ settings: { page: this.page, prompt: text, asking: this.pending !== null && !this.capturing } });
  }

  private showUnbound(): void {
    const none = unboundActions(services(this).settings.bindings);
    this.warning.setText(unboundWarning(this.page === 'controls', none.map((a) => ACTION_LABELS[a])));
  }

  /** An on/off line: left/right or Enter flips it. */
  private toggle(text: string, get: () => boolean, set: (v: boolean) => Partial<Settings>): MenuItem {
    return {
      text,
      value: () => onOffText(get()),
      onAdjust: () => this.save(set(!get())),
      onConfirm: () => {
        this.save(set(!get()));
        this.menu?.refresh();
      },
    };
  }

  private mainItems(): MenuItem[] {
    const svc = services(this);
    const volume = (key: 'master' | 'music' | 'sfx', text: string): MenuItem => ({
      text,
      value: () => volumeText(svc.settings.volume[key]),
      onAdjust: (d) => {
        this.save({ volume: { ...svc.settings.volume, [key]: stepVolume(svc.settings.volume[key], d) } });
        svc.audio.play('uiMove');
      },
    });
    return [
      volume('master', t('settings.masterVolume')),
      volume('music', t('settings.music')),
      volume('sfx', t('settings.effects')),
      this.toggle(t('settings.screenShake'), () => svc.settings.screenShake, (v) => ({ screenShake: v })),
      this.toggle(t('settings.captions'), () => svc.settings.showCaptions, (v) => ({ showCaptions: v })),
      this.languageItem(),
      this.toggle(t('settings.gamepad'), () => svc.settings.gamepad.enabled, (v) => ({ gamepad: { ...svc.settings.gamepad, enabled: v } })),
      this.toggle(t('settings.leftHanded'), () => svc.settings.touchLeftHanded, (v) => ({ touchLeftHanded: v })),
      { text: t('settings.speedrun'), onConfirm: () => this.show('speedrun') },
      { text: t('settings.assists'), onConfirm: () => this.show('assists') },
      { text: t('settings.controls'), onConfirm: () => this.show('controls') },
      { text: t('settings.back'), onConfirm: () => this.close() },
    ];
  }

  /** Auto (the browser's), English, Español: left/right or Enter steps through them; the page redraws in it. */
  private languageItem(): MenuItem {
    const svc = services(this);
    const choices = ['auto', ...LANGS] as const;
    const step = (d: number) => {
      const i = choices.indexOf(svc.settings.language);
      const language = choices[(i + d + choices.length) % choices.length]!;
      this.save({ language });
      setLang(language === 'auto' ? pickLang(null, 'auto', navigator.languages) : language);
      this.show('main', this.menu?.selected);
    };
    return {
      text: t('settings.language'),
      value: () => (svc.settings.language === 'auto' ? t('settings.languageAuto', { lang: LANG_NAMES[lang()] }) : LANG_NAMES[svc.settings.language]),
      onAdjust: (d) => step(d),
      onConfirm: () => step(1),
    };
  }

  /** Ghosts, boards, and the links to LiveSplit and a leaderboard server. */
  private speedrunItems(): MenuItem[] {
    const svc = services(this);
    return [
      this.toggle(t('settings.ghost'), () => svc.settings.ghost, (v) => ({ ghost: v })),
      this.toggle(t('settings.randomSeed'), () => svc.settings.randomSeed, (v) => ({ randomSeed: v })),
      {
        text: t('settings.liveSplitLink'),
        value: () => liveSplitLinkText(svc.settings.liveSplit, linkStateText(svc.liveSplit.state)),
        onAdjust: () => this.setLiveSplit(!svc.settings.liveSplit),
        onConfirm: () => {
          this.setLiveSplit(!svc.settings.liveSplit);
          this.menu?.refresh();
        },
      },
      { text: t('settings.liveSplitServer'), value: () => shortValue(svc.settings.liveSplitUrl, 30), onConfirm: () => this.editLiveSplitUrl() },
      {
        text: t('settings.leaderboardServer'),
        value: () => serverUrlText(svc.settings.leaderboardUrl, leaderboardLink(this)?.available === true && svc.settings.leaderboardUrl === ''),
        onConfirm: () => this.editServerUrl(),
      },
      { text: t('settings.back'), onConfirm: () => this.show('main') },
    ];
  }

  /** The link follows the setting: on dials the saved URL (and keeps dialling), off hangs up. */
  private setLiveSplit(on: boolean): void {
    const svc = services(this);
    this.save({ liveSplit: on });
    if (on) svc.liveSplit.connect(svc.settings.liveSplitUrl);
    else svc.liveSplit.disconnect();
  }

  /** LiveSplit's server URL in the text field; a bad one is named there and never saved. */
  private editLiveSplitUrl(): void {
    const svc = services(this);
    this.editUrl({
      prompt: t('settings.liveSplitPrompt'),
      initial: svc.settings.liveSplitUrl,
      maxLength: MAX_LIVESPLIT_URL_LENGTH,
      check: (text) => {
        const problem = liveSplitUrlProblem(text);
        return problem === null ? { ok: true } : { ok: false, message: problem };
      },
    }, (text) => {
      const url = text.trim();
      this.save({ liveSplitUrl: url });
      if (svc.settings.liveSplit) svc.liveSplit.connect(url);
      this.say(t('settings.liveSplitSaved', { url: shortValue(url, 40) }));
    });
  }

  private editServerUrl(): void {
    this.editUrl({
      prompt: t('settings.serverPrompt'),
      initial: services(this).settings.leaderboardUrl,
      maxLength: MAX_SERVER_URL_LENGTH,
      check: checkServerUrl,
    }, (text) => {
      const checked = checkServerUrl(text);
      if (checked.ok) this.save({ leaderboardUrl: checked.url });
    });
  }

  /** Opens the text field over the menu; `keep` gets the text Enter accepted. */
  private editUrl(opts: TextFieldOptions, keep: (text: string) => void): void {
    if (this.capturing || this.pending || this.field) return;
    this.menu!.active = false;
    this.field = { box: new TextField(this, { hint: t('settings.fieldHint'), ...opts }), keep };
  }

  /** One frame of the open field: Enter keeps a checked URL, Esc leaves the setting as it was. */
  private fieldFrame(): void {
    const { input } = services(this);
    const { box, keep } = this.field!;
    const state = box.update(this.time.now);
    dropMenuPresses(input);
    updateHook({ leaderboard: { category: null, entries: [], you: '', status: '', field: state.kind === 'editing' ? box.view : null } });
    if (state.kind === 'editing') return;
    box.destroy();
    this.field = null;
    if (state.kind === 'done') keep(state.text);
    this.menu!.active = true;
    this.menu!.refresh();
  }

  private controlItems(): MenuItem[] {
    const svc = services(this);
    const items: MenuItem[] = REBINDABLE_ACTIONS.map((action: RebindableAction) => ({
      text: ACTION_LABELS[action],
      value: () => bindingText(svc.settings.bindings[action], describeCode),
      onConfirm: () => void this.capture(action),
    }));
    items.push(
      { text: t('settings.resetKeys'), onConfirm: () => {
        this.save({ bindings: defaultBindings() });
        this.menu?.refresh();
      } },
      { text: t('settings.back'), onConfirm: () => this.show('main') },
    );
    return items;
  }

  private async capture(action: RebindableAction): Promise<void> {
    const svc = services(this);
    // (A click on another line while a swap waits for its answer is not a new question.)
    if (this.capturing || this.pending) return;
    this.capturing = true;
    this.menu!.active = false;
    this.say(t('settings.pressKeyFor', { action: ACTION_LABELS[action] }));
    const code = await svc.input.captureNextCode();
    const plan = code ? planRebind(svc.settings.bindings, action, 0, code) : null;
    if (code && plan?.kind === 'swap') {
      this.pending = { action, code, plan };
      this.say(swapQuestion(action, code, plan));
    } else {
      if (plan?.kind === 'free') this.save({ bindings: plan.bindings });
      this.say('');
    }
    this.afterKey();
  }

  /** Enter takes the key from the other action, Esc leaves every binding as it was. */
  private answerSwap(take: boolean): void {
    const pending = this.pending!;
    this.pending = null;
    this.capturing = true;
    if (take) this.save({ bindings: pending.plan.bindings });
    this.say(take ? swapDone(pending.code, pending.plan) : t('settings.keptAsWas'));
    this.afterKey();
  }

  private afterKey(): void {
    this.menu!.refresh();
    this.showUnbound();
    // Let the key that was just pressed go up before anything listens again.
    this.time.delayedCall(150, () => {
      this.capturing = false;
      if (this.menu) this.menu.active = this.pending === null;
      // Now listening for the answer (or the menu) again.
      this.say(this.prompt.text);
    });
  }

  private close(): void {
    this.scene.stop();
    this.scene.resume(this.returnTo);
  }

  override update(): void {
    const svc = services(this);
    const { input } = svc;
    input.poll(this.time.now);
    if (this.field) return this.fieldFrame();
    // The link's state changes on its own (LiveSplit started, closed): its line follows.
    if (svc.liveSplit.state !== this.linkShown) {
      this.linkShown = svc.liveSplit.state;
      this.menu?.refresh();
    }
    if (this.capturing) return;
    if (this.pending) {
      if (input.consumeAction('confirm')) this.answerSwap(true);
      else if (input.consumeAction('back')) this.answerSwap(false);
      return;
    }
    this.menu?.update(input);
  }
}

