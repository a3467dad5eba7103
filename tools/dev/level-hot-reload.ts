// Vite plugin (dev server only): a file saved in levels/ is sent to the page as a custom HMR event
// instead of Vite's default full reload, which would drop the player back at the title screen.
// The page (src/game/level-hot-reload.ts) re-parses the level and restarts it, or shows its error.
import path from 'node:path';
import type { Plugin } from 'vite';
import { LEVEL_SAVED_EVENT, type LevelSavedPayload } from '../../src/game/level-saved.ts';

const LEVEL_FILE = /\.(tmj|tsj|json)$/;

export function levelHotReload(levelsDir = 'levels'): Plugin {
  const root = path.resolve(levelsDir);
  return {
    name: 'desperado-level-hot-reload',
    apply: 'serve',
    async hotUpdate({ file, read, type }) {
      if (this.environment.name !== 'client') return;
      const name = path.relative(root, file);
      if (name.startsWith('..') || path.isAbsolute(name) || name.includes(path.sep) || !LEVEL_FILE.test(name)) return;
      const data: LevelSavedPayload = { file: name, text: type === 'delete' ? null : await read() };
      this.environment.hot.send({ type: 'custom', event: LEVEL_SAVED_EVENT, data });
      return [];
    },
  };
}
