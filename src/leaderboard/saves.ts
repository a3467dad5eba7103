// What the game keeps for the leaderboard, in its own versioned record ('desperado.leaderboard'):
// the player's name, the secret key made on the first submission (never shown: the server keeps
// only its hash, bound to the name), and the submissions waiting for the server to answer.
import * as v from 'valibot';
import { createStore, type StorageLike, type Store } from '../storage';
import { MAX_NAME_LENGTH } from './player-name';

export const LEADERBOARD_KEY = 'desperado.leaderboard';
export const LEADERBOARD_VERSION = 1;
/** Submissions kept while the server cannot be reached; a new one past this drops the oldest. */
export const MAX_PENDING = 10;

const pendingSchema = v.object({
  /** The replay file's JSON text, exactly as the results offered it. */
  replay: v.pipe(v.string(), v.maxLength(1024 * 1024)),
  /** The board it goes to and its time, to say what waits ("bar 0:41.250"). */
  category: v.string(),
  ticks: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
export type PendingRun = v.InferOutput<typeof pendingSchema>;

export const leaderboardSavesSchema = v.object({
  name: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(MAX_NAME_LENGTH * 2))), null),
  /** 64 hex digits from crypto.getRandomValues, made on the first submission. */
  key: v.optional(v.nullable(v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/))), null),
  pending: v.optional(v.pipe(v.array(pendingSchema), v.maxLength(MAX_PENDING)), []),
});
export type LeaderboardSaves = v.InferOutput<typeof leaderboardSavesSchema>;

export function createLeaderboardStore(backend?: StorageLike | null | (() => StorageLike | null)): Store<LeaderboardSaves> {
  return createStore({
    key: LEADERBOARD_KEY,
    version: LEADERBOARD_VERSION,
    schema: leaderboardSavesSchema,
    defaults: { name: null, key: null, pending: [] },
    label: 'leaderboard saves',
    ...(backend === undefined ? {} : { backend }),
  });
}

/** A new player secret: 32 random bytes as hex. */
export function makeSecretKey(random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  return Array.from(random(new Uint8Array(32)), (b) => b.toString(16).padStart(2, '0')).join('');
}
