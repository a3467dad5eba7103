// Where the sim's one door applies. Code outside src/sim imports the sim through src/sim/index.ts
// only, so what the game, bots, tools and their tests rely on is exported there on purpose. The
// sim's own unit tests (test/sim/**) test its parts one by one, so they may reach any sim module.
// eslint.config.js and the import-rewrite script both read this list.

/** Globs, from the repo root, of files the door rule does not apply to. */
export const SIM_INTERNALS_ALLOWED = ['src/sim/**', 'test/sim/**'];

/** Whether a repo-relative path ('test/sim/x.test.ts') may import sim internals. */
export function mayReachSimInternals(relPath) {
  return SIM_INTERNALS_ALLOWED.some((glob) => relPath.startsWith(glob.replace(/\*\*$/, '')));
}
