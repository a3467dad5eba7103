// npm run env -- --level <id|file.tmj> [--max-ticks N] [--frame-skip K] [...]: the environment as
// a JSON-lines server on stdin/stdout (see env/bridge.ts), or with --demo a replay file dumped as
// one JSON (observation, action, reward, terminated, truncated) pair per line.
// stdout carries protocol lines only; anything else goes to stderr.
import type { Readable } from 'node:stream';
import { LevelError } from '../../level/level-error';
import { ReplayError } from '../../replay/replay-file';
import { ENCODINGS, EnvBridge, MAX_LINE, type ObsEncoding } from '../env/bridge';
import { loadDemonstration } from '../env/demonstration';
import { makeEnv } from '../env/env';
import { EnvError } from '../env/errors';
import type { ObservationOptions } from '../env/observation';
import { LIMITS } from '../env/options';
import { REWARD_KEYS, type RewardWeights } from '../env/reward';
import { MAX_ENVS, VectorEnv } from '../env/vector-env';
import { parseFlags, UsageError } from './args';

const USAGE =
  'usage: npm run env -- --level <id|file.tmj> [--max-ticks N] [--frame-skip K] [--reward kill=1,death=-10,...] ' +
  '[--grid-radius R] [--max-actors N] [--max-bullets N] [--max-pickups N] [--max-grenades N] [--num-envs N] [--obs json|binary|frame] | --demo <replay.json> [--level <id|file.tmj>]';

export interface Output {
  /** One line of output; with a payload (obs "frame"), its bytes follow the line's newline. */
  out(line: string, payload?: Uint8Array): void;
  err(line: string): void;
}

/** "kill=2,death=-20" -> weights; UsageError for anything else. */
export function parseRewardFlag(text: string): Partial<RewardWeights> {
  const out: Record<string, number> = {};
  for (const part of text.split(',')) {
    const m = /^([A-Za-z]+)=(-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)$/.exec(part.trim());
    if (!m) throw new UsageError(`--reward expects key=number pairs separated by commas (keys: ${REWARD_KEYS.join(', ')}), got "${part}"`);
    const key = m[1]!;
    if (!(REWARD_KEYS as string[]).includes(key)) throw new UsageError(`--reward: unknown key "${key}" (keys: ${REWARD_KEYS.join(', ')})`);
    if (key in out) throw new UsageError(`--reward: "${key}" given twice`);
    out[key] = Number(m[2]);
  }
  return out;
}

const int = (key: keyof typeof LIMITS) => ({ type: 'int' as const, min: LIMITS[key][0], max: LIMITS[key][1] });

type Plan =
  | { kind: 'help' }
  | { kind: 'demo'; run: () => number }
  | { kind: 'serve'; bridge: EnvBridge };

function plan(argv: readonly string[], io: Output): Plan {
  const flags = parseFlags(argv, {
    level: { type: 'string' },
    'max-ticks': int('maxTicks'),
    'frame-skip': int('frameSkip'),
    reward: { type: 'string' },
    'grid-radius': int('gridRadius'),
    'max-actors': int('maxActors'),
    'max-bullets': int('maxBullets'),
    'max-pickups': int('maxPickups'),
    'max-grenades': int('maxGrenades'),
    'num-envs': { type: 'int', min: 1, max: MAX_ENVS },
    obs: { type: 'string' },
    demo: { type: 'string' },
    help: { type: 'bool' },
  });
  if (flags.help) return { kind: 'help' };
  const observation: Record<string, number> = {};
  for (const [flag, key] of [['grid-radius', 'gridRadius'], ['max-actors', 'maxActors'], ['max-bullets', 'maxBullets'], ['max-pickups', 'maxPickups'], ['max-grenades', 'maxGrenades']] as const) {
    if (typeof flags[flag] === 'number') observation[key] = flags[flag];
  }
  const reward = typeof flags.reward === 'string' ? parseRewardFlag(flags.reward) : undefined;
  const level = typeof flags.level === 'string' ? flags.level : undefined;
  const common = { ...(reward ? { reward } : {}), observation: observation as ObservationOptions };

  if (typeof flags.demo === 'string') {
    for (const f of ['max-ticks', 'frame-skip', 'num-envs', 'obs'] as const) {
      if (f in flags) throw new UsageError(`--${f} does not apply to --demo (a demonstration is one step per recorded tick)`);
    }
    const file = flags.demo;
    return {
      kind: 'demo',
      run: () => {
        const pairs = loadDemonstration(file, { ...common, ...(level !== undefined ? { level } : {}) });
        for (const p of pairs) io.out(JSON.stringify(p));
        return 0;
      },
    };
  }
  if (level === undefined) throw new UsageError(`--level is required (${USAGE})`);
  const obs = flags.obs ?? 'json';
  if (!(ENCODINGS as readonly unknown[]).includes(obs)) throw new UsageError(`--obs expects json, binary or frame, got "${String(obs)}"`);
  const make = () => makeEnv({
    level,
    ...common,
    ...(typeof flags['max-ticks'] === 'number' ? { maxTicks: flags['max-ticks'] } : {}),
    ...(typeof flags['frame-skip'] === 'number' ? { frameSkip: flags['frame-skip'] } : {}),
  });
  // Without --num-envs the one-env protocol, unchanged; with it (even 1) the vector protocol.
  const n = flags['num-envs'];
  const env = typeof n === 'number' ? new VectorEnv(Array.from({ length: n }, make)) : make();
  return { kind: 'serve', bridge: new EnvBridge(env, io.err, { obs: obs as ObsEncoding }) };
}

function isInputError(err: unknown): err is Error {
  return err instanceof UsageError || err instanceof LevelError || err instanceof EnvError || err instanceof ReplayError;
}

function failed(err: unknown, io: Output): number {
  if (isInputError(err)) {
    io.err(`env: ${err.message}`);
    return 2;
  }
  io.err(`env: internal error: ${err instanceof Error ? err.message : String(err)}`);
  return 1;
}

/** Feeds the bridge one line at a time until "close" or the end of input. */
export async function serve(bridge: EnvBridge, input: Readable, io: Output): Promise<void> {
  input.setEncoding('utf8');
  let buffer = '';
  let skipping = false;
  const answer = (line: string): boolean => {
    const reply = bridge.handle(line);
    if (reply) io.out(reply.line, reply.payload);
    return reply?.close ?? false;
  };
  for await (const chunk of input as AsyncIterable<string>) {
    buffer += chunk;
    let nl: number;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, nl).replace(/\r$/, '');
      buffer = buffer.slice(nl + 1);
      if (skipping) {
        skipping = false;
        io.out(JSON.stringify({ error: `message: expected a line of at most ${MAX_LINE} characters, got a longer one` }));
        continue;
      }
      if (answer(line)) return;
    }
    // A line that never ends would grow without bound: drop it and answer when it does end.
    if (buffer.length > MAX_LINE) {
      skipping = true;
      buffer = '';
    }
  }
  if (buffer.trim() !== '' && !skipping) answer(buffer);
}

/** Exit code: 0 done, 2 bad flags, level or replay (one line on stderr), 1 an internal error. */
export async function runEnvCli(argv: readonly string[], io: Output, input: Readable): Promise<number> {
  let p: Plan;
  try {
    p = plan(argv, io);
    if (p.kind === 'help') {
      io.out(USAGE);
      return 0;
    }
    if (p.kind === 'demo') return p.run();
  } catch (err) {
    return failed(err, io);
  }
  await serve(p.bridge, input, io);
  return 0;
}
