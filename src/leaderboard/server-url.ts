// Where the leaderboard server is: a URL the player typed in Settings, checked here, or the page's
// own origin when the game is served by `npm run server`. Pure.

/** Longest URL the settings field takes (a host and a path prefix fit easily). */
export const MAX_SERVER_URL_LENGTH = 200;

export type ServerUrlCheck = { readonly ok: true; readonly url: string } | { readonly ok: false; readonly message: string };

/**
 * An http(s) URL without query, fragment or credentials, normalised to no trailing slash
 * ("https://runs.example.com/desperado"); '' means "none set".
 */
export function checkServerUrl(text: string): ServerUrlCheck {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, url: '' };
  if (trimmed.length > MAX_SERVER_URL_LENGTH) return { ok: false, message: `The server URL is too long (at most ${MAX_SERVER_URL_LENGTH} characters)` };
  const scheme = 'The server URL must start with http:// or https://';
  if (!/^https?:\/\//i.test(trimmed)) return { ok: false, message: scheme };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { ok: false, message: 'Not a URL: type it as http://host:port or https://host/path' };
  }
  if (url.username || url.password) return { ok: false, message: 'The server URL must not hold a user name or password' };
  if (url.search || url.hash) return { ok: false, message: 'The server URL must not have a ?query or #fragment' };
  return { ok: true, url: `${url.origin}${url.pathname.replace(/\/+$/, '')}` };
}

/** True for a setting value that names a server ('' or anything invalid does not). */
export function isServerUrl(text: string): boolean {
  const c = checkServerUrl(text);
  return c.ok && c.url !== '';
}
