// The server's limits in one place: what one request may hold and how often an address may ask.
// The replay readers have their own hard bounds (MAX_REPLAY_TICKS, MAX_FULL_RUN_ATTEMPTS); these are
// the server's, tighter, so one submission costs a bounded slice of a verifier thread.

export interface ServerLimits {
  /** Largest request body in bytes (a level's replay is a few kB; a full run with restarts, more). */
  readonly bodyBytes: number;
  /** Most ticks one submitted run may hold, all attempts of a full run together. */
  readonly replayTicks: number;
  /** Requests per minute per client address (every route). */
  readonly requestsPerMinute: number;
  /** Submissions (POST /api/runs) per minute per client address: each costs a replay. */
  readonly submissionsPerMinute: number;
  /** Most entries one board page returns. */
  readonly boardPage: number;
  /** Submissions waiting for or in a verifier thread before the server answers 503. */
  readonly verifyQueue: number;
}

export const DEFAULT_LIMITS: ServerLimits = {
  bodyBytes: 1024 * 1024,
  // 30 minutes of game time: a whole game with restarts is well under this.
  replayTicks: 30 * 60 * 60,
  requestsPerMinute: 300,
  submissionsPerMinute: 30,
  boardPage: 100,
  verifyQueue: 64,
};

/** Player names: 1-24 printable characters (no control characters), kept and shown as plain text. */
export const NAME_MAX = 24;
/** Player keys: the game's random secret, as text. */
export const KEY_MIN = 16;
export const KEY_MAX = 128;
