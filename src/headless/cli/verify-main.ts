// npm run verify -- <replay.json>: replays a run headlessly and prints its verified outcome and IGT.
// Exit 0 verified, 1 mismatch (tampered, or another version of the game or level), 2 unreadable.
import { LevelError } from '../../level/level-error';
import { verifyReplay } from '../../replay/record';
import { ReplayError } from '../../replay/replay-file';
import { formatIgt } from '../../speedrun/igt';
import { GAME_VERSION } from '../../version';
import { loadLevel } from '../level-files';
import { readReplayFile } from '../replay-files';

export function runVerifyCli(argv: readonly string[], out: (line: string) => void, err: (line: string) => void): number {
  if (argv.length !== 1 || argv[0]!.startsWith('--')) {
    err('verify: usage: npm run verify -- <replay.json>');
    return 2;
  }
  const file = argv[0]!;
  let checked;
  try {
    checked = readReplayFile(file);
  } catch (e) {
    if (e instanceof ReplayError) {
      err(`verify: ${e.message}`);
      return 2;
    }
    throw e;
  }
  const { replay } = checked;
  let level;
  try {
    level = loadLevel(replay.level);
  } catch (e) {
    if (e instanceof LevelError) {
      err(`verify: ${file}: level "${replay.level}" is not in this game (${e.message})`);
      return 1;
    }
    throw e;
  }
  const verdict = verifyReplay(checked, level);
  if (!verdict.verified) {
    const version = replay.game !== GAME_VERSION ? ` (recorded with game ${replay.game}; this is ${GAME_VERSION})` : '';
    err(`verify: ${file}: NOT VERIFIED: ${verdict.reason}${version}`);
    return 1;
  }
  const assists = replay.assists.length ? `, assists: ${replay.assists.join(', ')}` : '';
  const seed = `seed ${replay.seed}${replay.randomSeed ? ' (random)' : ''}`;
  out(`verified: ${replay.level} ${seed}, ${verdict.outcome ?? 'unfinished'} in ${formatIgt(verdict.ticks)} (${verdict.ticks} ticks), ${replay.mode === 'full' ? 'full game' : 'individual level'}${assists}, hash ${verdict.hash}`);
  return 0;
}

if (process.argv[1]?.endsWith('verify-main.ts')) {
  process.exitCode = runVerifyCli(process.argv.slice(2), (l) => process.stdout.write(l + '\n'), (l) => process.stderr.write(l + '\n'));
}
