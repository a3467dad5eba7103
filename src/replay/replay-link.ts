// Replays in links and the limits on replay text. Pure (no DOM): a link carries the replay file's
// JSON text, UTF-8, as base64url in `?replay=` (or `#replay=`, for long runs: see replayLinkUrl) —
// so a link holds exactly what a file holds and
// `parseReplay` checks both the same way. Every mistake is one line (a ReplayError):
//   replay link: expected base64url text (A-Z a-z 0-9 - _), got "%" at character 17
import { decodeUtf8 } from '../level/json-text';
import { FILE_BYTES, formatSize, LINK_TEXT_BYTES } from '../limits';
import { parseReplay, ReplayError, type CheckedReplay } from './replay-file';

export { formatSize };
/** Longest replay text a link may carry (UTF-8 bytes); longer runs are shared as files. */
export const MAX_LINK_TEXT_BYTES = LINK_TEXT_BYTES;
/** Largest replay file the game reads (bytes). An hour of play is far below it. */
export const MAX_REPLAY_FILE_BYTES = FILE_BYTES.replay;
/** What links are called in their errors. */
export const LINK_NAME = 'replay link';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i;

/** Base64url characters needed for `bytes` bytes (no padding). */
const encodedLength = (bytes: number) => Math.floor(bytes / 3) * 4 + [0, 2, 3][bytes % 3]!;
const MAX_LINK_CHARS = encodedLength(MAX_LINK_TEXT_BYTES);

/** A size over `limit`, told apart from it even when both round the same ("65546 bytes"). */
function formatOver(bytes: number, limit: number): string {
  const s = formatSize(bytes);
  return s === formatSize(limit) || s === formatSize(limit).replace(/ /, '.0 ') ? `${bytes} bytes` : s;
}

export function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

function tooLongForLink(bytes: number): ReplayError {
  return new ReplayError(LINK_NAME, '', `expected at most ${formatSize(MAX_LINK_TEXT_BYTES)} of replay text, got ${formatOver(bytes, MAX_LINK_TEXT_BYTES)}: too long for a link, share the .json file instead (drop it on the game)`);
}

export function bytesToBase64url(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2;
    for (let k = 0; k < chars; k++) s += ALPHABET[(n >> (18 - 6 * k)) & 63];
  }
  return s;
}

/** Strict base64url (trailing '=' padding tolerated); throws ReplayError naming `file`. */
export function base64urlToBytes(text: string, file = LINK_NAME): Uint8Array {
  const body = text.replace(/={1,2}$/, '');
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c >= 128 || VALUE[c]! < 0) {
      const shown = c === 32 ? 'a space ("+" in a link: standard base64 is not base64url)' : JSON.stringify(String.fromCodePoint(body.codePointAt(i)!));
      throw new ReplayError(file, '', `expected base64url text (A-Z a-z 0-9 - _), got ${shown} at character ${i + 1}`);
    }
  }
  if (body.length % 4 === 1) throw new ReplayError(file, '', `expected base64url text, got ${body.length} characters, one too many or too few for whole bytes (was the link cut short?)`);
  const out = new Uint8Array(Math.floor((body.length * 3) / 4));
  let o = 0;
  for (let i = 0; i < body.length; i += 4) {
    const a = VALUE[body.charCodeAt(i)]!;
    const b = VALUE[body.charCodeAt(i + 1)]!;
    const c = i + 2 < body.length ? VALUE[body.charCodeAt(i + 2)]! : 0;
    const d = i + 3 < body.length ? VALUE[body.charCodeAt(i + 3)]! : 0;
    const n = (a << 18) | (b << 12) | (c << 6) | d;
    out[o++] = (n >> 16) & 255;
    if (i + 2 < body.length) out[o++] = (n >> 8) & 255;
    if (i + 3 < body.length) out[o++] = n & 255;
  }
  return out;
}

