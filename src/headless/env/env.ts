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
import { Observer, type FlatTarget, type Observation } from './observation';
import { resolveOptions, type EnvOptions, type ResolvedEnvOptions } from './options';
import { markOf, rewardSince } from './reward';
import { osSeed, SeedStream } from './seed-stream';
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

/** How reset() chose the board's seed (reset's info only; see README "Seeding"). */
export type SeedSource = 'reset' | 'generator' | 'os';

/** reset()'s info: the episode's, plus where its seed came from. */
export interface ResetInfo extends EnvInfo {
  /** "reset": given to this reset (which also seeded the generator); "generator": drawn from the generator; "os": the generator's seed, drawn from the OS because no seed was ever given. */
  seedSource?: SeedSource;
  /** The generator's own seed: reset(seed = generatorSeed) replays this env's boards from there. */
  generatorSeed?: number;
}

export interface ResetResult {
  observation: Observation;
  info: ResetInfo;
}

/** reset()'s argument, after Gymnasium's reset(seed=None, options=None). */
export interface ResetOptions {
  /** An integer 0..2^32-1: this episode's board, and the seed of the generator later resets draw from. */
  seed?: number;
  /** Per-reset options (see RESET_OPTIONS); {} changes nothing. */
  options?: Record<string, unknown>;
}

/** What reset's `options` may hold. */
export const RESET_OPTIONS = {
  level: 'a level id from levels/index.json: this episode and the later ones play it',
} as const;

export interface StepResult {
  observation: Observation;
  reward: number;
  /** The sim decided the episode: cleared, dead, or timeout (the level's own time limit). */
  terminated: boolean;
  /** The env's maxTicks ran out first. */
  truncated: boolean;
  info: EnvInfo;
}

