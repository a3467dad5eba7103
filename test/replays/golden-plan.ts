// Where the golden replays live and how long a recorded clear may take.
// Which bot records each level: src/headless/bots/level-bots.ts.
export const GOLDEN_DIR = 'test/replays';
export const MAX_GOLDEN_TICKS = 60 * 60 * 5;
