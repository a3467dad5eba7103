// Which records a run counts towards. A level played on its fixed board (the seed in
// levels/index.json) is its own category, "bar"; a run on any other board — the random-seed option,
// a ?seed= link, or racing a replay recorded on another seed — goes to "bar/random", so a lucky
// board never beats a fair one. The full game likewise: "full" and "full/random".
export const FULL_CATEGORY = 'full';
const RANDOM_SUFFIX = '/random';

export function ilCategory(levelId: string, fixedBoard: boolean): string {
  return fixedBoard ? levelId : levelId + RANDOM_SUFFIX;
}

export function fullCategory(randomSeed: boolean): string {
  return randomSeed ? FULL_CATEGORY + RANDOM_SUFFIX : FULL_CATEGORY;
}

export function isRandomCategory(category: string): boolean {
  return category.endsWith(RANDOM_SUFFIX);
}

/** The category's name for people (LiveSplit's category, the results). */
export function categoryLabel(category: string, levelTitle?: string): string {
  const random = isRandomCategory(category) ? ' (random seed)' : '';
  const base = category.replace(RANDOM_SUFFIX, '');
  return base === FULL_CATEGORY ? `Full game${random}` : `${levelTitle ?? base} (individual level)${random}`;
}
