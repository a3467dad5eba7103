// Which records a run counts towards. A level played on its fixed board (the seed in
// levels/index.json) is its own category, "bar"; a run on any other board — the random-seed option,
// a ?seed= link, or racing a replay recorded on another seed — goes to "bar/random", so a lucky
// board never beats a fair one. The full game likewise: "full" and "full/random". A run with any
// assist on (src/sim/assists.ts) goes to the same name with "+assist" ("bar+assist",
// "full/random+assist"): assisted records, splits and PBs never mix with unassisted ones.
export const FULL_CATEGORY = 'full';
export const RANDOM_SUFFIX = '/random';
export const ASSIST_SUFFIX = '+assist';

const withAssist = (category: string, assisted: boolean): string => (assisted ? category + ASSIST_SUFFIX : category);

export function ilCategory(levelId: string, fixedBoard: boolean, assisted = false): string {
  return withAssist(fixedBoard ? levelId : levelId + RANDOM_SUFFIX, assisted);
}

export function fullCategory(randomSeed: boolean, assisted = false): string {
  return withAssist(randomSeed ? FULL_CATEGORY + RANDOM_SUFFIX : FULL_CATEGORY, assisted);
}

export function isAssistedCategory(category: string): boolean {
  return category.endsWith(ASSIST_SUFFIX);
}

function unassisted(category: string): string {
  return isAssistedCategory(category) ? category.slice(0, -ASSIST_SUFFIX.length) : category;
}

export function isRandomCategory(category: string): boolean {
  return unassisted(category).endsWith(RANDOM_SUFFIX);
}

/** The category's name for people (LiveSplit's category, the results). */
export function categoryLabel(category: string, levelTitle?: string): string {
  const random = isRandomCategory(category) ? ' (random seed)' : '';
  const assisted = isAssistedCategory(category) ? ' (assisted)' : '';
  const base = unassisted(category).replace(RANDOM_SUFFIX, '');
  return (base === FULL_CATEGORY ? `Full game${random}` : `${levelTitle ?? base} (individual level)${random}`) + assisted;
}
