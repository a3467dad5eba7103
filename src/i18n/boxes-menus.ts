// The room each menu string has (title, level select, settings, pause, results, leaderboard,
// notices); see boxes.ts.
import type { TextBox } from './boxes';

export const MENU_BOXES: readonly TextBox[] = [];
