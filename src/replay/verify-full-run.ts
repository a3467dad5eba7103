// Verifying a full-game run: the levels are the game's, in its order; every attempt is on the
// board the run claims (each level's fixed seed, or the one its run seed gives); every attempt
// replays to what it claims; only the last attempt at a level may clear it, and every level but
// the last one played was cleared; the level and run times are the sums of the attempts' ticks.
// The claimed times are checked before anything is replayed, and attempts are decoded and replayed
// one at a time: memory holds one attempt's inputs, however many the run has.
import { MAX_ATTEMPT_TICKS } from '../limits';
import type { LevelData } from '../sim';
import { verifyReplay } from './record';
import { decodeAttempt, runLevelSeed, type CheckedFullRun } from './full-run-file';
import { ReplayError } from './replay-file';

/** One level of the game, in order: its data and its fixed seed (levels/index.json). */
export interface GameLevel {
  readonly data: LevelData;
  readonly seed: number;
}

export type FullVerdict =
  | {
      readonly verified: true;
      /** The whole game was cleared (else the run stopped after `levelsCleared` levels). */
      readonly complete: boolean;
      readonly levelsCleared: number;
      readonly ticks: number;
      /** Ticks per level played, restarts included. */
      readonly levelTicks: readonly number[];
      readonly attempts: number;
    }
  | { readonly verified: false; readonly reason: string };

const no = (reason: string): FullVerdict => ({ verified: false, reason });

/** Longest attempt a level allows: its time limit when it has one, else the game's limit. */
export function attemptTicksLimit(level: LevelData): number {
  return level.timeLimit > 0 ? Math.min(level.timeLimit, MAX_ATTEMPT_TICKS) : MAX_ATTEMPT_TICKS;
}

/**
 * Every claim, before replaying anything: each attempt is of its level, in the run's mode, on the
 * run's board and within the level's time limit (else a ReplayError: out of limits), and the level
 * and run times are the sums of the attempts' claimed ticks.
 */
function checkClaims(checked: CheckedFullRun, game: readonly GameLevel[]): string | null {
  const { run, levels } = checked;
  let total = 0;
  for (let i = 0; i < levels.length; i++) {
    const seg = levels[i]!;
    const where = `levels[${i}]`;
    if (seg.level !== game[i]!.data.id) return `${where} is "${seg.level}", but level ${i + 1} of this game is "${game[i]!.data.id}"`;
    const limit = attemptTicksLimit(game[i]!.data);
    const seed = run.randomSeed ? runLevelSeed(run.runSeed ?? 0, i) : game[i]!.seed;
    let ticks = 0;
    for (let k = 0; k < seg.attempts.length; k++) {
      const r = seg.attempts[k]!;
      const at = `${where}.attempts[${k}]`;
      if (r.level !== seg.level) return `${at} is a replay of "${r.level}", not "${seg.level}"`;
      if (r.mode !== 'full') return `${at} is an individual-level replay (mode "${r.mode}"), not part of a full-game run`;
      if (!!r.randomSeed !== !!run.randomSeed) return `${at} is ${r.randomSeed ? '' : 'not '}marked random-seed, the run is ${run.randomSeed ? '' : 'not'}`;
      if (r.seed !== seed) return `${at} was played on seed ${r.seed}, the run's board for "${seg.level}" is seed ${seed}`;
      if (r.ticks > limit) throw new ReplayError(checked.file, `${at}.ticks`, `expected at most ${limit} ticks (the limit for "${seg.level}"), got ${r.ticks}`);
      ticks += r.ticks;
    }
    if (ticks !== seg.ticks) return `${where} claims ${seg.ticks} ticks on "${seg.level}", its attempts add up to ${ticks}`;
    total += ticks;
  }
  if (total !== run.ticks) return `the run claims ${run.ticks} ticks, its levels add up to ${total}`;
  return null;
}

/** Verifies a checked run; a ReplayError when an attempt is out of limits or its inputs cannot be decoded. */
export function verifyFullRun(checked: CheckedFullRun, game: readonly GameLevel[]): FullVerdict {
  const { levels } = checked;
  if (levels.length > game.length) return no(`the run has ${levels.length} levels, this game has ${game.length}`);
  const claims = checkClaims(checked, game);
  if (claims) return no(claims);
  const levelTicks: number[] = [];
  let attempts = 0;
  let cleared = 0;
  for (let i = 0; i < levels.length; i++) {
    const seg = levels[i]!;
    const want = game[i]!;
    let ticks = 0;
    for (let k = 0; k < seg.attempts.length; k++) {
      const at = `levels[${i}].attempts[${k}]`;
      // Decoded here, dropped after: one attempt's inputs in memory at a time.
      const verdict = verifyReplay(decodeAttempt(checked, i, k), want.data);
      if (!verdict.verified) return no(`${at}: ${verdict.reason}`);
      const last = k === seg.attempts.length - 1;
      if (!last && verdict.outcome === 'cleared') return no(`${at} cleared "${seg.level}", yet more attempts follow it`);
      if (last && verdict.outcome === 'cleared') cleared++;
      if (last && verdict.outcome !== 'cleared' && i < levels.length - 1) return no(`"${seg.level}" was never cleared, yet the run goes on to "${levels[i + 1]!.level}"`);
      ticks += verdict.ticks;
      attempts++;
    }
    // The claims were checked, and each attempt replays to exactly the ticks it claims.
    levelTicks.push(ticks);
  }
  const total = levelTicks.reduce((n, t) => n + t, 0);
  return { verified: true, complete: cleared === game.length, levelsCleared: cleared, ticks: total, levelTicks, attempts };
}
