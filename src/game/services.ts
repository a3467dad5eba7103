// What every scene shares: the input devices, the audio, the saved settings and progress.
// Created once at boot and kept in the game registry.
import type Phaser from 'phaser';
import type { GameAudio } from '../audio/game-audio';
import type { PlayerInput } from '../input/player-input';
import type { Settings } from '../storage/settings';
import type { RealClock } from './game-clock';
import type { LiveSplitLink } from '../speedrun/livesplit-server';
import type { RecordsStore } from '../speedrun/records-store';
import type { ProgressStore } from './progress';

export interface Services {
  readonly input: PlayerInput;
  readonly audio: GameAudio;
  settings: Settings;
  saveSettings(next: Settings): void;
  readonly progress: ProgressStore;
  /** Personal bests, golds, attempts and saved runs. */
  readonly records: RecordsStore;
  /** Link to the runner's LiveSplit (connected only when the setting is on). */
  readonly liveSplit: LiveSplitLink;
  /** Real time for the speedrun side (RTA): performance.now() in the page, stepped in tests. */
  readonly realTime: RealClock;
  /** Messages for the player about saving (storage unavailable, a corrupt save set aside). */
  readonly notices: string[];
}

const KEY = 'services';

export function setServices(game: Phaser.Game, services: Services): void {
  game.registry.set(KEY, services);
}

export function services(scene: Phaser.Scene): Services {
  const s = scene.registry.get(KEY) as Services | undefined;
  if (!s) throw new Error('services used before boot');
  return s;
}
