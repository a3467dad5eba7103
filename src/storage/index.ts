// Public face of src/storage: everything the game saves goes through here.
export { browserStorage } from './backend';
export type { StorageLike } from './backend';
export { createStore } from './store';
export type { LoadResult, SaveResult, Store, StoreOptions } from './store';
export { SETTINGS_KEY, SETTINGS_VERSION, createSettingsStore, defaultSettings, loadSettings, saveSettings, settingsSchema } from './settings';
export type { Settings } from './settings';
