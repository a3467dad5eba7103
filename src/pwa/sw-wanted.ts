// Whether this page registers the offline service worker. Production builds only: on the Vite dev
// server a worker would serve stale modules and break hot reload. Automated browsers (the test clock,
// navigator.webdriver) get none unless a test asks with ?sw=on, so one spec's cached build never
// leaks into another's page.

export interface PageFacts {
  /** import.meta.env.PROD */
  readonly production: boolean;
  /** 'serviceWorker' in navigator (and a secure context: https or localhost). */
  readonly supported: boolean;
  /** navigator.webdriver: Playwright and other automation. */
  readonly automated: boolean;
  readonly query: URLSearchParams;
}

export type SwChoice = { readonly register: true } | { readonly register: false; readonly why: string };

export function serviceWorkerWanted(page: PageFacts): SwChoice {
  if (!page.production) return { register: false, why: 'dev server' };
  if (!page.supported) return { register: false, why: 'no service workers here (needs https or localhost)' };
  const asked = page.query.get('sw');
  if (asked === 'on') return { register: true };
  if (asked === 'off') return { register: false, why: '?sw=off' };
  if (page.query.get('clock') === 'manual') return { register: false, why: 'test clock (add ?sw=on)' };
  if (page.automated) return { register: false, why: 'automated browser (add ?sw=on)' };
  return { register: true };
}
