// When a new build takes over. A new service worker installs in the background and then waits: the
// page keeps running the code it started with (the old worker still serves the old files), so a
// level is never swapped out from under the player. At the next start, while the page is still on
// the title or menus, the waiting worker is told to take over and the page reloads once into the
// new build. Started in a level (a ?level= or replay link), the update waits for a later start.
import { t, type MessageKey } from '../i18n';

/** The part of workbox-window's Workbox this uses (a fake in tests). */
export interface WorkerLifecycle {
  addEventListener(type: 'waiting', listener: (e: { wasWaitingBeforeRegister?: boolean }) => void): void;
  addEventListener(type: 'controlling', listener: () => void): void;
  addEventListener(type: 'installed', listener: (e: { isUpdate?: boolean }) => void): void;
  messageSkipWaiting(): void;
}

export interface PageActions {
  /** True while no level, replay or results is open: reloading now loses nothing. */
  idle(): boolean;
  reload(): void;
  notice(text: string): void;
}

/** The notices' catalogue keys (src/i18n). */
export const NOTICE_READY_NEXT_START: MessageKey = 'pwa.readyNextStart';
export const NOTICE_OFFLINE_READY: MessageKey = 'pwa.offlineReady';

/** What the page does besides the worker's events (register.ts). */
export interface UpdateFollower {
  /**
   * Tells of a newer build waiting, found by looking at the registration itself: workbox-window
   * follows one update a page, and Chromium now and then installs one with no event to the page.
   * Says so once, unless the worker's own event already did or a take-over is under way.
   */
  newerWaiting(): void;
  /** Whether looking on is still any use (nothing said yet, no take-over). */
  readonly watching: boolean;
}

export function followUpdates(worker: WorkerLifecycle, page: PageActions): UpdateFollower {
  let takingOver = false;
  let told = false;
  const tellWaiting = (): void => {
    if (told) return;
    told = true;
    page.notice(t(NOTICE_READY_NEXT_START));
  };
  worker.addEventListener('installed', (e) => {
    if (!e.isUpdate) page.notice(t(NOTICE_OFFLINE_READY));
  });
  worker.addEventListener('waiting', (e) => {
    if (e.wasWaitingBeforeRegister && page.idle()) {
      takingOver = true;
      worker.messageSkipWaiting();
    } else {
      tellWaiting();
    }
  });
  worker.addEventListener('controlling', () => {
    // Only the take-over asked for above reloads; the first install's claim keeps the page as is.
    if (takingOver && page.idle()) page.reload();
  });
  return {
    newerWaiting: () => {
      if (!takingOver) tellWaiting();
    },
    get watching() {
      return !told && !takingOver;
    },
  };
}
