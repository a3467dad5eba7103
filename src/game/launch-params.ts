// What the page URL asks for: ?level=<id>&seed=<n> opens a running level (&inputs=… plays recorded
// inputs in it; &practice=<k> starts it from split k of the personal best), ?mode=full starts a
// full-game run from the first level (&inputs=<level 1>,<level 2>,… plays recorded inputs level by
// level), ?replay=<base64url replay text> (or #replay=…, which never reaches the web server)
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
  /** 'full': a full-game run from the first level. */
  mode: 'il' | 'full';
  /** Practice from this split of the PB (0 = the start), or null. */
  practice: number | null;
  errors: string[];
}

const MAX_SEED = 0xffffffff;

export function parseLaunchParams(search: string, knownLevels: readonly string[], hash = ''): LaunchParams {
  const q = new URLSearchParams(search);
  const fragment = new URLSearchParams(hash.replace(/^#/, ''));
  const out: LaunchParams = { level: null, seed: null, inputs: q.get('inputs'), replay: q.get('replay') ?? fragment.get('replay'), mode: 'il', practice: null, errors: [] };
  const mode = q.get('mode');
  if (mode === 'full') out.mode = 'full';
  else if (mode !== null && mode !== 'il') out.errors.push(`URL: mode must be "full" or "il", got "${mode}"`);
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
  const practice = q.get('practice');
  if (practice !== null) {
    if (/^\d{1,3}$/.test(practice)) out.practice = Number(practice);
    else out.errors.push(`URL: practice must be a split number (0 = the start), got "${practice}"`);
  }
  if (out.mode === 'full') {
    if (out.level !== null) out.errors.push('URL: mode=full starts at the first level; level= is ignored');
    if (out.seed !== null) out.errors.push('URL: mode=full plays each level\'s own board; seed= is ignored (Random seed is in the level select)');
    if (out.practice !== null) out.errors.push('URL: practice= is for a single level; it is ignored with mode=full');
    out.level = null;
    out.seed = null;
    out.practice = null;
  }
  const renderer = q.get('renderer');
  if (renderer !== null && renderer !== 'canvas' && renderer !== 'webgl') {
    out.errors.push(`URL: renderer must be "canvas" or "webgl", got "${renderer}"`);
  }
  return out;
}
