// The JSON-lines protocol over an env: one message in, one JSON line out. Every mistake in a
// message is answered with {"error": "..."} and the bridge keeps serving. Snapshots stay here,
// named by small integer ids, at most MAX_SNAPSHOTS at a time (the oldest is dropped first).
// One env (the default):
//   {"cmd":"reset","seed":7,"options":{}}  -> {"observation":…,"info":…}
//   {"cmd":"step","action":{…} or [...]}  -> {"observation":…,"reward":…,"terminated":…,"truncated":…,"info":…}
//   {"cmd":"spaces"}                      -> {"actionSpace":…,"flatActionSpace":…,"observationSpace":…,"observationLayout":…,"numEnvs":1}
//   {"cmd":"snapshot"}                    -> {"snapshot": id}
//   {"cmd":"restore","snapshot":id}       -> {"observation":…,"info":…}
//   {"cmd":"drop","snapshot":id}          -> {"dropped": id}
//   {"cmd":"hash"}                        -> {"hash":"…"}
//   {"cmd":"render","view":"camera"|"map"} -> {"width":…,"height":…,"rgb":"<base64 height x width x 3 bytes>"}
//   {"cmd":"close"}                       -> {"closed":true}, then the bridge stops
// N envs (a VectorEnv, `--num-envs N`): reset and step answer with arrays (observations, infos;
// rewards, terminated, truncated), step takes "actions" (one per env), hash answers "hashes",
// render answers "frames" (one per env); snapshots are one env's and are not served.
// "obs":"binary" (per message, or the bridge's default) sends observations as one base64 block
// of N x layout.length float32 little-endian instead of JSON numbers.
// "obs":"frame" answers reset, step and restore with a JSON header line holding "frame": B, then
// exactly B raw bytes (no base64; see frame-reply.ts for their layout). A vector step's header
// then carries infos only where they have news: {"infos":{"3":{…}},"frame":B}.
import { describeValue } from '../../level/error-text';
import { ENV_LINE_BYTES } from '../../limits';
import { FrameError, renderFrame, type RgbFrame } from '../frame/render-frame';
import { LevelError, oneLine } from '../../level/level-error';
import type { Env, EnvSnapshot, ResetOptions } from './env';
import { EnvError } from './errors';
import { float32Base64, observationLayout, writeObservation, type ObservationLayout } from './flat-observation';
import { observationFrame, StepFrame } from './frame-reply';
import type { Observation } from './observation';
import { VectorEnv } from './vector-env';

export const MAX_SNAPSHOTS = 64;
/** Longest message line accepted (src/limits.ts: a step message is under 200 bytes). */
export const MAX_LINE = ENV_LINE_BYTES;

export type ObsEncoding = 'json' | 'binary' | 'frame';
export const ENCODINGS: readonly ObsEncoding[] = ['json', 'binary', 'frame'];

/** Commands and their fields; a Map, so "toString" or "__proto__" are unknown like any other word. */
const SINGLE_FIELDS = new Map<string, readonly string[]>([
  ['reset', ['seed', 'options', 'obs']],
  ['step', ['action', 'obs']],
  ['spaces', []],
  ['snapshot', []],
  ['restore', ['snapshot', 'obs']],
  ['drop', ['snapshot']],
  ['hash', []],
  ['render', ['view']],
  ['close', []],
]);
const VECTOR_FIELDS = new Map<string, readonly string[]>([
  ['reset', ['seed', 'options', 'obs']],
  ['step', ['actions', 'obs']],
  ['spaces', []],
  ['hash', []],
  ['render', ['view']],
  ['close', []],
]);
const SNAPSHOT_COMMANDS = new Set(['snapshot', 'restore', 'drop']);

export interface BridgeReply {
  /** The JSON line to write (without the newline). */
  readonly line: string;
  /** True after "close": stop reading. */
  readonly close: boolean;
  /** obs "frame": the bytes to write right after the line's newline (the header's "frame" says how many). Valid until the next handle(). */
  readonly payload?: Uint8Array;
}

export interface BridgeOptions {
  /** How observations are sent when a message does not say (default json). */
  readonly obs?: ObsEncoding;
}

export class EnvBridge {
  private readonly snapshots = new Map<number, EnvSnapshot>();
  private nextId = 1;
  private closed = false;
  private readonly fields: ReadonlyMap<string, readonly string[]>;
  private readonly layout: ObservationLayout;
  private readonly defaultObs: ObsEncoding;
  /** Reused for every binary block. */
  private block = new Float32Array(0);
  /** obs "frame": the frame a vector step is written into (made on first use); one env's observation block. */
  private stepFrame: StepFrame | null = null;
  private one = new Float32Array(0);
  /** The frame of the reply being built (taken by handle()). */
  private payload: Uint8Array | null = null;

