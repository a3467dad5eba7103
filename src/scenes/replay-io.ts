// Replay files in the browser: saving a run as a downloaded .json file, and opening one in the
// replay viewer by the file picker, by dropping it anywhere on the page, or by a #replay= link
// pasted into a tab where the game already runs (?replay= links are read at boot: launch.ts). Files are checked like
// links (size first, then parseReplay and the level): a bad one is one message in the page, then
// the title — except over a level being played, which a bad drop never interrupts.
import { downloadText } from '../ui/download';
import type Phaser from 'phaser';
import { levelIndex, loadLevel } from '../game/level-catalog';
import type { PlayData, ReplayData } from '../game/play-data';
import { SceneKey } from './keys';
import { replayFileName } from '../replay/replay-name';
import { showNotice } from '../ui/page-notice';
import { verifyReplay } from '../replay/record';
import { replayToText, type CheckedReplay, type ReplayFile } from '../replay/replay-file';
import { checkReplaySize, readReplayText, replayFileText, replayFromLink } from '../replay/replay-link';
import { t } from '../i18n';

/** The page's one hidden file input (tests fill it with page.setInputFiles). */
export const REPLAY_INPUT_ID = 'replay-file-input';

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

export { replayFileName };

/** Saves a replay as a .json download (the browser asks or saves to its downloads folder). */
export function downloadReplay(replay: ReplayFile, fileName = replayFileName(replay)): void {
  downloadText(fileName, replayToText(replay), 'application/json');
}

/** Reads and checks a replay file (size before reading, then JSON, fields, inputs and level). */
export async function readReplayFile(file: File): Promise<CheckedReplay> {
  const name = file.name || 'replay file';
  checkReplaySize(file.size, name);
  const known = levelIndex().levels.map((l) => l.id);
  // The same decoding as verify's (src/level/json-text.ts decodeUtf8): UTF-8, a BOM dropped.
  const text = replayFileText(new Uint8Array(await file.arrayBuffer()), name);
  return readReplayText(text, name, known);
}

/** Scenes that may be running; the viewer replaces them all. */
function activeScenes(game: Phaser.Game): string[] {
  return game.scene.getScenes(false).map((s) => s.sys.settings.key).filter((k) => game.scene.isActive(k) || game.scene.isPaused(k) || game.scene.isSleeping(k));
}

/** Opens the viewer on a checked replay, over whatever is running (which is stopped). */
export function openReplayViewer(game: Phaser.Game, replay: CheckedReplay, returnTo: string = SceneKey.LevelSelect, name?: string): void {
  for (const key of activeScenes(game)) if (key !== SceneKey.Replay) game.scene.stop(key);
  const data: ReplayData = { replay, returnTo, ...(name ? { name } : {}) };
  // Starting the viewer while it runs restarts it with the new replay.
  game.scene.start(SceneKey.Replay, data);
}

/**
 * Why a replay cannot be raced (it must verify on this game's version of its level, as the viewer
 * checks), or null when it can.
 */
export function whyNotRace(replay: CheckedReplay): string | null {
  let verdict;
  try {
    verdict = verifyReplay(replay, loadLevel(replay.replay.level));
  } catch (err) {
    return message(err);
  }
  return verdict.verified ? null : t('replayIo.cannotRace', { why: verdict.reason });
}

/** Starts its level on its board with the replay's El as the ghost; a message instead if it does not verify. */
export function raceReplay(game: Phaser.Game, replay: CheckedReplay, name: string): boolean {
  const why = whyNotRace(replay);
  if (why) {
    showNotice(why);
    return false;
  }
  for (const key of activeScenes(game)) if (key !== SceneKey.Play) game.scene.stop(key);
  const data: PlayData = { level: replay.replay.level, race: { replay, name } };
  game.scene.start(SceneKey.Play, data);
  return true;
}

