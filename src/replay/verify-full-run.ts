// Verifying a full-game run: the levels are the game's, in its order; every attempt is on the
// board the run claims (each level's fixed seed, or the one its run seed gives); every attempt
// replays to what it claims; only the last attempt at a level may clear it, and every level but
// the last one played was cleared; the level and run times are the sums of the attempts' ticks.
import type { LevelData } from '../sim';
import { verifyReplay } from './record';
import { runLevelSeed, type CheckedFullRun } from './full-run-file';

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

export function verifyFullRun(checked: CheckedFullRun, game: readonly GameLevel[]): FullVerdict {
  const { run, levels } = checked;
  if (levels.length > game.length) return no(`the run has ${levels.length} levels, this game has ${game.length}`);
  const levelTicks: number[] = [];
  let attempts = 0;
  let cleared = 0;
  for (let i = 0; i < levels.length; i++) {
    const seg = levels[i]!;
    const want = game[i]!;
    const where = `levels[${i}]`;
    if (seg.level !== want.data.id) return no(`${where} is "${seg.level}", but level ${i + 1} of this game is "${want.data.id}"`);
    const seed = run.randomSeed ? runLevelSeed(run.runSeed ?? 0, i) : want.seed;
    let ticks = 0;
    for (let k = 0; k < seg.attempts.length; k++) {
      const attempt = seg.attempts[k]!;
      const r = attempt.replay;
      const at = `${where}.attempts[${k}]`;
      if (r.level !== seg.level) return no(`${at} is a replay of "${r.level}", not "${seg.level}"`);
      if (r.mode !== 'full') return no(`${at} is an individual-level replay (mode "${r.mode}"), not part of a full-game run`);
      if (!!r.randomSeed !== !!run.randomSeed) return no(`${at} is ${r.randomSeed ? '' : 'not '}marked random-seed, the run is ${run.randomSeed ? '' : 'not'}`);
      if (r.seed !== seed) return no(`${at} was played on seed ${r.seed}, the run's board for "${seg.level}" is seed ${seed}`);
      const verdict = verifyReplay(attempt, want.data);
      if (!verdict.verified) return no(`${at}: ${verdict.reason}`);
      const last = k === seg.attempts.length - 1;
      if (!last && verdict.outcome === 'cleared') return no(`${at} cleared "${seg.level}", yet more attempts follow it`);
      if (last && verdict.outcome === 'cleared') cleared++;
      if (last && verdict.outcome !== 'cleared' && i < levels.length - 1) return no(`"${seg.level}" was never cleared, yet the run goes on to "${levels[i + 1]!.level}"`);
      ticks += verdict.ticks;
      attempts++;
    }
    if (ticks !== seg.ticks) return no(`${where} claims ${seg.ticks} ticks on "${seg.level}", its attempts add up to ${ticks}`);
    levelTicks.push(ticks);
  }
  const total = levelTicks.reduce((n, t) => n + t, 0);
  if (total !== run.ticks) return no(`the run claims ${run.ticks} ticks, its levels add up to ${total}`);
  return { verified: true, complete: cleared === game.length, levelsCleared: cleared, ticks: total, levelTicks, attempts };
}
