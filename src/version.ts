// The game's version, written into every replay so a run can say which rules it was played by.
// Keep equal to package.json's "version" (a test checks); bump it when the rules change.
export const GAME_VERSION = '0.1.0';
