// Spanish (Mexico) for en/play.ts: every key, the same parameters.
import type { PLAY_EN } from '../en/play';

export const PLAY_ES: Record<keyof typeof PLAY_EN, string> = {
  'hud.enemiesLeft': 'quedan {n}',
};
