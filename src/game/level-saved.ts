// Edit and see: the dev server tells the page when a file in levels/ was saved (Tiled's Save), and
// the page re-reads that level without reloading itself. The message and which levels a save
// touches are here, shared by the Vite plugin (tools/dev/level-hot-reload.ts) and the page.

export const LEVEL_SAVED_EVENT = 'desperado:level-saved';

export interface LevelSavedPayload {
  /** The file's name inside levels/, e.g. "bar.tmj". */
  readonly file: string;
  /** Its new text; null when it was deleted. */
  readonly text: string | null;
}

/** The ids of the levels a saved file changes: a map, its users' levels; the index or a tileset, all. */
export function levelsTouchedBy(file: string, levels: readonly { readonly id: string; readonly file: string }[]): string[] {
  if (file.endsWith('.tmj')) return levels.filter((l) => l.file === file).map((l) => l.id);
  return levels.map((l) => l.id);
}
