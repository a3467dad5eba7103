// Whether this page makes sound. Rendering every effect and music loop costs about half a second of
// the main thread at each start, which automated pages (the test clock, navigator.webdriver) spend
// for nothing: no one listens, and every e2e spec starts a page or more. They get silence unless a
// spec asks with ?audio=on (the smoke and first-minute specs do, so the audio start is still run in
// a real browser); ?audio=off silences any page.

export interface AudioPageFacts {
  /** navigator.webdriver: Playwright and other automation. */
  readonly automated: boolean;
  readonly query: URLSearchParams;
}

/** Whether to make sound, and the one-line message for an `audio` value that is neither on nor off. */
export function audioWanted(page: AudioPageFacts): { wanted: boolean; error: string | null } {
  const asked = page.query.get('audio');
  if (asked === 'on') return { wanted: true, error: null };
  if (asked === 'off') return { wanted: false, error: null };
  const usual = page.query.get('clock') !== 'manual' && !page.automated;
  const error = asked === null ? null : `URL: audio must be "on" or "off", got "${asked}" (sound as usual)`;
  return { wanted: usual, error };
}
