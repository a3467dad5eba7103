// At start: the leaderboard link goes into the registry, the page's origin is probed once (when the
// browser is online: an offline start waits for the network), and once the settings are loaded
// whatever waits in the saves is sent; what went (or was refused) is said.
import type Phaser from 'phaser';
import type { Services } from '../game/services';
import { showNotice } from '../ui/page-notice';
import { LeaderboardLink, setLeaderboardLink } from './link';
import { t } from '../i18n';

const SERVICES = 'services';

/** Resolves once boot has made the shared services (the settings among them). */
function servicesReady(game: Phaser.Game): Promise<void> {
  if (game.registry.has(SERVICES)) return Promise.resolve();
  return new Promise((resolve) => {
    const onSet = (_parent: unknown, key: string) => {
      if (key !== SERVICES) return;
      game.registry.events.off('setdata', onSet);
      resolve();
    };
    game.registry.events.on('setdata', onSet);
  });
}

/** Resolves at once when the browser is online, else when it comes back (an offline start asks nothing). */
function online(): Promise<void> {
  if (navigator.onLine) return Promise.resolve();
  return new Promise((resolve) => window.addEventListener('online', () => resolve(), { once: true }));
}

export function installLeaderboard(game: Phaser.Game): void {
  const settingsUrl = () => (game.registry.get(SERVICES) as Services | undefined)?.settings.leaderboardUrl ?? '';
  const link = new LeaderboardLink({ settingsUrl });
  setLeaderboardLink(game, link);
  if (link.submissions.notice) showNotice(link.submissions.notice, 'info');
  void online().then(() => Promise.all([link.probeOrigin(), servicesReady(game)])).then(async () => {
    const report = await link.flush();
    if (report && report.lines.length > 0) showNotice(t('lb.noticePrefix', { lines: report.lines.join('; ') }), 'info', 'leaderboard');
  });
}
