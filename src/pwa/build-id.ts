// The "updated" notice on the first start of a new build. Two ways a new build arrives: the reload
// at start that update-policy.ts asks for (marked in sessionStorage just before it), or the browser
// activating the waiting worker by itself once every tab was closed (caught by remembering, on this
// device, which build ran last). Both are one notice, shown once.
import type { StorageLike } from '../storage';
import { t, type MessageKey } from '../i18n';

const LAST_BUILD = 'desperado.build';
const TAKING_OVER = 'desperado.taking-over';

/** The notice's catalogue key (src/i18n). */
export const NOTICE_UPDATED: MessageKey = 'pwa.updated';

/** Called just before the reload into a new build. */
export function markTakeOver(session: StorageLike | null): void {
  try {
    session?.setItem(TAKING_OVER, '1');
  } catch {
    // Storage refused (private mode, full): the reload still happens, only the notice is lost.
  }
}

/**
 * At start: remembers `current` (a name that changes with every build: the entry chunk's hashed
 * file name) and returns the notice to show, if this start is the first of a new build.
 */
export function updatedNotice(local: StorageLike | null, session: StorageLike | null, current: string): string | null {
  let updated = false;
  try {
    if (session && session.getItem(TAKING_OVER) !== null) {
      session.removeItem(TAKING_OVER);
      updated = true;
    }
  } catch {
    // As above: no notice is better than a crash at start.
  }
  try {
    const last = local?.getItem(LAST_BUILD) ?? null;
    if (last !== current) local?.setItem(LAST_BUILD, current);
    if (last !== null && last !== current) updated = true;
  } catch {
    // As above.
  }
  return updated ? t(NOTICE_UPDATED) : null;
}
