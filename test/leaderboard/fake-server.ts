// A fake fetch for the leaderboard client's tests: answers each request from a handler, records
// what was asked, and can hang (for timeouts) or fail like a dropped network.
export interface Asked {
  readonly url: string;
  readonly method: string;
  readonly body: unknown;
}

export type Answer = { status: number; body: string } | 'offline' | 'hang';

export function fakeFetch(handler: (asked: Asked) => Answer): { fetch: typeof fetch; asked: Asked[] } {
  const asked: Asked[] = [];
  const f = (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const a: Asked = { url: String(input), method: init?.method ?? 'GET', body: init?.body ? JSON.parse(String(init.body)) : undefined };
    asked.push(a);
    const answer = handler(a);
    if (answer === 'offline') return Promise.reject(new TypeError('Failed to fetch'));
    if (answer === 'hang') {
      return new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    }
    return Promise.resolve(new Response(answer.body, { status: answer.status, headers: { 'content-type': 'application/json' } }));
  };
  return { fetch: f as typeof fetch, asked };
}

export const json = (status: number, body: unknown): Answer => ({ status, body: JSON.stringify(body) });
