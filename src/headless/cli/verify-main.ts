// npm run verify -- <replay.json> [--video clip.gif]: replays a run headlessly and prints its
// verified outcome and IGT; --video also films a verified level replay (src/headless/frame/clip.ts).
// A file is either one level's replay or a full-game run (every attempt at every level).
// Exit 0 verified; 1 not verified (a well-formed run that does not replay to its claims: tampered,
// or another version of the game or level); 2 unreadable, out of limits (src/limits.ts), or any
// internal error — never 1 for a crash. Every refusal is one line on stderr naming the file.
import { oneLine, LevelError } from '../../level/level-error';
import type { CheckedFullRun } from '../../replay/full-run-file';
import { verifyReplay } from '../../replay/record';
import { ReplayError, type CheckedReplay } from '../../replay/replay-file';
import { checkReplayLevel } from '../../replay/replay-link';
import { attemptTicksLimit, verifyFullRun, type GameLevel } from '../../replay/verify-full-run';
import { formatIgt } from '../../speedrun/igt';
import { GAME_VERSION } from '../../version';
import { writeRunClip, type Clip } from '../frame/clip';
import { loadLevel, loadLevelIndex } from '../level-files';
import { readAnyReplayFile } from '../replay-files';
import { UsageError } from './args';
import { cannotWrite, checkOutputFile } from './output-file';

type Out = (line: string) => void;

export function runVerifyCli(argv: readonly string[], out: Out, err: Out): number {
  try {
    return verifyCli(argv, out, err);
  } catch (e) {
    // Whatever went wrong inside is not a verdict on the run: one line, exit 2.
    const file = argv.length === 1 ? `${argv[0]!}: ` : '';
    const why = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    err(oneLine(`verify: ${file}internal error (${why}); the run was not checked`).slice(0, 400));
    return 2;
  }
}

const USAGE = 'verify: usage: npm run verify -- <replay.json> [--video clip.gif]';

/** The replay file and the clip to film, or a one-line usage problem. */
function readArgs(argv: readonly string[]): { file: string; video: string | null } | string {
  const rest = [...argv];
  let video: string | null = null;
  const at = rest.indexOf('--video');
  if (at >= 0) {
    video = rest[at + 1] ?? '';
    rest.splice(at, 2);
    if (video === '' || video.startsWith('--')) return 'verify: --video needs a file name (clip.gif)';
    if (!video.toLowerCase().endsWith('.gif')) return `verify: --video ${video}: clips are GIFs, name it .gif`;
    try {
      checkOutputFile('video', video);
    } catch (e) {
      if (e instanceof UsageError) return `verify: ${e.message}`;
      throw e;
    }
  }
  if (rest.length !== 1 || rest[0]!.startsWith('--')) return USAGE;
  return { file: rest[0]!, video };
}

function verifyCli(argv: readonly string[], out: Out, err: Out): number {
  const args = readArgs(argv);
  if (typeof args === 'string') {
    err(args);
    return 2;
  }
  const { file, video } = args;
  let read;
  try {
    read = readAnyReplayFile(file);
  } catch (e) {
    if (e instanceof ReplayError) {
      err(`verify: ${e.message}`);
      return 2;
    }
    throw e;
  }
  try {
    if (read.kind === 'full' && video !== null) {
      err(`verify: ${file}: --video films one level's replay; this is a full-game run (export one level's run from the results)`);
      return 2;
    }
    return read.kind === 'level' ? verifyLevel(file, read.checked, out, err, video) : verifyFull(file, read.checked, out, err);
  } catch (e) {
    if (e instanceof LevelError) {
      err(`verify: ${file}: cannot load this game's levels (${e.message})`);
      return 2;
    }
    if (e instanceof ReplayError) {
      err(`verify: ${e.message}`);
      return 2;
    }
    throw e;
  }
}

const versionNote = (game: string) => (game !== GAME_VERSION ? ` (recorded with game ${game}; this is ${GAME_VERSION})` : '');

function verifyLevel(file: string, checked: CheckedReplay, out: Out, err: Out, video: string | null): number {
  const { replay } = checked;
  // Only the catalogue's ids: a level named like a path ("package.json") is never read.
  checkReplayLevel(checked, loadLevelIndex().levels.map((l) => l.id), file);
  const level = loadLevel(replay.level);
  const limit = attemptTicksLimit(level);
  if (replay.ticks > limit) throw new ReplayError(file, 'ticks', `expected at most ${limit} ticks (the limit for "${replay.level}"), got ${replay.ticks}`);
  const verdict = verifyReplay(checked, level);
  if (!verdict.verified) {
    err(`verify: ${file}: NOT VERIFIED: ${verdict.reason}${versionNote(replay.game)}`);
    return 1;
  }
  const assists = replay.assists.length ? `, assists: ${replay.assists.join(', ')}` : '';
  const seed = `seed ${replay.seed}${replay.randomSeed ? ' (random)' : ''}`;
  out(`verified: ${replay.level} ${seed}, ${verdict.outcome ?? 'unfinished'} in ${formatIgt(verdict.ticks)} (${verdict.ticks} ticks), ${replay.mode === 'full' ? 'one level of a full game' : 'individual level'}${assists}, hash ${verdict.hash}`);
  if (video !== null) {
    let clip: Clip;
    try {
      clip = writeRunClip(video, level, replay.seed, checked.inputs);
    } catch (e) {
      err(`verify: ${cannotWrite('video', video, e)}`);
      return 2;
    }
    out(`clip: ${video} (${clip.frames} frames, ticks ${clip.fromTick}-${clip.toTick}, ${Math.round(clip.gif.length / 1024)} KB)`);
  }
  return 0;
}

function verifyFull(file: string, checked: CheckedFullRun, out: Out, err: Out): number {
  const game: GameLevel[] = loadLevelIndex().levels.map((e) => ({ data: loadLevel(e.id), seed: e.seed }));
  const verdict = verifyFullRun(checked, game);
  const { run } = checked;
  if (!verdict.verified) {
    err(`verify: ${file}: NOT VERIFIED: ${verdict.reason}${versionNote(run.game)}`);
    return 1;
  }
  const seeds = run.randomSeed ? `random seeds (run seed ${run.runSeed})` : 'fixed seeds';
  const how = verdict.complete ? `cleared (${verdict.levelsCleared} levels)` : `unfinished (${verdict.levelsCleared} of ${game.length} levels cleared)`;
  const levels = checked.levels.map((l, i) => `${l.level} ${formatIgt(verdict.levelTicks[i]!)}`).join(', ');
  out(`verified: full game, ${how} in ${formatIgt(verdict.ticks)} (${verdict.ticks} ticks), ${verdict.attempts} attempts, ${seeds}; ${levels}`);
  return 0;
}

if (process.argv[1]?.endsWith('verify-main.ts')) {
  process.exitCode = runVerifyCli(process.argv.slice(2), (l) => process.stdout.write(l + '\n'), (l) => process.stderr.write(l + '\n'));
}
