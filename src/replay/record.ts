// Recording and verifying runs: both replay the inputs through a fresh world and take the state
// hash every CHECKPOINT_TICKS ticks, so a verifier can say where a doctored run parts ways.
import { assistNames, assistsFromNames, createWorld, stateHash, step, type LevelData, type Outcome, type RunAssists, type TickInput } from '../sim';
import { levelContentHash } from './level-hash';
import { CHECKPOINT_TICKS, createReplay, type CheckedReplay, type ReplayFile, type RunMode } from './replay-file';

interface Played {
  ticks: number;
  outcome: Outcome | null;
  hash: string;
  checkpoints: string;
  /** Tick at which the sim reached its outcome (-1: never). */
  endedAt: number;
}

function play(level: LevelData, seed: number, inputs: readonly TickInput[], assists: RunAssists | undefined): Played {
  const world = createWorld(level, seed, assists);
  let checkpoints = '';
  let endedAt = -1;
  for (let i = 0; i < inputs.length; i++) {
    step(world, inputs[i]!);
    if ((i + 1) % CHECKPOINT_TICKS === 0) checkpoints += stateHash(world);
    if (endedAt < 0 && world.outcome !== null) endedAt = i + 1;
  }
  return { ticks: world.tick, outcome: world.outcome, hash: stateHash(world), checkpoints, endedAt };
}

/** A complete replay for a run: the level version, checkpoints, outcome and final hash included. */
export function recordReplay(level: LevelData, seed: number, inputs: readonly TickInput[], options: { mode?: RunMode; randomSeed?: boolean; assists?: RunAssists } = {}): ReplayFile {
  const played = play(level, seed, inputs, options.assists);
  // A run is its inputs up to the tick the level ended; later inputs change nothing.
  const kept = played.endedAt > 0 ? inputs.slice(0, played.endedAt) : inputs;
  const final = kept === inputs ? played : play(level, seed, kept, options.assists);
  return createReplay({
    level: level.id, seed, inputs: kept, outcome: final.outcome, hash: final.hash, checkpoints: final.checkpoints,
    levelHash: levelContentHash(level), mode: options.mode ?? 'il', assists: assistNames(options.assists), ...(options.randomSeed ? { randomSeed: true } : {}),
  });
}

export type Verdict =
  | { verified: true; ticks: number; outcome: Outcome | null; hash: string }
  | { verified: false; reason: string; divergedAt?: { fromTick: number; toTick: number } };

/** Replays a checked replay on `level` and says whether everything it claims holds. */
export function verifyReplay(checked: CheckedReplay, level: LevelData): Verdict {
  const { replay, inputs } = checked;
  if (replay.level !== level.id) return { verified: false, reason: `the replay is of level "${replay.level}", not "${level.id}"` };
  if (replay.levelHash !== undefined && replay.levelHash !== levelContentHash(level)) {
    return { verified: false, reason: `recorded on another version of level "${level.id}" (level hash ${replay.levelHash}, this game has ${levelContentHash(level)})` };
  }
  // The run replays with the assists its header names: a header that lies about them diverges.
  const played = play(level, replay.seed, inputs, assistsFromNames(replay.assists));
  if (replay.checkpoints !== undefined) {
    for (let i = 0; i * 16 < replay.checkpoints.length; i++) {
      if (replay.checkpoints.slice(i * 16, i * 16 + 16) !== played.checkpoints.slice(i * 16, i * 16 + 16)) {
        return { verified: false, reason: `the game diverged from the recording between ticks ${i * CHECKPOINT_TICKS} and ${(i + 1) * CHECKPOINT_TICKS}`, divergedAt: { fromTick: i * CHECKPOINT_TICKS, toTick: (i + 1) * CHECKPOINT_TICKS } };
      }
    }
  }
  if (played.endedAt > 0 && played.endedAt < inputs.length) {
    return { verified: false, reason: `the level ended (${played.outcome}) at tick ${played.endedAt}, but the replay claims ${inputs.length} ticks` };
  }
  if (replay.outcome !== undefined && replay.outcome !== played.outcome) {
    return { verified: false, reason: `the replay claims "${replay.outcome ?? 'unfinished'}", replaying it gives "${played.outcome ?? 'unfinished'}" after ${played.ticks} ticks` };
  }
  if (replay.hash !== undefined && replay.hash !== played.hash) {
    return { verified: false, reason: `the final state differs (hash ${played.hash}, the replay claims ${replay.hash})` };
  }
  return { verified: true, ticks: played.ticks, outcome: played.outcome, hash: played.hash };
}
