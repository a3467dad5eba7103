// The words on the level-select lines: each scene's best (or its par, or "locked"), the full game's
// best, the random-seed switch, and the practice page's chosen start. Pure.
import { t } from '../i18n';
import { formatIgt } from '../speedrun/igt';

/** Longest practice start label shown before it is cut with "...". */
export const PRACTICE_LABEL_CHARS = 40;

/** Cuts text to `max` characters, ending in "..." when it was longer. */
export function shorten(text: string, max = PRACTICE_LABEL_CHARS): string {
  return text.length > max ? `${text.slice(0, max - 3)}...` : text;
}

/** A scene's line: locked; else the best time and grade once cleared; else the par to beat. */
export function levelRowValue(unlocked: boolean, best: { readonly bestTicks: number; readonly bestGrade: string } | undefined, parTicks: number): string {
  if (!unlocked) return t('select.locked');
  return best ? `${formatIgt(best.bestTicks)}  ${best.bestGrade}` : t('select.par', { time: formatIgt(parTicks) });
}

/** The full game's line: the best whole run, or what it is before there is one. */
export function fullGameValue(pbTicks: number | null, levelCount: number): string {
  return pbTicks !== null ? t('select.best', { time: formatIgt(pbTicks) }) : t('select.fullGameValue', { n: levelCount });
}

export function randomSeedValue(on: boolean): string {
  return t(on ? 'select.seedOn' : 'select.seedOff');
}

/** A practice line: locked, or where the run will start from. */
export function practiceValue(unlocked: boolean, startLabel: string): string {
  return unlocked ? t('select.from', { start: shorten(startLabel) }) : t('select.locked');
}
