// Where the leaderboard server is: a URL the player typed in Settings, checked here, or the page's
// own origin when the game is served by `npm run server`. Pure.
import { t } from '../i18n';

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
  if (trimmed.length > MAX_SERVER_URL_LENGTH) return { ok: false, message: t('url.tooLong', { max: MAX_SERVER_URL_LENGTH }) };
  const scheme = t('url.http');
  if (!/^https?:\/\//i.test(trimmed)) return { ok: false, message: scheme };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { ok: false, message: t('url.notUrl') };
  }
  if (url.username || url.password) return { ok: false, message: t('url.credentials') };
  if (url.search || url.hash) return { ok: false, message: t('url.query') };
  return { ok: true, url: `${url.origin}${url.pathname.replace(/\/+$/, '')}` };
}

/** True for a setting value that names a server ('' or anything invalid does not). */
export function isServerUrl(text: string): boolean {
  const c = checkServerUrl(text);
  return c.ok && c.url !== '';
}
