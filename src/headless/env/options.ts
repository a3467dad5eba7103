// makeEnv's options, checked strictly: a wrong count or an unknown key is an EnvError naming it.
import { describeValue } from '../../level/error-text';
import type { LevelData } from '../../sim';
import { EnvError } from './errors';
import { OBSERVATION_DEFAULTS, type ObservationOptions, type ResolvedObservationOptions } from './observation';
import { DEFAULT_REWARD, REWARD_KEYS, type RewardWeights } from './reward';

export interface EnvOptions {
  /** A level id from levels/index.json, a path to a .tmj map, or parsed level data. */
  readonly level: string | LevelData;
  /** Episode limit in ticks: reaching it ends the episode as truncated. Default 36000 (10 minutes). */
  readonly maxTicks?: number;
  /** Reward weights; missing keys take DEFAULT_REWARD's. */
  readonly reward?: Partial<RewardWeights>;
  /** Ticks each step plays with the same action (rewards summed). Default 1. */
  readonly frameSkip?: number;
  readonly observation?: ObservationOptions;
}

export interface ResolvedEnvOptions {
  readonly maxTicks: number;
  readonly reward: RewardWeights;
  readonly frameSkip: number;
  readonly observation: ResolvedObservationOptions;
}

export const DEFAULT_MAX_TICKS = 60 * 60 * 10;
/** Limits that keep a typo from allocating the machine away. */
export const LIMITS = {
  maxTicks: [1, 60 * 60 * 60 * 24],
  frameSkip: [1, 600],
  gridRadius: [0, 64],
  maxActors: [0, 1024],
  maxBullets: [0, 1024],
  maxPickups: [0, 256],
  maxGrenades: [0, 256],
} as const satisfies Record<string, readonly [number, number]>;

function count(value: unknown, name: keyof typeof LIMITS, fallback: number, where: string = name): number {
  if (value === undefined) return fallback;
  const [lo, hi] = LIMITS[name];
  if (typeof value !== 'number' || !Number.isInteger(value) || value < lo || value > hi) {
    throw new EnvError(`${where}: expected an integer from ${lo} to ${hi}, got ${describeValue(value)}`);
  }
  return value;
}

function onlyKeys(obj: object, keys: readonly string[], where: string): void {
  for (const key of Object.keys(obj)) {
    if (!keys.includes(key)) throw new EnvError(`${where}: unknown option "${key}" (known: ${keys.join(', ')})`);
  }
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function resolveOptions(opts: EnvOptions): ResolvedEnvOptions {
  if (!isPlainObject(opts)) throw new EnvError(`options: expected an object, got ${describeValue(opts)}`);
  onlyKeys(opts, ['level', 'maxTicks', 'reward', 'frameSkip', 'observation'], 'options');
  const reward: Record<string, number> = { ...DEFAULT_REWARD };
  if (opts.reward !== undefined) {
    if (!isPlainObject(opts.reward)) throw new EnvError(`reward: expected an object of weights, got ${describeValue(opts.reward)}`);
    onlyKeys(opts.reward, REWARD_KEYS, 'reward');
    for (const [key, value] of Object.entries(opts.reward)) {
      if (value === undefined) continue;
      if (typeof value !== 'number' || !Number.isFinite(value)) throw new EnvError(`reward.${key}: expected a finite number, got ${describeValue(value)}`);
      reward[key] = value;
    }
  }
  const o = opts.observation ?? {};
  if (!isPlainObject(o)) throw new EnvError(`observation: expected an object, got ${describeValue(o)}`);
  onlyKeys(o, Object.keys(OBSERVATION_DEFAULTS), 'observation');
  return {
    maxTicks: count(opts.maxTicks, 'maxTicks', DEFAULT_MAX_TICKS),
    frameSkip: count(opts.frameSkip, 'frameSkip', 1),
    reward: reward as unknown as RewardWeights,
    observation: {
      gridRadius: count(o.gridRadius, 'gridRadius', OBSERVATION_DEFAULTS.gridRadius, 'observation.gridRadius'),
      maxActors: count(o.maxActors, 'maxActors', OBSERVATION_DEFAULTS.maxActors, 'observation.maxActors'),
      maxBullets: count(o.maxBullets, 'maxBullets', OBSERVATION_DEFAULTS.maxBullets, 'observation.maxBullets'),
      maxPickups: count(o.maxPickups, 'maxPickups', OBSERVATION_DEFAULTS.maxPickups, 'observation.maxPickups'),
      maxGrenades: count(o.maxGrenades, 'maxGrenades', OBSERVATION_DEFAULTS.maxGrenades, 'observation.maxGrenades'),
    },
  };
}
