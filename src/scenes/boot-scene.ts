// Boot: bakes the art into textures, makes the shared services, renders the sounds behind a
// progress bar, then opens the title — or, with ?level=…, the level itself.
import Phaser from 'phaser';
import { GameAudio } from '../audio/game-audio';
import { audioWanted } from '../audio/audio-wanted';
import { performanceClock } from '../game/game-clock';
import { launchLevelFromUrl } from '../game/launch';
import { ProgressStore } from '../game/progress';
import { LiveSplitLink } from '../speedrun/livesplit-server';
import { LIVESPLIT_URL, liveSplitUrlProblem } from '../speedrun/livesplit-url';
import { RecordsStore } from '../speedrun/records-store';
import { setServices, type Services } from '../game/services';
import { PlayerInput } from '../input/player-input';
import { registerTextures } from '../render/textures';
import { loadSettings, saveSettings } from '../storage/settings';
import { pickLang, setLang, t, urlLang } from '../i18n';
import { Colors, headline, label } from '../ui/text';
import { showNotice } from '../ui/page-notice';
import { SceneKey } from './keys';

export class BootScene extends Phaser.Scene {
  constructor() {
    super(SceneKey.Boot);
  }

  create(): void {
    registerTextures(this);
    const { width, height } = this.scale;
    headline(this, width / 2, height / 2 - 80, 'DESPERADO', 5).setOrigin(0.5);
    const bar = this.add.graphics();
    const caption = label(this, width / 2, height / 2 + 60, t('boot.tuning'), 2, Colors.dim).setOrigin(0.5);
    const drawBar = (f: number) => {
      bar.clear();
      bar.fillStyle(0x3a2f3d).fillRect(width / 2 - 200, height / 2 + 20, 400, 12);
      bar.fillStyle(Colors.gold).fillRect(width / 2 - 198, height / 2 + 22, 396 * f, 8);
    };
    drawBar(0);

    const settingsLoad = loadSettings();
    const asked = urlLang(window.location.search);
    if (asked.error) showNotice(asked.error);
    setLang(pickLang(asked.lang, settingsLoad.value.language, navigator.languages));
    const progress = new ProgressStore();
    const records = new RecordsStore();
    const liveSplit = new LiveSplitLink();
    const liveSplitUrl = settingsLoad.value.liveSplitUrl;
    const urlProblem = liveSplitUrlProblem(liveSplitUrl);
    if (urlProblem) showNotice(`${urlProblem}; using ${LIVESPLIT_URL}`, 'info');
    if (settingsLoad.value.liveSplit) liveSplit.connect(urlProblem ? LIVESPLIT_URL : liveSplitUrl);
    const sound = audioWanted({ automated: navigator.webdriver === true, query: new URLSearchParams(window.location.search) });
    if (sound.error) showNotice(sound.error);
    const audio = new GameAudio({ silent: !sound.wanted });
    // Unwritable storage answers every save with the same notice: say it once.
    let saveWarned = false;
    const services: Services = {
      input: new PlayerInput(this.game.canvas, settingsLoad.value.bindings),
      audio,
      settings: settingsLoad.value,
      saveSettings(next) {
        this.settings = next;
        const r = saveSettings(next);
        if (r.notice && !saveWarned) {
          saveWarned = true;
          showNotice(r.notice, 'info');
        }
      },
      progress,
      records,
      liveSplit,
      realTime: performanceClock,
      notices: [settingsLoad.notice, progress.notice, records.notice].filter((n): n is string => !!n),
    };
    for (const n of services.notices) showNotice(n, 'info');
    audio.setVolumes(services.settings.volume);
    services.input.setGamepadEnabled(services.settings.gamepad.enabled);
    services.input.setTouchLeftHanded(services.settings.touchLeftHanded);
    setServices(this.game, services);

    void audio
      .init((f) => drawBar(f))
      .catch((err: unknown) => showNotice(t('boot.soundOff', { why: err instanceof Error ? err.message : String(err) }), 'info'))
      .then(() => {
        caption.setText('');
        drawBar(1);
        if (!launchLevelFromUrl(this)) this.scene.start(SceneKey.Title);
      });
  }
}
