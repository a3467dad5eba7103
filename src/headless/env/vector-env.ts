// N envs stepped together, as Gymnasium's vector envs: reset(seed) seeds env i with seed + i, and
// an env whose episode ended is reset at the next step ("next-step" autoreset, Gymnasium 1.x's
// default): that step ignores its action and returns the new episode's first observation with
// reward 0, terminated and truncated false, and reset's info. So the ending step's own observation
// is the true last one, in the same array as the others (no final_obs on the side).
import { describeValue } from '../../level/error-text';
import { toTickInput } from './action';
import type { Env, ResetInfo, ResetOptions, StepResult } from './env';
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
    if (!Array.isArray(actions) || actions.length !== this.size) {
      throw new EnvError(`step: actions: expected an array of ${this.size} actions (one per env), got ${describeValue(actions)}`);
    }
    // Every action is checked before any env moves, so an error leaves all of them as they were.
    actions.forEach((a: unknown, i) => {
      if (!this.due[i]) toTickInput(a, `actions[${i}]`);
    });
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

  close(): void {
    for (const env of this.envs) env.close();
  }
}
