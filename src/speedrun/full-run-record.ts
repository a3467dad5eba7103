// A finished (or stopped) full-game run as a file: each attempt recorded as a replay of its level
// (checkpoints, outcome and final hash), in the run's order. Building it replays every attempt, so
// it is done once, when the run is over, never on a restart.
import { createFullRun, type FullRunFile } from '../replay/full-run-file';
import { recordReplay } from '../replay/record';
import type { LevelData } from '../sim';
import type { FullGameRun } from './full-game';

export function recordFullRun(run: FullGameRun, levelData: (id: string) => LevelData): FullRunFile {
  const levels = [];
  for (let i = 0; i < run.levels.length; i++) {
    const attempts = run.attemptsAt(i);
    if (attempts.length === 0) break;
    const data = levelData(run.levels[i]!.id);
    levels.push({
      level: data.id,
      attempts: attempts.map((a) => recordReplay(data, a.seed, a.inputs, { mode: 'full', randomSeed: run.randomSeed, assists: run.assists })),
    });
  }
  return createFullRun({ randomSeed: run.randomSeed, runSeed: run.runSeed, levels });
}
