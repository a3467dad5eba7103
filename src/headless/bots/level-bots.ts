// The bot that plays each level best (by clear rate over 200 seeds; see the README's table).
// Goldens, the benchmark and `--bot best` use it; levels not listed fall back to the tactician.
export const LEVEL_BOTS: Readonly<Record<string, string>> = {
  bar: 'tactician',
  church: 'tactician',
  rooftops: 'tactician',
  street: 'tactician',
  ranch: 'tactician',
};

export function botForLevel(levelId: string): string {
  return LEVEL_BOTS[levelId] ?? 'tactician';
}