  constructor(
    private readonly env: Env | VectorEnv,
    /** Where internal errors (bugs, not bad messages) are logged; never stdout. */
    private readonly log: (line: string) => void = () => {},
    options: BridgeOptions = {},
  ) {
    this.fields = env instanceof VectorEnv ? VECTOR_FIELDS : SINGLE_FIELDS;
    this.layout = observationLayout((env instanceof VectorEnv ? env.envs[0]! : env).options.observation);
    this.defaultObs = options.obs ?? 'json';
  }

  /** Answers one line of input; null for a blank line (nothing to answer). */
  handle(text: string): BridgeReply | null {
    if (text.trim() === '') return null;
    if (this.closed) {
      // A second close is harmless; anything else after close is a mistake.
      const again = /^\s*\{\s*"cmd"\s*:\s*"close"\s*\}\s*$/.test(text);
      return { line: JSON.stringify(again ? { closed: true } : { error: 'the bridge is closed' }), close: true };
    }
    try {
      this.payload = null;
      const reply = this.dispatch(text);
      const line = JSON.stringify(reply);
      const payload = this.payload;
      return payload === null ? { line, close: this.closed } : { line, close: this.closed, payload };
    } catch (err) {
      if (err instanceof EnvError || err instanceof LevelError) return { line: JSON.stringify({ error: err.message }), close: false };
      const why = err instanceof Error ? err.message : String(err);
      this.log(`env bridge: internal error: ${err instanceof Error && err.stack ? err.stack : why}`);
      return { line: JSON.stringify({ error: oneLine(`internal error: ${why}`) }), close: false };
    }
  }

  private parse(text: string): { cmd: string; m: Record<string, unknown> } {
    if (text.length > MAX_LINE) throw new EnvError(`message: expected a line of at most ${MAX_LINE} characters, got ${text.length}`);
    let msg: unknown;
    try {
      msg = JSON.parse(text);
    } catch {
      throw new EnvError(`message: expected one JSON object per line, got ${describeValue(text.length > 40 ? `${text.slice(0, 40)}…` : text)} (not JSON)`);
    }
    if (typeof msg !== 'object' || msg === null || Array.isArray(msg)) throw new EnvError(`message: expected a JSON object with "cmd", got ${describeValue(msg)}`);
    const m = msg as Record<string, unknown>;
    const cmd = Object.hasOwn(m, 'cmd') ? m.cmd : undefined;
    if (typeof cmd === 'string' && SNAPSHOT_COMMANDS.has(cmd) && this.env instanceof VectorEnv) {
      throw new EnvError(`${cmd}: not served with --num-envs (snapshots are of one env: start a bridge without --num-envs)`);
    }
    const allowed = typeof cmd === 'string' ? this.fields.get(cmd) : undefined;
    if (allowed === undefined) throw new EnvError(`cmd: expected one of ${[...this.fields.keys()].join(', ')}, got ${describeValue(cmd)}`);
    for (const key of Object.keys(m)) {
      if (key !== 'cmd' && !allowed.includes(key)) {
        throw new EnvError(`${cmd}: unknown field "${key}" (${allowed.length ? `fields: ${allowed.join(', ')}` : 'it takes no fields'})`);
      }
    }
    return { cmd: cmd as string, m };
  }

  private dispatch(text: string): unknown {
    const { cmd, m } = this.parse(text);
    const field = (key: string): unknown => (Object.hasOwn(m, key) ? m[key] : undefined);
    const obs = this.encoding(cmd, field('obs'));
    if (cmd === 'spaces') {
      const one = this.env instanceof VectorEnv ? this.env.envs[0]! : this.env;
      return {
        actionSpace: one.actionSpace, flatActionSpace: one.flatActionSpace, observationSpace: one.observationSpace,
        observationLayout: this.layout, numEnvs: this.env instanceof VectorEnv ? this.env.size : 1,
      };
    }
    if (cmd === 'close') {
      this.closed = true;
      this.env.close();
      return { closed: true };
    }
    if (cmd === 'render') {
      const envs = this.env instanceof VectorEnv ? this.env.envs : [this.env];
      const frames = envs.map((e) => frameReply(e, field('view')));
      return this.env instanceof VectorEnv ? { frames } : frames[0];
    }
    if (this.env instanceof VectorEnv) return this.vector(this.env, cmd, field, obs);
    const env = this.env;
    switch (cmd) {
      case 'reset':
        return this.single(env.reset(resetArgs(field)), obs);
      case 'step': {
        if (!Object.hasOwn(m, 'action')) throw new EnvError('step: action: expected an action, got nothing (the field is missing)');
        if (obs !== 'frame') return this.single(env.step(field('action') as never), obs);
        if (this.one.length !== this.layout.length) this.one = new Float32Array(this.layout.length);
        const r = env.stepInto(field('action') as never, this.one, 0);
        this.payload = observationFrame(this.one);
        return { ...r, info: env.info(), frame: this.payload.byteLength };
      }
      case 'snapshot': {
        const snap = env.snapshot();
        const id = this.nextId++;
        this.snapshots.set(id, snap);
        if (this.snapshots.size > MAX_SNAPSHOTS) this.snapshots.delete(this.snapshots.keys().next().value!);
        return { snapshot: id };
      }
      case 'restore':
        return this.single(env.restore(this.snapshot(cmd, field('snapshot'))), obs);
      case 'drop': {
        const id = field('snapshot');
        this.snapshot(cmd, id);
        this.snapshots.delete(id as number);
        return { dropped: id };
      }
      default:
        return { hash: env.stateHash() };
    }
  }

