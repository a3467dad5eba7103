// What the page URL asks for: ?level=<id>&seed=<n> opens a running level (&inputs=… plays recorded
// inputs in it), ?replay=<base64url replay text> (or #replay=…, which never reaches the web server)
// opens the replay viewer (src/replay/replay-link.ts),
// ?renderer=canvas forces Canvas. A bad value becomes one readable message; the rest of the URL still works.
export interface LaunchParams {
  level: string | null;
  seed: number | null;
  /** Encoded tick inputs to play back (see src/replay/input-codec.ts), or null. */
  inputs: string | null;
  /** A replay link's value (base64url of the replay file's text), not yet decoded, or null.
   *  From the query, else from the fragment (#replay=…). */
  replay: string | null;
  errors: string[];
}

const MAX_SEED = 0xffffffff;

export function parseLaunchParams(search: string, knownLevels: readonly string[], hash = ''): LaunchParams {
  const q = new URLSearchParams(search);
  const fragment = new URLSearchParams(hash.replace(/^#/, ''));
  const out: LaunchParams = { level: null, seed: null, inputs: q.get('inputs'), replay: q.get('replay') ?? fragment.get('replay'), errors: [] };
  const level = q.get('level');
  if (level !== null) {
    if (knownLevels.includes(level)) out.level = level;
    else out.errors.push(`URL: level "${level}" does not exist (levels: ${knownLevels.join(', ')})`);
  }
  const seed = q.get('seed');
  if (seed !== null) {
    if (/^\d{1,10}$/.test(seed) && Number(seed) <= MAX_SEED) out.seed = Number(seed);
    else out.errors.push(`URL: seed must be a whole number from 0 to ${MAX_SEED}, got "${seed}"`);
  }
  const renderer = q.get('renderer');
  if (renderer !== null && renderer !== 'canvas' && renderer !== 'webgl') {
    out.errors.push(`URL: renderer must be "canvas" or "webgl", got "${renderer}"`);
  }
  return out;
}
