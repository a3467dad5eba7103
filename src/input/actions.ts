// The actions the player can trigger. Gameplay actions are rebindable; menu actions are fixed
// (arrows/WASD/Enter/Space/Escape, d-pad/A/B) so a bad rebinding can never lock anyone out of menus.
import { t } from '../i18n';

export const REBINDABLE_ACTIONS = [
  'moveUp', 'moveDown', 'moveLeft', 'moveRight',
  'fire', 'dive', 'reload', 'use', 'switchWeapon', 'slot1', 'slot2', 'slot3', 'slot4', 'throw', 'focus',
  'pause', 'restart',
] as const;

export const MENU_ACTIONS = ['confirm', 'back', 'menuUp', 'menuDown', 'menuLeft', 'menuRight'] as const;

export type RebindableAction = (typeof REBINDABLE_ACTIONS)[number];
export type MenuAction = (typeof MENU_ACTIONS)[number];
export type Action = RebindableAction | MenuAction;

/** Labels for the controls screen, in the current language (read at each use: Settings may switch it). */
export const ACTION_LABELS: Readonly<Record<Action, string>> = Object.defineProperties(
  {} as Record<Action, string>,
  Object.fromEntries([...REBINDABLE_ACTIONS, ...MENU_ACTIONS].map((a) => [a, { get: () => t(`action.${a}`), enumerable: true }])),
);

/** Fixed keyboard codes for menu actions (by physical position, like the bindings). */
export const MENU_KEYS: Readonly<Record<MenuAction, readonly string[]>> = {
  confirm: ['Enter', 'NumpadEnter', 'Space'],
  back: ['Escape'],
  menuUp: ['ArrowUp', 'KeyW'],
  menuDown: ['ArrowDown', 'KeyS'],
  menuLeft: ['ArrowLeft', 'KeyA'],
  menuRight: ['ArrowRight', 'KeyD'],
};

/** Menu moves auto-repeat while held (key repeat events are ignored, and pads have none). */
export const REPEATING_ACTIONS: ReadonlySet<Action> = new Set<Action>(['menuUp', 'menuDown', 'menuLeft', 'menuRight']);

export function isRebindable(a: string): a is RebindableAction {
  return (REBINDABLE_ACTIONS as readonly string[]).includes(a);
}
