// What the Leaderboard screen shows, from a board the server sent: the categories to page through,
// each entry's line, and the player's own rank. Pure.
import { ASSIST_SUFFIX, FULL_CATEGORY, fullCategory, ilCategory, isAssistedCategory, isRandomCategory, RANDOM_SUFFIX } from '../speedrun/categories';
import { formatIgt } from '../speedrun/igt';
import type { BoardEntry } from './api-schemas';
import { drawableText } from '../ui/drawable-text';
import { levelText, t } from '../i18n';

/** Entries shown per board. */
export const BOARD_SIZE = 20;

/** Every board, in order: each level on its fixed board and on random seeds, then the full game. */
export function boardCategories(levelIds: readonly string[]): string[] {
  return [...levelIds.flatMap((id) => [ilCategory(id, true), ilCategory(id, false)]), fullCategory(false), fullCategory(true)];
}

export function boardTitle(category: string, levelTitle: (id: string) => string | undefined): string {
  const base = category.replace(ASSIST_SUFFIX, '').replace(RANDOM_SUFFIX, '');
  const title = base === FULL_CATEGORY ? t('board.full') : levelText(levelTitle(base) ?? base);
  return title + (isRandomCategory(category) ? t('board.random') : '') + (isAssistedCategory(category) ? t('board.assisted') : '');
}

export function entryLine(e: BoardEntry, you: string | null): { text: string; time: string } {
  const mine = you !== null && e.player === you;
  return { text: `${String(e.rank).padStart(2)}. ${drawableText(e.player)}${mine ? t('board.you') : ''}`, time: formatIgt(e.ticks) };
}

/** The player's line under the board. */
export function yourRank(entries: readonly BoardEntry[], you: string | null): string {
  if (you === null) return t('board.noName');
  const mine = entries.find((e) => e.player === you);
  return mine ? t('board.yourRank', { rank: mine.rank, name: drawableText(you) }) : t('board.notInTop', { name: drawableText(you), n: BOARD_SIZE });
}

/** Only a level's board can be raced (a full-game run is several levels). */
export function canRace(category: string): boolean {
  return category !== fullCategory(false) && category !== fullCategory(true);
}
