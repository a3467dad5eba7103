// A small typed client for the leaderboard server. Every call has a timeout (AbortController) and
// resolves — never rejects — to the checked value or one readable line saying what went wrong:
// offline, a timeout, rate-limited, the server's own refusal (its `error` text) or an answer the
// game cannot read. `retry` tells the submission queue whether trying later can help.
import * as v from 'valibot';
import { oneLine } from '../storage/backend';
import { acceptedSchema, boardSchema, errorSchema, healthSchema, shapeProblem, type Accepted, type Board } from './api-schemas';
import { t } from '../i18n';

export const DEFAULT_TIMEOUT_MS = 10_000;

export type FailureKind = 'offline' | 'timeout' | 'rate-limited' | 'refused' | 'server' | 'bad-answer';

export interface Failure {
  readonly ok: false;
  readonly kind: FailureKind;
  /** One line for the player. */
  readonly message: string;
  /** HTTP status, when the server answered. */
  readonly status?: number;
  /** Whether the same request may succeed later (everything but a refusal). */
  readonly retry: boolean;
}

export type Result<T> = { readonly ok: true; readonly value: T } | Failure;

export interface ClientOptions {
  /** The server's base URL, no trailing slash ('' for the page's own origin). */
  readonly baseUrl: string;
  readonly fetch?: typeof fetch;
  readonly timeoutMs?: number;
}

export interface Submission {
  readonly player: string;
  readonly key: string;
  /** The replay file object (parsed JSON of a level replay or a full-game run file). */
  readonly replay: unknown;
}

export interface LeaderboardClient {
  readonly baseUrl: string;
  health(): Promise<Result<true>>;
  submit(body: Submission): Promise<Result<Accepted>>;
  board(category: string, page?: { limit?: number; offset?: number }): Promise<Result<Board>>;
  /** The replay file's JSON text (checked to be JSON; the game's replay parser checks the rest). */
  run(id: string): Promise<Result<string>>;
}

const fail = (kind: FailureKind, message: string, status?: number): Failure => ({
  ok: false, kind, message: oneLine(message, 200), retry: kind !== 'refused', ...(status === undefined ? {} : { status }),
});

/** The server's `error` line from a refusal body, if it sent one. */
function errorText(body: string): string | null {
  try {
    const r = v.safeParse(errorSchema, JSON.parse(body));
    return r.success ? oneLine(r.output.error, 160) : null;
  } catch {
    return null;
  }
}

function statusFailure(status: number, body: string): Failure {
  const said = errorText(body);
  if (status === 429) return fail('rate-limited', t('lb.busy'));
  if (status >= 500) return fail('server', said ? t('lb.serverFailedSaid', { status, said }) : t('lb.serverFailed', { status }), status);
  return fail('refused', said ?? t('lb.refused', { status }), status);
}

export function createClient(opts: ClientOptions): LeaderboardClient {
  const doFetch = opts.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const base = opts.baseUrl;

  /** The body text of a 2xx answer, or the failure. */
  async function request(path: string, init: RequestInit = {}): Promise<Result<string>> {
    const abort = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      abort.abort();
    }, timeoutMs);
    try {
      // */* as well: a dev or preview server then answers an unknown /api path with its index
      // page (read as "no leaderboard here") instead of a 404 the browser logs as an error.
      const res = await doFetch(`${base}${path}`, { ...init, signal: abort.signal, headers: { accept: 'application/json, */*;q=0.5', ...(init.body ? { 'content-type': 'application/json' } : {}) } });
      const body = await res.text();
      return res.ok ? { ok: true, value: body } : statusFailure(res.status, body);
    } catch {
      return timedOut
        ? fail('timeout', t('lb.timeout', { time: timeoutMs < 1000 ? `${timeoutMs} ms` : `${Math.round(timeoutMs / 1000)} s` }))
        : fail('offline', t('lb.unreachable', { where: base || t('lb.thisPage') }));
    } finally {
      clearTimeout(timer);
    }
  }

  async function json<T>(path: string, schema: v.GenericSchema<unknown, T>, init?: RequestInit): Promise<Result<T>> {
    const r = await request(path, init);
    if (!r.ok) return r;
    let data: unknown;
    try {
      data = JSON.parse(r.value);
    } catch {
      return fail('bad-answer', t('lb.notJson'));
    }
    const checked = v.safeParse(schema, data);
    return checked.success ? { ok: true, value: checked.output } : fail('bad-answer', t('lb.notUnderstood', { why: shapeProblem(checked.issues) }));
  }

  return {
    baseUrl: base,
    async health() {
      const r = await json('/api/health', healthSchema);
      return r.ok ? { ok: true, value: true } : r;
    },
    submit: (body) => json('/api/runs', acceptedSchema, { method: 'POST', body: JSON.stringify(body) }),
    board(category, page = {}) {
      const query = new URLSearchParams();
      if (page.limit !== undefined) query.set('limit', String(page.limit));
      if (page.offset !== undefined) query.set('offset', String(page.offset));
      const q = query.size > 0 ? `?${query}` : '';
      return json(`/api/boards/${encodeURIComponent(category)}${q}`, boardSchema);
    },
    async run(id) {
      const r = await request(`/api/runs/${encodeURIComponent(id)}`);
      if (!r.ok) return r;
      try {
        JSON.parse(r.value);
      } catch {
        return fail('bad-answer', t('lb.runNotJson'));
      }
      return r;
    },
  };
}
