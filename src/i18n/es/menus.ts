// Spanish (Mexico) for en/menus.ts: every key, the same parameters.
import type { MENUS_EN } from '../en/menus';

export const MENUS_ES: Record<keyof typeof MENUS_EN, string> = {
  'title.pressAnyKey': 'Presiona cualquier tecla',
};
