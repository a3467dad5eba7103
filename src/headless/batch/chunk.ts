// One unit of batch work: a run of consecutive seeds on one level, played in whatever thread calls
// it (the main thread with --workers 1, a worker thread otherwise; see worker.mjs).
import { threadId } from 'node:worker_threads';
import type { LevelData } from '../../sim/index';
import { botFor } from '../bots';
import { loadLevel } from '../level-files';
import { runEpisode, type EpisodeResult, type EpisodeTrace } from '../run-episode';

export interface ChunkTask {
  /** Level id or .tmj path, as given to loadLevel, and the folder holding index.json. */
  readonly level: string;
  readonly levelsDir: string;
  readonly bot: string;
  /** Seeds seedStart, seedStart+1, … (wrapping at 2^32), `count` of them. */
  readonly seedStart: number;
  readonly count: number;
  readonly maxTicks: number;
  /** Collect death and shot positions for a heatmap. */
  readonly trace: boolean;
}

export interface ChunkResult {
  readonly results: EpisodeResult[];
  /** Flat [x, y, …] world pixels (empty unless task.trace). */
  readonly deaths: Int32Array;
  readonly shots: Int32Array;
  /** The thread that played it (0: the main thread). */
  readonly threadId: number;
}

const levels = new Map<string, LevelData>();

function levelFor(task: ChunkTask): LevelData {
  const key = `${task.levelsDir}\n${task.level}`;
  let level = levels.get(key);
  if (!level) {
    level = loadLevel(task.level, task.levelsDir);
    levels.set(key, level);
  }
  return level;
}

/** The seed of the i-th run of a series. */
export function seedAt(seedStart: number, i: number): number {
  return (seedStart + i) >>> 0;
}

export function runChunk(task: ChunkTask, onEpisode?: (result: EpisodeResult) => void): ChunkResult {
  const level = levelFor(task);
  const bot = botFor(task.bot, level.id);
  if (!bot) throw new Error(`unknown bot "${task.bot}"`);
  const trace: EpisodeTrace | undefined = task.trace ? { deaths: [], shots: [] } : undefined;
  const results: EpisodeResult[] = [];
  for (let i = 0; i < task.count; i++) {
    const { result } = runEpisode(level, seedAt(task.seedStart, i), bot, task.maxTicks, trace);
    results.push(result);
    onEpisode?.(result);
  }
  return {
    results,
    deaths: Int32Array.from(trace?.deaths ?? []),
    shots: Int32Array.from(trace?.shots ?? []),
    threadId,
  };
}
