// Submitting runs: every submission goes through a small queue kept in the saves, so a run made
// offline or while the server is down is not lost; it is sent when the server answers (at the next
// start, when the Leaderboard opens, or with the next submission). A run leaves the queue when it
// is ranked, or when the server refuses it for good (a 4xx other than 429), which is said.
import type { Store } from '../storage';
import { formatIgt } from '../speedrun/igt';
import type { LeaderboardClient } from './client';
import { makeSecretKey, MAX_PENDING, type LeaderboardSaves, type PendingRun } from './saves';
import { t } from '../i18n';

export type RunOutcome =
  | { readonly kind: 'ranked'; readonly rank: number; readonly id: string; readonly message: string }
  | { readonly kind: 'refused'; readonly message: string }
  | { readonly kind: 'waiting'; readonly message: string };

/** What one flush did: a line per run sent or dropped, and what still waits. */
export interface FlushReport {
  readonly lines: readonly string[];
  readonly waiting: number;
  /** Why the rest waits (the server's failure), when it does. */
  readonly why: string | null;
}

/** "bar 0:41.250": a queued run as the player reads it. */
export const describeRun = (run: PendingRun): string => `${run.category} ${formatIgt(run.ticks)}`;

export class Submissions {
  private saves: LeaderboardSaves;
  /** Outcomes of the runs the current flush sent, for submit() to find its own. */
  private readonly outcomes = new Map<PendingRun, RunOutcome>();
  private flushing: Promise<FlushReport> | null = null;
  /** Said once: the saves could not be read or written. */
  readonly notice: string | undefined;

  constructor(private readonly store: Store<LeaderboardSaves>, private readonly random?: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array) {
    const loaded = store.load();
    this.saves = loaded.value;
    this.notice = loaded.notice;
  }

  get name(): string | null {
    return this.saves.name;
  }

  get pending(): readonly PendingRun[] {
    return this.saves.pending;
  }

  setName(name: string): void {
    this.write({ ...this.saves, name });
  }

  /**
   * Queues the run (a secret key is made on the first submission) and sends what waits, this one
   * last. Needs a name first (setName). `client` null: no server known now; the run waits.
   */
  async submit(client: LeaderboardClient | null, run: PendingRun): Promise<RunOutcome> {
    const dropped = this.enqueue(run);
    const own = this.saves.pending.find((p) => p.replay === run.replay)!;
    const report = client ? await this.flush(client) : { lines: [], waiting: this.saves.pending.length, why: t('lb.noServerSet') };
    const outcome = this.outcomes.get(own);
    this.outcomes.delete(own);
    if (outcome) return outcome;
    const room = dropped ? t('lb.dropped', { max: MAX_PENDING, run: describeRun(dropped) }) : '';
    // What happened to the run first: the end of a long line may not fit the screen.
    return { kind: 'waiting', message: t('lb.waiting', { waiting: report.waiting, max: MAX_PENDING, why: report.why ?? t('lb.noAnswer'), room }) };
  }

  /** Sends the waiting runs in order until one cannot go yet. One flush at a time. */
  flush(client: LeaderboardClient): Promise<FlushReport> {
    this.flushing ??= this.sendAll(client).finally(() => (this.flushing = null));
    return this.flushing;
  }

  private async sendAll(client: LeaderboardClient): Promise<FlushReport> {
    const lines: string[] = [];
    const { name, key } = this.saves;
    if (name === null || key === null) return { lines, waiting: this.saves.pending.length, why: this.saves.pending.length > 0 ? t('lb.noName') : null };
    while (this.saves.pending.length > 0) {
      const run = this.saves.pending[0]!;
      let replay: unknown;
      try {
        replay = JSON.parse(run.replay);
      } catch {
        replay = null; // cannot happen for a run the game made; the server's 400 drops it below
      }
      const r = await client.submit({ player: name, key, replay });
      if (!r.ok && r.retry) return { lines, waiting: this.saves.pending.length, why: r.message };
      this.write({ ...this.saves, pending: this.saves.pending.filter((p) => p !== run) });
      const outcome: RunOutcome = r.ok
        ? { kind: 'ranked', rank: r.value.rank, id: r.value.id, message: t('lb.ranked', { rank: r.value.rank, category: r.value.category, time: formatIgt(r.value.ticks) }) }
        : { kind: 'refused', message: t('lb.refusedForGood', { run: describeRun(run), why: r.message }) };
      this.outcomes.set(run, outcome);
      lines.push(outcome.message);
    }
    return { lines, waiting: 0, why: null };
  }

  /** Adds the run (once), making the key on the first submission; returns a run dropped for room. */
  private enqueue(run: PendingRun): PendingRun | null {
    const key = this.saves.key ?? makeSecretKey(this.random);
    if (this.saves.pending.some((p) => p.replay === run.replay)) {
      if (key !== this.saves.key) this.write({ ...this.saves, key });
      return null;
    }
    const pending = [...this.saves.pending, { ...run }];
    const dropped = pending.length > MAX_PENDING ? pending.shift()! : null;
    this.write({ ...this.saves, key, pending });
    return dropped;
  }

  private write(next: LeaderboardSaves): void {
    this.saves = next;
    // A failed save keeps the queue in memory for this session (the store said why at load).
    this.store.save(next);
  }
}