  private vector(v: VectorEnv, cmd: string, field: (key: string) => unknown, obs: ObsEncoding): unknown {
    switch (cmd) {
      case 'reset': {
        const r = v.reset(resetArgs(field));
        return obs === 'frame' ? this.framed({ infos: r.infos }, r.observations) : { observations: this.many(r.observations, obs), infos: r.infos };
      }
      case 'step': {
        const actions = field('actions');
        if (actions === undefined) throw new EnvError('step: actions: expected one action per env, got nothing (the field is missing)');
        if (obs === 'frame') {
          this.stepFrame ??= new StepFrame(v.size, this.layout.length);
          const infos: Record<number, unknown> = {};
          for (const n of v.stepInto(actions, this.stepFrame.flat)) infos[n.env] = n.info;
          this.payload = this.stepFrame.bytes();
          return { infos, frame: this.payload.byteLength };
        }
        const r = v.step(actions);
        return { observations: this.many(r.observations, obs), rewards: r.rewards, terminated: r.terminated, truncated: r.truncated, infos: r.infos };
      }
      default:
        return { hashes: v.envs.map((e) => e.stateHash()) };
    }
  }

  private encoding(cmd: string, value: unknown): ObsEncoding {
    if (value === undefined) return this.defaultObs;
    if (typeof value !== 'string' || !(ENCODINGS as readonly string[]).includes(value)) {
      throw new EnvError(`${cmd}: obs: expected one of ${ENCODINGS.join(', ')}, got ${describeValue(value)}`);
    }
    return value as ObsEncoding;
  }

  /** A one-env reply with its observation encoded as asked (the other fields as they are). */
  private single<T extends { observation: Observation }>(r: T, obs: ObsEncoding): unknown {
    if (obs === 'frame') {
      const { observation, ...rest } = r;
      return this.framed(rest, [observation]);
    }
    return obs === 'json' ? r : { ...r, observation: this.many([r.observation], obs) };
  }

  /** A reply whose observations go in the frame (reset and restore: objects built already, as they are rare). */
  private framed(header: object, observations: Observation[]): unknown {
    this.fill(observations);
    this.payload = observationFrame(this.block);
    return { ...header, frame: this.payload.byteLength };
  }

  private many(observations: Observation[], obs: ObsEncoding): Observation[] | string {
    if (obs === 'json') return observations;
    this.fill(observations);
    return float32Base64(this.block);
  }

  /** The observations into this.block, one after another. */
  private fill(observations: Observation[]): void {
    const n = this.layout.length;
    if (this.block.length !== observations.length * n) this.block = new Float32Array(observations.length * n);
    observations.forEach((o, i) => writeObservation(o, this.layout, this.block, i * n));
  }

  private snapshot(cmd: string, id: unknown): EnvSnapshot {
    if (typeof id !== 'number' || !Number.isInteger(id)) throw new EnvError(`${cmd}: snapshot: expected a snapshot id (an integer from a "snapshot" reply), got ${describeValue(id)}`);
    const snap = this.snapshots.get(id);
    if (!snap) {
      const gone = id > 0 && id < this.nextId;
      throw new EnvError(`${cmd}: snapshot: no snapshot ${id}${gone ? ` (dropped, or pushed out: only the last ${MAX_SNAPSHOTS} are kept)` : ''}`);
    }
    return snap;
  }
}

/** An env's world drawn headless (render_mode="rgb_array"), its bytes as base64. */
function frameReply(env: Env, view: unknown): { width: number; height: number; rgb: string } {
  const world = env.world;
  if (world === null) throw new EnvError('render before reset: call reset() first');
  if (view !== undefined && view !== 'camera' && view !== 'map') throw new EnvError(`render: view: expected "camera" or "map", got ${describeValue(view)}`);
  let frame: RgbFrame;
  try {
    frame = renderFrame(world, world.level, view === undefined ? {} : { view });
  } catch (err) {
    if (err instanceof FrameError) throw new EnvError(`render: ${err.message}`);
    throw err;
  }
  return { width: frame.width, height: frame.height, rgb: Buffer.from(frame.rgb.buffer, frame.rgb.byteOffset, frame.rgb.byteLength).toString('base64') };
}

/** reset's seed and options from a message; the env checks them. */
function resetArgs(field: (key: string) => unknown): ResetOptions {
  const seed = field('seed');
  const options = field('options');
  return { ...(seed === undefined ? {} : { seed: seed as number }), ...(options === undefined ? {} : { options: options as Record<string, unknown> }) };
}
