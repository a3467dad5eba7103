// One verification as a worker thread does it: the thread reads the game's levels once and keeps
// them, then replays each submitted run against them.
import { loadServerGame, type ServerGame } from './game-levels';
import { verifyRunText, type RunVerdict } from './verify-run';

export interface VerifyTask {
  readonly text: string;
  readonly levelsDir: string;
  readonly maxTicks: number;
}

const games = new Map<string, ServerGame>();

export function runVerifyTask(task: VerifyTask): RunVerdict {
  let game = games.get(task.levelsDir);
  if (!game) {
    game = loadServerGame(task.levelsDir);
    games.set(task.levelsDir, game);
  }
  return verifyRunText(task.text, game, task.maxTicks);
}
