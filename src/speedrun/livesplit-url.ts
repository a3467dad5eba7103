// Where LiveSplit's server listens: its built-in server (Control → Start TCP/WS Server) speaks
// WebSocket only at the path /livesplit on port 16834 (any other path answers HTTP 501).
export const LIVESPLIT_URL = 'ws://localhost:16834/livesplit';
/** Longest URL kept in the settings (typed, or read back from a save). */
export const MAX_LIVESPLIT_URL_LENGTH = 2000;

/** Null for a usable ws:// or wss:// URL, else one line saying what is wrong with it. */
export function liveSplitUrlProblem(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return `LiveSplit server: give a URL such as ${LIVESPLIT_URL}`;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return `LiveSplit server: "${trimmed}" is not a URL (try ${LIVESPLIT_URL})`;
  }
  if (url.protocol !== 'ws:' && url.protocol !== 'wss:') return `LiveSplit server: the URL must start with ws:// or wss://, not ${url.protocol}//`;
  if (url.hash !== '') return 'LiveSplit server: a WebSocket URL cannot have a #fragment';
  return null;
}
