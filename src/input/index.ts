// Public face of src/input: devices in, TickInputs and UI actions out.
export { ACTION_LABELS, MENU_ACTIONS, MENU_KEYS, REBINDABLE_ACTIONS, isRebindable } from './actions';
export type { Action, MenuAction, RebindableAction } from './actions';
export { MAX_CODES_PER_ACTION, bindingsSchema, defaultBindings, rebind, validateBindings } from './bindings';
export type { Bindings, BindingsCheck, RebindResult } from './bindings';
export { describeCode, setKeyboardLayout } from './code-labels';
export { PAD_ACTIONS } from './gamepad';
export { loadKeyboardLayout } from './keyboard-mouse';
export { PlayerInput } from './player-input';
export type { Device, PlayerInputOptions } from './player-input';
