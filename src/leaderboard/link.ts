// The game's one link to the leaderboard: which server (the URL in Settings, else the page's own
// origin when a probe of GET /api/health at start found `npm run server` behind it), the client for
// it, and the saved submissions. Kept in the game registry; scenes reach it with leaderboardLink().
import type Phaser from 'phaser';
import { createClient, type LeaderboardClient } from './client';
import { checkServerUrl } from './server-url';
import { createLeaderboardStore } from './saves';
import { Submissions, type FlushReport } from './submissions';

const KEY = 'leaderboard';

export interface LinkOptions {
  /** The setting's URL now ('' for none). */
  readonly settingsUrl: () => string;
  readonly fetch?: typeof fetch;
  readonly submissions?: Submissions;
}

export class LeaderboardLink {
  readonly submissions: Submissions;
  /** Whether the page's own origin answered GET /api/health (null: not known yet). */
  private originServes: boolean | null = null;
  /** Settles once the start-up probe has answered (or failed). */
  readonly probed: Promise<void>;
  private resolveProbed!: () => void;
  private clientFor: { url: string; client: LeaderboardClient } | null = null;

  constructor(private readonly opts: LinkOptions) {
    this.submissions = opts.submissions ?? new Submissions(createLeaderboardStore());
    this.probed = new Promise((resolve) => (this.resolveProbed = resolve));
  }

  /** Once, at start: is the page served by the leaderboard server? */
  async probeOrigin(): Promise<void> {
    const r = await this.make('').health();
    this.originServes = r.ok;
    this.resolveProbed();
  }

  /** The server to talk to, or null (no URL set and the page's origin serves no API). */
  client(): LeaderboardClient | null {
    const set = checkServerUrl(this.opts.settingsUrl());
    const url = set.ok && set.url !== '' ? set.url : this.originServes ? '' : null;
    if (url === null) return null;
    if (this.clientFor?.url !== url) this.clientFor = { url, client: this.make(url) };
    return this.clientFor.client;
  }

  get available(): boolean {
    return this.client() !== null;
  }

  /** Sends what waits in the saves, if there is a server and anything waits. */
  async flush(): Promise<FlushReport | null> {
    const client = this.client();
    if (!client || this.submissions.pending.length === 0) return null;
    return this.submissions.flush(client);
  }

  private make(baseUrl: string): LeaderboardClient {
    return createClient({ baseUrl, ...(this.opts.fetch ? { fetch: this.opts.fetch } : {}) });
  }
}

export function setLeaderboardLink(game: Phaser.Game, link: LeaderboardLink): void {
  game.registry.set(KEY, link);
}

export function leaderboardLink(scene: Phaser.Scene): LeaderboardLink | null {
  return (scene.registry.get(KEY) as LeaderboardLink | undefined) ?? null;
}