/** The `?replay=` value for replay text; a ReplayError when the text is too long for a link. */
export function encodeReplayLink(text: string): string {
  const bytes = new TextEncoder().encode(text);
  if (bytes.length > MAX_LINK_TEXT_BYTES) throw tooLongForLink(bytes.length);
  return bytesToBase64url(bytes);
}

/** The replay text a `?replay=` value carries (not yet checked as a replay). */
export function decodeReplayLink(value: string): string {
  if (value.trim() === '') throw new ReplayError(LINK_NAME, '', 'expected a replay (base64url text), got nothing');
  // Refuse before decoding anything: a link is never worth megabytes of work.
  if (value.length > MAX_LINK_CHARS + 2) throw tooLongForLink(Math.floor((value.length * 3) / 4));
  const bytes = base64urlToBytes(value);
  if (bytes.length > MAX_LINK_TEXT_BYTES) throw tooLongForLink(bytes.length);
  const text = decodeUtf8(bytes);
  if (text === null) throw new ReplayError(LINK_NAME, '', 'expected UTF-8 replay text, got bytes that are not UTF-8 (a damaged link?)');
  return text;
}

/** A replay file's bytes as text, the way verify reads files (UTF-8, a leading BOM dropped). */
export function replayFileText(bytes: Uint8Array, file: string): string {
  checkReplaySize(bytes.length, file);
  const text = decodeUtf8(bytes);
  if (text === null) throw new ReplayError(file, '', 'expected a replay file in UTF-8 text, got bytes that are not UTF-8');
  return text;
}

/** A replay must be of a level this game has; `known` are the level ids of levels/index.json. */
export function checkReplayLevel(checked: CheckedReplay, known: readonly string[], file: string): CheckedReplay {
  if (!known.includes(checked.replay.level)) {
    throw new ReplayError(file, 'level', `expected a level of this game (${known.join(', ')}), got ${JSON.stringify(checked.replay.level)}`);
  }
  return checked;
}

/** Refuses replay files over MAX_REPLAY_FILE_BYTES before anyone reads them. */
export function checkReplaySize(bytes: number, file: string): void {
  if (bytes > MAX_REPLAY_FILE_BYTES) throw new ReplayError(file, '', `expected a replay file of at most ${formatSize(MAX_REPLAY_FILE_BYTES)}, got ${formatOver(bytes, MAX_REPLAY_FILE_BYTES)}`);
}

/** Replay text (a file's or a link's) checked all the way: size, JSON, fields, inputs, level. */
export function readReplayText(text: string, file: string, knownLevels: readonly string[]): CheckedReplay {
  checkReplaySize(utf8Length(text), file);
  // A full-game run holds many levels' attempts; the viewer plays one level's replay.
  if (/^\s*\{\s*"format"\s*:\s*"desperado-full-run"/.test(text)) {
    throw new ReplayError(file, '', 'a full-game run: the viewer plays one level at a time; check the run with npm run verify');
  }
  return checkReplayLevel(parseReplay(text, file), knownLevels, file);
}

/** A `?replay=` value checked all the way; throws one-line ReplayErrors. */
export function replayFromLink(value: string, knownLevels: readonly string[]): CheckedReplay {
  return readReplayText(decodeReplayLink(value), LINK_NAME, knownLevels);
}

/**
 * Longest `?replay=` value a link puts in its query. Web servers refuse long request lines (Node,
 * so Vite's servers, at 16 KB of headers with "431"; nginx at 8 KB), so a longer replay goes in
 * the fragment (#replay=…), which browsers never send; the game reads both.
 */
export const MAX_QUERY_LINK_CHARS = 6000;

/**
 * A link to `page` (e.g. location.origin + location.pathname) that opens the replay viewer:
 * `?replay=…` while that is short enough for any server, else `#replay=…`. A ReplayError when the
 * replay is over MAX_LINK_TEXT_BYTES (share the file).
 */
export function replayLinkUrl(page: string, text: string): string {
  const value = encodeReplayLink(text);
  return value.length <= MAX_QUERY_LINK_CHARS ? `${page}?replay=${value}` : `${page}#replay=${value}`;
}
