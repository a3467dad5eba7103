// Demonstrations for imitation learning: a recorded run replayed through the same env an agent
// uses, so each pair holds exactly the observation the agent would have seen, the action taken
// (the recorded input), and what followed. The final state is checked against the file's hash.
import type { LevelData } from '../../sim';
import { ReplayError, validateReplay, type CheckedReplay, type ReplayFile } from '../../replay/replay-file';
import { readReplayFile } from '../replay-files';
import { toAction, type ActionObject } from './action';
import { makeEnv } from './env';
import type { Observation, ObservationOptions } from './observation';
import type { RewardWeights } from './reward';

export interface DemonstrationStep {
  /** What the agent saw before acting. */
  observation: Observation;
  /** The recorded input as an action (canonical form: buttons as a bitmask). */
  action: ActionObject;
  reward: number;
  terminated: boolean;
  /** True on the last step of a recording that stops before the level ends. */
  truncated: boolean;
}

export interface DemonstrationOptions {
  /** Level to replay on (id, .tmj path or data); default: the replay's level id. Its id must match the replay's. */
  readonly level?: string | LevelData;
  readonly reward?: Partial<RewardWeights>;
  readonly observation?: ObservationOptions;
}

/** A replay file path, a parsed replay object (checked here), or an already checked replay. */
export type DemonstrationSource = string | ReplayFile | CheckedReplay;

function isChecked(v: unknown): v is CheckedReplay {
  return typeof v === 'object' && v !== null && 'replay' in v && 'inputs' in v && Array.isArray((v as CheckedReplay).inputs);
}

function open(source: unknown): { checked: CheckedReplay; file: string } {
  if (typeof source === 'string') return { checked: readReplayFile(source), file: source };
  if (isChecked(source)) return { checked: source, file: 'replay' };
  return { checked: validateReplay(source, 'replay'), file: 'replay' };
}

/** Yields one pair per recorded tick; throws ReplayError at the end if the run does not replay as recorded. */
export function* iterateDemonstration(source: DemonstrationSource, options: DemonstrationOptions = {}): Generator<DemonstrationStep, void, undefined> {
  const { checked, file } = open(source);
  const { replay, inputs } = checked;
  const env = makeEnv({
    level: options.level ?? replay.level,
    // The recording's length is the episode: a run that stops early ends truncated.
    maxTicks: Math.max(1, inputs.length),
    frameSkip: 1,
    ...(options.reward ? { reward: options.reward } : {}),
    ...(options.observation ? { observation: options.observation } : {}),
  });
  if (env.level.id !== replay.level) throw new ReplayError(file, 'level', `expected "${env.level.id}" (the level given to replay it on), got "${replay.level}"`);
  let observation = env.reset({ seed: replay.seed }).observation;
  for (let i = 0; i < inputs.length; i++) {
    const world = env.world!;
    if (world.outcome !== null) {
      throw new ReplayError(file, 'inputs', `expected the run to end with the last input, got an outcome (${world.outcome}) at tick ${world.tick} with ${inputs.length - i} inputs left`);
    }
    const action = toAction(inputs[i]!);
    const r = env.step(action);
    yield { observation, action, reward: r.reward, terminated: r.terminated, truncated: r.truncated };
    observation = r.observation;
  }
  const world = env.world!;
  if (replay.outcome !== undefined && replay.outcome !== world.outcome) {
    throw new ReplayError(file, 'outcome', `expected ${JSON.stringify(world.outcome)} (what replaying the inputs gives), got ${JSON.stringify(replay.outcome)}`);
  }
  if (replay.hash !== undefined) {
    const hash = env.stateHash();
    if (hash !== replay.hash) {
      throw new ReplayError(file, 'hash', `expected ${hash} (what replaying the inputs gives), got ${replay.hash}: the run was recorded by a different game version, on a different level file, or edited`);
    }
  }
}

/** Every pair of a demonstration, checked to the end (hash and outcome) before it is returned. */
export function loadDemonstration(source: DemonstrationSource, options: DemonstrationOptions = {}): DemonstrationStep[] {
  return [...iterateDemonstration(source, options)];
}
