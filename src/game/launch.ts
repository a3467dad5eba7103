// Opening a level straight from the URL (?level=bar&seed=7): for tests and for sharing a board;
// or a recorded run in the replay viewer (?replay= or #replay=<base64url of the replay file's text>).
import type Phaser from 'phaser';
import { SceneKey } from '../scenes/keys';
import type { PlayData, ReplayData } from './play-data';
import { decodeInputs } from '../replay/input-codec';
import { replayFromLink } from '../replay/replay-link';
import { showNotice } from '../ui/page-notice';
import type { TickInput } from '../sim';
import { FullGameSession } from './full-game-session';
import { levelIndex } from './level-catalog';
import { services } from './services';
import { parseLaunchParams } from './launch-params';

/**
 * Starts the replay or the level the URL names; false when it names none (or a bad one, after
 * saying so in one message: the caller then opens the title). A replay link wins over ?level=.
 */
export function launchLevelFromUrl(scene: Phaser.Scene): boolean {
  let known: string[];
  try {
    known = levelIndex().levels.map((l) => l.id);
  } catch (err) {
    showNotice(err instanceof Error ? err.message : String(err));
    return false;
  }
  const params = parseLaunchParams(window.location.search, known, window.location.hash);
  for (const e of params.errors) showNotice(e);
  if (params.replay !== null) {
    let data: ReplayData;
    try {
      data = { replay: replayFromLink(params.replay, known), returnTo: SceneKey.LevelSelect };
    } catch (err) {
      showNotice(err instanceof Error ? err.message : String(err));
      return false;
    }
    scene.scene.start(SceneKey.Replay, data);
    return true;
  }
  if (params.mode === 'full') {
    // One input list per level, in order: `inputs=<bar>,<church>` (base64url has no commas).
    const scripts = params.inputs === null ? [] : params.inputs.split(',').map((text, i) => decodeOrNull(text, `inputs for level ${i + 1}`) ?? []);
    const full = FullGameSession.start(services(scene), scripts, (n) => showNotice(n, 'info'));
    scene.scene.start(SceneKey.Play, { level: full.run.level.id, full } satisfies PlayData);
    return true;
  }
  if (!params.level) return false;
  const data: PlayData = { level: params.level };
  if (params.seed !== null) data.seed = params.seed;
  if (params.practice !== null) data.practice = params.practice;
  if (params.inputs !== null) {
    const inputs = decodeOrNull(params.inputs, 'inputs');
    if (inputs) data.inputs = inputs;
  }
  scene.scene.start(SceneKey.Play, data);
  return true;
}

function decodeOrNull(text: string, what: string): TickInput[] | null {
  try {
    return decodeInputs(text);
  } catch (err) {
    showNotice(`URL: ${what}: ${(err instanceof Error ? err.message : String(err)).replace(/^inputs: /, '')}`);
    return null;
  }
}
