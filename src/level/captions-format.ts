// Trigger captions: "Speaker: text", given as `caption`, `caption1`, `caption2`, … or as one
// multi-line `captions` property (one caption per line, blank lines ignored).

export interface Caption {
  readonly speaker: string;
  readonly text: string;
}

export const CAPTION_FORMAT = '"Speaker: text"';

/** Parses one "Speaker: text" line; null when it has no speaker or no text. */
export function parseCaption(line: string): Caption | null {
  const colon = line.indexOf(':');
  if (colon <= 0) return null;
  const speaker = line.slice(0, colon).trim();
  const text = line.slice(colon + 1).trim();
  if (speaker === '' || text === '') return null;
  return { speaker, text };
}

/** Splits a multi-line `captions` value into its non-blank lines (1-based line numbers kept). */
export function captionLines(value: string): { line: number; text: string }[] {
  return value
    .split(/\r?\n/)
    .map((text, i) => ({ line: i + 1, text: text.trim() }))
    .filter((l) => l.text !== '');
}

/** Property names that hold one caption: `caption` (order 0) and `caption<N>` (order N). */
export function captionOrder(name: string): number | null {
  if (name === 'caption') return 0;
  const m = /^caption([0-9]{1,4})$/.exec(name);
  return m ? Number(m[1]) : null;
}
