// Offline play: registers the Workbox service worker that vite-plugin-pwa writes into the build
// (dist/sw.js, precaching every file the game needs), and follows its updates (update-policy.ts).
import type Phaser from 'phaser';
import { browserStorage } from '../storage';
import { showNotice } from '../ui/page-notice';
import { markTakeOver, updatedNotice } from './build-id';
import { inMenus, urlStartsRun } from './in-menus';
import { serviceWorkerWanted } from './sw-wanted';
import { followUpdates, type UpdateFollower } from './update-policy';
import { t } from '../i18n';

/** Storage that may throw on mere access (sandboxed frames): null then. */
function sessionStore(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

/** This build's name: the entry chunk's hashed file name changes with any change to the code. */
function buildName(): string {
  return new URL(import.meta.url).pathname.split('/').pop() ?? '';
}

export function startOfflineSupport(game: Phaser.Game): void {
  const choice = serviceWorkerWanted({
    production: import.meta.env.PROD,
    supported: 'serviceWorker' in navigator && window.isSecureContext,
    automated: navigator.webdriver,
    query: new URLSearchParams(window.location.search),
  });
  if (!choice.register) {
    console.info(`Offline play: no service worker (${choice.why})`);
    return;
  }
  const updated = updatedNotice(browserStorage(), sessionStore(), buildName());
  if (updated) showNotice(updated, 'info', 'pwa-update');
  // After the page's own load, so the precache downloads never slow the first start.
  const startedInRun = urlStartsRun(window.location.search, window.location.hash);
  const register = (): void => void registerWorker(game, startedInRun);
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}

/** How often the page looks at its registration for a newer build waiting (a cheap property read). */
const WAITING_LOOK_MS = 3000;

/** Looks now and then for a newer build waiting behind the one in control (see UpdateFollower). */
function watchForWaiting(registration: ServiceWorkerRegistration, follower: UpdateFollower): void {
  const timer = window.setInterval(() => {
    if (!follower.watching) window.clearInterval(timer);
    else if (registration.waiting !== null && navigator.serviceWorker.controller !== null) follower.newerWaiting();
  }, WAITING_LOOK_MS);
}

async function registerWorker(game: Phaser.Game, startedInRun: boolean): Promise<void> {
  try {
    // Its own small chunk, off the first-load path.
    const { Workbox } = await import('workbox-window');
    const worker = new Workbox('./sw.js', { scope: './' });
    const follower = followUpdates(worker, {
      idle: () => inMenus(game, startedInRun),
      reload: () => {
        markTakeOver(sessionStore());
        window.location.reload();
      },
      notice: (text) => showNotice(text, 'info', 'pwa'),
    });
    const registration = await worker.register();
    if (registration) watchForWaiting(registration, follower);
  } catch (err) {
    // The game plays on; only offline play is missing.
    showNotice(t('pwa.unavailable', { why: err instanceof Error ? err.message : String(err) }), 'info', 'pwa');
  }
}
