// The server's one door to the replay readers and verifiers (src/replay): a submitted file's text
// in, a verdict out, worded for the player. Everything the server knows about replay files goes
// through here, so a change to the readers means a change to this file only.
import { createHash } from 'node:crypto';
import { FULL_RUN_FORMAT, parseAnyReplay, type AnyReplay } from '../replay/full-run-file';
import { verifyReplay } from '../replay/record';
import { ReplayError } from '../replay/replay-file';
import { verifyFullRun } from '../replay/verify-full-run';
import { fullCategory, ilCategory } from '../speedrun/categories';
import { TICK_RATE } from '../sim';
import type { ServerGame } from './game-levels';

export type RunVerdict =
  | { readonly ok: true; readonly category: string; readonly levelHash: string; readonly ticks: number }
  /** 400: not a readable run file; 413: more ticks than the server replays; 422: does not hold. */
  | { readonly ok: false; readonly status: 400 | 413 | 422; readonly error: string };

const refuse = (status: 400 | 413 | 422, error: string): RunVerdict => ({ ok: false, status, error });

/** "between ticks 120 and 180" gains the second of the run it names, which is what a player sees. */
function withSecond(reason: string): string {
  return reason.replace(/between ticks (\d+) and (\d+)/, (all, from: string) => `in second ${Math.floor(Number(from) / TICK_RATE) + 1} (${all})`);
}

function totalTicks(read: AnyReplay): number {
  if (read.kind === 'level') return read.checked.replay.ticks;
  return read.checked.levels.reduce((n, l) => n + l.attempts.reduce((m, a) => m + a.ticks, 0), 0);
}

/** Reads and replays one submitted run; `maxTicks` bounds the work before any of it is done. */
export function verifyRunText(text: string, game: ServerGame, maxTicks: number): RunVerdict {
  let read: AnyReplay;
  try {
    read = parseAnyReplay(text, 'replay');
  } catch (err) {
    if (err instanceof ReplayError) return refuse(400, err.message);
    throw err;
  }
  const ticks = totalTicks(read);
  if (ticks > maxTicks) return refuse(413, `replay: the run holds ${ticks} ticks, this server replays at most ${maxTicks}`);
  return read.kind === 'level' ? verifyLevelRun(read.checked, game) : verifyGameRun(read.checked, game);
}

function verifyLevelRun(checked: Extract<AnyReplay, { kind: 'level' }>['checked'], game: ServerGame): RunVerdict {
  const { replay } = checked;
  const level = game.levels.find((l) => l.data.id === replay.level);
  if (!level) return refuse(422, `replay: level "${replay.level}" is not in this game (it has ${game.levels.map((l) => l.data.id).join(', ')})`);
  if (replay.mode !== 'il') return refuse(422, 'replay: this is one level of a full-game run; submit the whole run file');
  if (replay.assists.length > 0) return refuse(422, `replay: assisted runs are not ranked (assists: ${replay.assists.join(', ')})`);
  if (replay.levelHash !== undefined && replay.levelHash !== level.hash) {
    return refuse(422, `replay: recorded on another version of the level "${replay.level}" (level hash ${replay.levelHash}, this server has ${level.hash})`);
  }
  const verdict = verifyReplay(checked, level.data);
  if (!verdict.verified) return refuse(422, `replay: the run does not replay to its claims: ${withSecond(verdict.reason)}`);
  if (verdict.outcome !== 'cleared') return refuse(422, `replay: the run did not clear the level (it ends ${verdict.outcome ?? 'unfinished'} after ${verdict.ticks} ticks)`);
  const fixedBoard = !replay.randomSeed && replay.seed === level.seed;
  return { ok: true, category: ilCategory(replay.level, fixedBoard), levelHash: level.hash, ticks: verdict.ticks };
}

function verifyGameRun(checked: Extract<AnyReplay, { kind: 'full' }>['checked'], game: ServerGame): RunVerdict {
  const { run } = checked;
  if (run.assists.length > 0) return refuse(422, `replay: assisted runs are not ranked (assists: ${run.assists.join(', ')})`);
  const verdict = verifyFullRun(checked, game.levels);
  if (!verdict.verified) {
    const foreign = /another version of level/.test(verdict.reason) ? ' (recorded on another version of the level)' : '';
    return refuse(422, `replay: the run does not replay to its claims${foreign}: ${withSecond(verdict.reason)}`);
  }
  if (!verdict.complete) return refuse(422, `replay: the run did not clear the game (${verdict.levelsCleared} of ${game.levels.length} levels cleared)`);
  return { ok: true, category: fullCategory(!!run.randomSeed), levelHash: game.fullHash, ticks: verdict.ticks };
}

/**
 * What makes two submissions the same run: the board and every input played (each attempt's level,
 * seed and inputs), not the file's other fields, so re-saving a run without its optional claims
 * (hash, checkpoints, outcome) does not turn someone else's run into a new one. Works on the raw
 * object before it is checked: a malformed file gets its text's hash and is refused by verification.
 */
export function runIdentity(value: Record<string, unknown>): string {
  const attempt = (a: unknown): string => {
    const r = (typeof a === 'object' && a !== null ? a : {}) as Record<string, unknown>;
    return JSON.stringify([r.level, r.seed, r.randomSeed === true, r.inputs]);
  };
  const levels = value.levels;
  const parts = value.format === FULL_RUN_FORMAT && Array.isArray(levels)
    ? levels.flatMap((l: unknown) => {
        const attempts = (typeof l === 'object' && l !== null ? (l as Record<string, unknown>).attempts : undefined);
        return Array.isArray(attempts) ? attempts.map(attempt) : [JSON.stringify(l)];
      })
    : [attempt(value)];
  return createHash('sha256').update(`${String(value.format)}\n${parts.join('\n')}`).digest('hex');
}
