// N envs stepped together, as Gymnasium's vector envs: reset(seed) seeds env i with seed + i, and
// an env whose episode ended is reset at the next step ("next-step" autoreset, Gymnasium 1.x's
// default): that step ignores its action and returns the new episode's first observation with
// reward 0, terminated and truncated false, and reset's info. So the ending step's own observation
// is the true last one, in the same array as the others (no final_obs on the side).
import { describeValue } from '../../level/error-text';
import { toTickInput } from './action';
import type { Env, EnvInfo, ResetInfo, ResetOptions, StepResult } from './env';
import { EnvError } from './errors';
import type { Observation } from './observation';

export interface VectorResetResult {
  observations: Observation[];
  infos: ResetInfo[];
}

export interface VectorStepResult {
  observations: Observation[];
  rewards: number[];
  terminated: boolean[];
  truncated: boolean[];
  infos: (StepResult['info'] | ResetInfo)[];
}

/** Where stepInto writes N envs' step: one run of numbers per field, env i's at index i. */
export interface FlatVectorStep {
  /** N x observation length float32 (flat-observation.ts's layout). */
  readonly observations: Float32Array;
  readonly rewards: Float64Array;
  /** 1 or 0 per env. */
  readonly terminated: Uint8Array;
  readonly truncated: Uint8Array;
}

/** An info that carries news: the env's episode ended at this step, or it was reset at this step. */
export interface InfoNews {
  env: number;
  info: EnvInfo | ResetInfo;
}

/** Most envs one bridge steps (a typo must not start a million worlds). */
export const MAX_ENVS = 1024;
const MAX_SEED = 0xffffffff;

export class VectorEnv {
  /** Envs whose episode ended at the last step: reset at the next. */
  private readonly due: boolean[];

  constructor(readonly envs: readonly Env[]) {
    if (envs.length < 1 || envs.length > MAX_ENVS) throw new EnvError(`num-envs: expected 1 to ${MAX_ENVS} envs, got ${envs.length}`);
    this.due = envs.map(() => false);
  }

  get size(): number {
    return this.envs.length;
  }

  reset(r: ResetOptions = {}): VectorResetResult {
    const { seed, options } = r;
    if (seed !== undefined && (typeof seed !== 'number' || !Number.isInteger(seed) || seed < 0 || seed > MAX_SEED - (this.size - 1))) {
      throw new EnvError(`reset: seed: expected an integer from 0 to ${MAX_SEED - (this.size - 1)} (env i plays seed + i), got ${describeValue(seed)}`);
    }
    const results = this.envs.map((env, i) => env.reset({ ...(seed === undefined ? {} : { seed: seed + i }), ...(options === undefined ? {} : { options }) }));
    this.due.fill(false);
    return { observations: results.map((x) => x.observation), infos: results.map((x) => x.info) };
  }

  step(actions: unknown): VectorStepResult {
    this.check(actions);
    const out: VectorStepResult = { observations: [], rewards: [], terminated: [], truncated: [], infos: [] };
    this.envs.forEach((env, i) => {
      if (this.due[i]) {
        const r = env.reset();
        this.due[i] = false;
        out.observations.push(r.observation);
        out.rewards.push(0);
        out.terminated.push(false);
        out.truncated.push(false);
        out.infos.push(r.info);
        return;
      }
      const r = env.step(actions[i] as never);
      this.due[i] = r.terminated || r.truncated;
      out.observations.push(r.observation);
      out.rewards.push(r.reward);
      out.terminated.push(r.terminated);
      out.truncated.push(r.truncated);
      out.infos.push(r.info);
    });
    return out;
  }

  /**
   * step() written into `out` (frame-reply.ts's StepFrame) with no objects per env, the same autoreset; infos
   * only where they carry news (an episode ended, or an env was reset at this step), in env order.
   */
  stepInto(actions: unknown, out: FlatVectorStep): InfoNews[] {
    this.check(actions);
    const length = out.observations.length / this.size;
    const news: InfoNews[] = [];
    for (let i = 0; i < this.size; i++) {
      const env = this.envs[i]!;
      if (this.due[i]) {
        const r = env.reset();
        this.due[i] = false;
        env.observeInto(out.observations, i * length);
        out.rewards[i] = 0;
        out.terminated[i] = 0;
        out.truncated[i] = 0;
        news.push({ env: i, info: r.info });
        continue;
      }
      const r = env.stepInto(actions[i] as never, out.observations, i * length);
      this.due[i] = r.terminated || r.truncated;
      out.rewards[i] = r.reward;
      out.terminated[i] = r.terminated ? 1 : 0;
      out.truncated[i] = r.truncated ? 1 : 0;
      if (this.due[i]) news.push({ env: i, info: env.info() });
    }
    return news;
  }

  /** Every action is checked before any env moves, so an error leaves all of them as they were. */
  private check(actions: unknown): asserts actions is unknown[] {
    if (!Array.isArray(actions) || actions.length !== this.size) {
      throw new EnvError(`step: actions: expected an array of ${this.size} actions (one per env), got ${describeValue(actions)}`);
    }
    actions.forEach((a: unknown, i) => {
      if (!this.due[i]) toTickInput(a, `actions[${i}]`);
    });
  }

  close(): void {
    for (const env of this.envs) env.close();
  }
}
