// makeEnv: a Gymnasium-style environment over the deterministic sim. reset() starts an episode,
// step(action) plays frameSkip ticks with it, snapshot()/restore() save and reload the exact
// state. Same seed + same actions = same observations, rewards and stateHash, on any machine.
import { describeValue } from '../../level/error-text';
import { LevelError } from '../../level/level-error';
import {
  cloneWorld, createWorld, stateHash, step as stepWorld, type LevelData, type Outcome, type RunStats, type World,
} from '../../sim';
import { loadLevel, loadLevelIndex } from '../level-files';
import { toTickInput, type Action } from './action';
import { EnvError } from './errors';
import { Observer, type Observation } from './observation';
import { resolveOptions, type EnvOptions, type ResolvedEnvOptions } from './options';
import { markOf, rewardSince } from './reward';
import { actionSpace, flatActionSpace, observationSpace, type Space } from './spaces';

export interface EnvInfo {
  /** Ticks played (60 per second of game time). */
  tick: number;
  /** The episode's seed. */
  seed: number;
  /** Level id. */
  level: string;
  /** null while the level is being played. */
  outcome: Outcome | null;
  stats: RunStats;
  /** Steps taken since reset (or since the snapshot's episode began). */
  steps: number;
  /** stateHash of the world: only once the episode is over (terminated or truncated). */
  hash?: string;
}

export interface ResetResult {
  observation: Observation;
  info: EnvInfo;
}

export interface StepResult {
  observation: Observation;
  reward: number;
  /** The sim decided the episode: cleared, dead, or timeout (the level's own time limit). */
  terminated: boolean;
  /** The env's maxTicks ran out first. */
  truncated: boolean;
  info: EnvInfo;
}

/** An env's saved state. Plain data, but opaque: only restore() reads it. Not JSON (it holds typed arrays). */
export interface EnvSnapshot {
  readonly kind: 'desperado-env-snapshot';
  readonly level: string;
  readonly seed: number;
  readonly steps: number;
  readonly world: World;
}

export interface Env {
  readonly level: LevelData;
  readonly options: ResolvedEnvOptions;
  /** Plain data (see spaces.ts). */
  readonly actionSpace: Space;
  readonly flatActionSpace: Space;
  readonly observationSpace: Space;
  /** The level's seed in levels/index.json (1 when it has none): reset()'s default. */
  readonly defaultSeed: number;
  /** Starts an episode; `seed` is an integer 0..2^32-1. */
  reset(opts?: { seed?: number }): ResetResult;
  /** Plays one step; throws EnvError for an action outside the space, before reset, or after the end. */
  step(action: Action | readonly number[]): StepResult;
  snapshot(): EnvSnapshot;
  /** Goes back to a snapshot (which stays usable: restore it as often as you like). */
  restore(snapshot: EnvSnapshot): ResetResult;
  /** stateHash of the current world. */
  stateHash(): string;
  /** The live world, read-only: for bots (BotPolicy.act) and debugging. null before reset. */
  readonly world: Readonly<World> | null;
  /** Nothing to release; for Gymnasium's shape. */
  close(): void;
}

const MAX_SEED = 0xffffffff;

function seedOf(value: unknown, where: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_SEED) {
    throw new EnvError(`${where}: expected an integer from 0 to ${MAX_SEED}, got ${describeValue(value)}`);
  }
  return value;
}

/** The level's seed in the index next to the default levels folder, else 1 (as `npm run sim`). */
function indexSeed(id: string): number {
  try {
    return loadLevelIndex().levels.find((l) => l.id === id)?.seed ?? 1;
  } catch (err) {
    if (err instanceof LevelError) return 1;
    throw err;
  }
}

function isLevelData(v: unknown): v is LevelData {
  return typeof v === 'object' && v !== null && typeof (v as LevelData).id === 'string' && (v as LevelData).cells instanceof Uint8Array;
}

export function makeEnv(opts: EnvOptions): Env {
  const options = resolveOptions(opts);
  const level = typeof opts.level === 'string' ? loadLevel(opts.level) : opts.level;
  if (!isLevelData(level)) throw new EnvError(`level: expected a level id, a .tmj path or LevelData, got ${describeValue(opts.level)}`);
  const observer = new Observer(options.observation);
  const { maxTicks, frameSkip, reward: weights } = options;
  const defaultSeed = indexSeed(level.id);

  let world: World | null = null;
  let seed = defaultSeed;
  let steps = 0;

  const ended = (w: World): 'terminated' | 'truncated' | null => (w.outcome !== null ? 'terminated' : w.tick >= maxTicks ? 'truncated' : null);

  function info(w: World): EnvInfo {
    const out: EnvInfo = { tick: w.tick, seed, level: level.id, outcome: w.outcome, stats: { ...w.stats }, steps };
    if (ended(w) !== null) out.hash = stateHash(w);
    return out;
  }

  function live(what: string): World {
    if (world === null) throw new EnvError(`${what} before reset: call reset() first`);
    return world;
  }

  return {
    level,
    options,
    actionSpace: actionSpace(),
    flatActionSpace: flatActionSpace(),
    observationSpace: observationSpace(level, options.observation, maxTicks),
    defaultSeed,
    get world() {
      return world;
    },

    reset(r = {}) {
      if (typeof r !== 'object' || r === null) throw new EnvError(`reset: expected {seed?}, got ${describeValue(r)}`);
      seed = r.seed === undefined ? defaultSeed : seedOf(r.seed, 'reset: seed');
      world = createWorld(level, seed);
      steps = 0;
      return { observation: observer.observe(world), info: info(world) };
    },

    step(action) {
      const w = live('step');
      const done = ended(w);
      if (done !== null) {
        const why = done === 'terminated' ? `terminated (${w.outcome})` : `truncated (maxTicks ${maxTicks})`;
        throw new EnvError(`step after the episode ended: it was ${why} at tick ${w.tick}; call reset() to start a new one`);
      }
      const input = toTickInput(action);
      const before = markOf(w);
      for (let k = 0; k < frameSkip; k++) {
        stepWorld(w, input);
        if (w.outcome !== null || w.tick >= maxTicks) break;
      }
      steps++;
      const end = ended(w);
      return {
        observation: observer.observe(w),
        reward: rewardSince(before, w, weights),
        terminated: end === 'terminated',
        truncated: end === 'truncated',
        info: info(w),
      };
    },

    snapshot() {
      const w = live('snapshot');
      return { kind: 'desperado-env-snapshot', level: level.id, seed, steps, world: cloneWorld(w) };
    },

    restore(s) {
      if (typeof s !== 'object' || s === null || s.kind !== 'desperado-env-snapshot' || typeof s.world !== 'object') {
        throw new EnvError(`restore: expected a snapshot from snapshot(), got ${describeValue(s)}`);
      }
      if (s.level !== level.id) throw new EnvError(`restore: the snapshot is of level "${s.level}", this env plays "${level.id}"`);
      if (s.world.tick > maxTicks) throw new EnvError(`restore: the snapshot is at tick ${s.world.tick}, past this env's maxTicks ${maxTicks}`);
      world = cloneWorld(s.world);
      seed = s.seed;
      steps = s.steps;
      return { observation: observer.observe(world), info: info(world) };
    },

    stateHash() {
      return stateHash(live('stateHash'));
    },

    close() {},
  };
}
