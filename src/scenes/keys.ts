import type { TickInput } from '../sim/input';

// Scene keys, in the order they are registered (later ones draw on top).
export const SceneKey = {
  Boot: 'boot',
  Title: 'title',
  LevelSelect: 'levelSelect',
  Play: 'play',
  Hud: 'hud',
  Pause: 'pause',
  Results: 'results',
  Settings: 'settings',
  Error: 'error',
} as const;

/** Overlays that sit on top of a running level and are not "where the player is". */
export const OVERLAY_SCENES: readonly string[] = [SceneKey.Hud];

export interface PlayData {
  level: string;
  seed?: number;
  /** Recorded inputs to play instead of the devices (?inputs= links, tests). */
  inputs?: readonly TickInput[];
}
