// The game the server ranks runs of: its levels (read once from levels/), their fixed seeds and
// content hashes, and the boards they make. A board is (category, level hash): a changed map makes
// a new hash, so it starts a new board while the old one stays readable under its own hash.
import { createHash } from 'node:crypto';
import { loadLevel, loadLevelIndex, LEVELS_DIR } from '../headless/level-files';
import { levelContentHash } from '../replay/level-hash';
import type { GameLevel } from '../replay/verify-full-run';
import { FULL_CATEGORY, fullCategory, ilCategory } from '../speedrun/categories';

export interface ServerLevel extends GameLevel {
  readonly hash: string;
}

export interface ServerGame {
  readonly levels: readonly ServerLevel[];
  /** The full game's hash: every level's hash, in order (a change to any level starts new full boards). */
  readonly fullHash: string;
}

export function loadServerGame(dir: string = LEVELS_DIR): ServerGame {
  const levels = loadLevelIndex(dir).levels.map((e) => {
    const data = loadLevel(e.id, dir);
    return { data, seed: e.seed, hash: levelContentHash(data) };
  });
  const fullHash = createHash('sha256').update(levels.map((l) => `${l.data.id}:${l.hash}`).join('\n')).digest('hex').slice(0, 16);
  return { levels, fullHash };
}

/** Every category the game has: each level on its fixed board and on random ones, the full game both ways. */
export function categoriesOf(game: ServerGame): string[] {
  return [...game.levels.flatMap((l) => [ilCategory(l.data.id, true), ilCategory(l.data.id, false)]), fullCategory(false), fullCategory(true)];
}

/** The current level hash of a category's board, or null for a category this game does not have. */
export function boardHash(game: ServerGame, category: string): string | null {
  if (!categoriesOf(game).includes(category)) return null;
  const base = category.split('/')[0]!;
  if (base === FULL_CATEGORY) return game.fullHash;
  return game.levels.find((l) => l.data.id === base)?.hash ?? null;
}
