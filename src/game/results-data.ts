// What the results panel shows, as the Play scene's speedrun session hands it over.
import type { Outcome, RunStats } from '../sim';
import type { SplitInfo } from './run-tracker';

export type PlayMode = 'il' | 'full' | 'practice' | 'race';

export interface ResultsData {
  level: string;
  mode: PlayMode;
  outcome: Outcome;
  /** In-game time of this attempt at the level. */
  ticks: number;
  stats: RunStats;
  grade: string;
  /** A new personal best (of the level, or of the full game at its end). */
  newBest: boolean;
  /** This run's splits with their deltas against the PB it raced (per objective; per level for a full game). */
  splits: readonly SplitInfo[];
  /** Whether there was a PB to compare with. */
  hadPb: boolean;
  sumOfBest: number | null;
  /** Why the run was lost ("Carolina was killed"), from world.failure; null or absent when not. */
  failure?: string | null;
  /** Who killed El and with what ("a back-room gunman - revolver", "the fire"), when he died. */
  killedBy?: string | null;
  /** Whether El was still standing at the end: a run lost with him alive (Carolina, the boy, Bucho shot) is FAILED, not YOU DIED. */
  playerAlive?: boolean;
  /** The board: its seed, and whether it was drawn at random (for a full game, the run seed). */
  seed: number;
  randomSeed: boolean;
  /** The records category the run counted towards (null: practice, which never counts). */
  category: string | null;
  /** Assists the run was played with, by name (absent or empty: none); the results say so. */
  assists?: readonly string[];
  /** Segment names of the category, for the LiveSplit export. */
  splitNames: readonly string[];
  /** The replay to offer for saving: a level's replay or a full-game run file. */
  replay?: { readonly text: string; readonly fileName: string };
  /** "split 1: Clear the bar" for a practice run. */
  practiceFrom?: string;
  /** A full-game run: its time so far (or in all), levels cleared of how many, attempts. */
  full?: { readonly ticks: number; readonly cleared: number; readonly levels: number; readonly attempts: number; readonly finished: boolean };
  /** Name of the replay raced as the ghost. */
  racing?: string;
}