/** A replay that could not be opened: one message, then the title (a level being played stays). */
function importFailed(game: Phaser.Game, err: unknown): void {
  showNotice(message(err));
  const running = activeScenes(game);
  if (running.includes(SceneKey.Play) || running.includes(SceneKey.Boot)) return;
  for (const key of running) game.scene.stop(key);
  game.scene.start(SceneKey.Title);
}

/** The game is past boot: scenes may be started (services exist, the title or a level is up). */
function ready(game: Phaser.Game): boolean {
  return game.registry.has('services') && !game.scene.isActive(SceneKey.Boot);
}

async function importFile(game: Phaser.Game, file: File, returnTo: string, then: PickerUse = 'view'): Promise<void> {
  if (!ready(game)) {
    showNotice(t('replayIo.loading'), 'info');
    return;
  }
  let replay: CheckedReplay;
  try {
    replay = await readReplayFile(file);
  } catch (err) {
    importFailed(game, err);
    return;
  }
  if (then === 'race') raceReplay(game, replay, file.name || 'a replay');
  else openReplayViewer(game, replay, returnTo, file.name || undefined);
}

/** What a file chosen in the picker is for: watching it, or racing it. */
export type PickerUse = 'view' | 'race';

let installed: { input: HTMLInputElement; returnTo: string; then: PickerUse } | null = null;

/**
 * Once per page, at startup: the hidden file input and drag-and-drop of a file anywhere on the
 * page. Both open the viewer; Esc there goes back to level select (or, after openReplayPicker,
 * to the scene that opened the picker).
 */
export function installReplayImport(game: Phaser.Game): void {
  if (installed) return;
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = '.json,application/json';
  input.id = REPLAY_INPUT_ID;
  input.hidden = true;
  input.setAttribute('aria-label', t('replayIo.openFile'));
  document.body.appendChild(input);
  const state = { input, returnTo: SceneKey.LevelSelect as string, then: 'view' as PickerUse };
  installed = state;
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    const { returnTo, then } = state;
    state.returnTo = SceneKey.LevelSelect;
    state.then = 'view';
    // Cleared so choosing the same file again fires `change` again.
    input.value = '';
    if (file) void importFile(game, file, returnTo, then);
  });

  const carriesFiles = (e: DragEvent) => !!e.dataTransfer && Array.from(e.dataTransfer.types).includes('Files');
  window.addEventListener('dragover', (e) => {
    if (!carriesFiles(e)) return;
    // Without this the browser would open the dropped file in place of the game.
    e.preventDefault();
    e.dataTransfer!.dropEffect = 'copy';
  });
  window.addEventListener('drop', (e) => {
    if (!carriesFiles(e)) return;
    e.preventDefault();
    const files = e.dataTransfer!.files;
    const file = files[0];
    if (!file) return;
    if (files.length > 1) showNotice(`${files.length} files dropped: opening the first, ${file.name}.`, 'info');
    void importFile(game, file, SceneKey.LevelSelect);
  });

  // A #replay= link pasted into the tab the game runs in changes only the fragment: no reload.
  window.addEventListener('hashchange', () => {
    const value = new URLSearchParams(window.location.hash.replace(/^#/, '')).get('replay');
    if (value === null || !ready(game)) return;
    let replay: CheckedReplay;
    try {
      replay = replayFromLink(value, levelIndex().levels.map((l) => l.id));
    } catch (err) {
      importFailed(game, err);
      return;
    }
    openReplayViewer(game, replay, SceneKey.LevelSelect);
  });
}

/**
 * Opens the browser's file picker for a replay; the chosen file opens in the viewer, whose Esc
 * comes back to `scene` (a scene that needs no start data, such as level select) — or, with
 * `then` = 'race', starts its level with the replay as the ghost.
 */
export function openReplayPicker(scene: Phaser.Scene, then: PickerUse = 'view'): void {
  installReplayImport(scene.game);
  installed!.returnTo = scene.sys.settings.key;
  installed!.then = then;
  installed!.input.click();
}