/** stepInto()'s result: step()'s without the observation (written flat) and the info (info() has it). */
export interface FlatStepResult {
  reward: number;
  terminated: boolean;
  truncated: boolean;
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
  /** The level played (reset's options.level switches it). */
  readonly level: LevelData;
  readonly options: ResolvedEnvOptions;
  /** Plain data (see spaces.ts). */
  readonly actionSpace: Space;
  readonly flatActionSpace: Space;
  readonly observationSpace: Space;
  /** The level's seed in levels/index.json (1 when it has none): the board the game itself plays. */
  readonly defaultSeed: number;
  /**
   * Starts an episode, seeded as Gymnasium: a seed (integer 0..2^32-1) plays that board and seeds
   * the env's generator; without one the board is the generator's next; with no seed ever given the
   * generator's seed comes from the OS (and is the first board). info says which and the generator's seed.
   */
  reset(opts?: ResetOptions): ResetResult;
  /** Plays one step; throws EnvError for an action outside the space, before reset, or after the end. */
  step(action: Action | readonly number[]): StepResult;
  /**
   * step() without building objects (the bridge's frame mode): the observation is written flat at
   * `at` (flat-observation.ts's layout), and info() gives the info when it is wanted.
   */
  stepInto(action: Action | readonly number[], out: FlatTarget, at: number): FlatStepResult;
  /** The info step() would return now. */
  info(): EnvInfo;
  /** The current observation, written flat at `at`. */
  observeInto(out: FlatTarget, at: number): void;
  snapshot(): EnvSnapshot;
  /** Goes back to a snapshot (which stays usable: restore it as often as you like). */
  restore(snapshot: EnvSnapshot): ResetResult;
  /** stateHash of the current world. */
  stateHash(): string;
  /** The live world, read-only: for bots (BotPolicy.act) and debugging. null before reset. */
  readonly world: Readonly<World> | null;
  /** Nothing to release; for Gymnasium's shape (calling it again is harmless). */
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

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const describeOptions = (): string => `known: ${Object.keys(RESET_OPTIONS).join(', ')}`;

/** A reset option's level: only the catalogue's ids (a path would make the env read any file a message names). */
function catalogueLevel(value: unknown): LevelData {
  const ids = loadLevelIndex().levels.map((l) => l.id);
  if (typeof value !== 'string' || !ids.includes(value)) throw new EnvError(`reset: options.level: expected one of ${ids.join(', ')}, got ${describeValue(value)}`);
  return loadLevel(value);
}

export function makeEnv(opts: EnvOptions): Env {
  const options = resolveOptions(opts);
  const first = typeof opts.level === 'string' ? loadLevel(opts.level) : opts.level;
  if (!isLevelData(first)) throw new EnvError(`level: expected a level id, a .tmj path or LevelData, got ${describeValue(opts.level)}`);
  const observer = new Observer(options.observation);
  const { maxTicks, frameSkip, reward: weights } = options;

  let level: LevelData = first;
  let defaultSeed = indexSeed(level.id);
  let obsSpace = observationSpace(level, options.observation, maxTicks);
  let world: World | null = null;
  let seed = defaultSeed;
  let steps = 0;
  let seeds: SeedStream | null = null;

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

  /** Applies reset's options, all checked before any takes effect. */
  function applyOptions(o: unknown): void {
    if (o === undefined) return;
    if (!isPlainObject(o)) throw new EnvError(`reset: options: expected an object (${describeOptions()}), got ${describeValue(o)}`);
    for (const key of Object.keys(o)) {
      if (!Object.hasOwn(RESET_OPTIONS, key)) throw new EnvError(`reset: options: unknown option "${key}" (${describeOptions()})`);
    }
    if (o.level === undefined) return;
    const next = catalogueLevel(o.level);
    if (next.id === level.id) return;
    level = next;
    defaultSeed = indexSeed(level.id);
    obsSpace = observationSpace(level, options.observation, maxTicks);
  }

  /** This episode's seed and where it came from. */
  function nextSeed(given: unknown): { seed: number; source: SeedSource } {
    if (given !== undefined) {
      const s = seedOf(given, 'reset: seed');
      seeds = new SeedStream(s);
      return { seed: s, source: 'reset' };
    }
    if (seeds === null) {
      // Never seeded: as if reset(seed) had been called with a seed from the OS.
      seeds = new SeedStream(osSeed());
      return { seed: seeds.seed, source: 'os' };
    }
    return { seed: seeds.next(), source: 'generator' };
  }

  /** Plays one step's ticks: step()'s reward and ending, before any observation is built. */
  function advance(action: Action | readonly number[]): FlatStepResult {
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
    return { reward: rewardSince(before, w, weights), terminated: end === 'terminated', truncated: end === 'truncated' };
  }

  return {
    get level() {
      return level;
    },
    options,
    actionSpace: actionSpace(),
    flatActionSpace: flatActionSpace(),
    get observationSpace() {
      return obsSpace;
    },
    get defaultSeed() {
      return defaultSeed;
    },
    get world() {
      return world;
    },

    reset(r = {}) {
      if (!isPlainObject(r)) throw new EnvError(`reset: expected {seed?, options?}, got ${describeValue(r)}`);
      for (const key of Object.keys(r)) {
        if (key !== 'seed' && key !== 'options') throw new EnvError(`reset: unknown argument "${key}" (seed, options)`);
      }
      if (r.seed !== undefined) seedOf(r.seed, 'reset: seed');
      applyOptions(r.options);
      const drawn = nextSeed(r.seed);
      seed = drawn.seed;
      world = createWorld(level, seed);
      steps = 0;
      const out: ResetInfo = { ...info(world), seedSource: drawn.source, generatorSeed: seeds!.seed };
      return { observation: observer.observe(world), info: out };
    },
    step(action) {
      const r = advance(action);
      return { observation: observer.observe(world!), ...r, info: info(world!) };
    },
    stepInto(action, out, at) {
      const r = advance(action);
      observer.observeInto(world!, out, at);
      return r;
    },
    info() {
      return info(live('info'));
    },
    observeInto(out, at) {
      observer.observeInto(live('observeInto'), out, at);
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
