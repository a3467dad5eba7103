// The JSON-lines protocol over an env: one message in, one JSON line out. Every mistake in a
// message is answered with {"error": "..."} and the bridge keeps serving. Snapshots stay here,
// named by small integer ids, at most MAX_SNAPSHOTS at a time (the oldest is dropped first).
//   {"cmd":"reset","seed":7}              -> {"observation":…,"info":…}
//   {"cmd":"step","action":{…} or [...]}  -> {"observation":…,"reward":…,"terminated":…,"truncated":…,"info":…}
//   {"cmd":"spaces"}                      -> {"actionSpace":…,"flatActionSpace":…,"observationSpace":…}
//   {"cmd":"snapshot"}                    -> {"snapshot": id}
//   {"cmd":"restore","snapshot":id}       -> {"observation":…,"info":…}
//   {"cmd":"drop","snapshot":id}          -> {"dropped": id}
//   {"cmd":"hash"}                        -> {"hash":"…"}
//   {"cmd":"close"}                       -> {"closed":true}, then the bridge stops
import { describeValue } from '../../level/error-text';
import { LevelError, oneLine } from '../../level/level-error';
import type { Env, EnvSnapshot } from './env';
import { EnvError } from './errors';

export const MAX_SNAPSHOTS = 64;
/** Longest message line accepted (a step message is under 200 bytes). */
export const MAX_LINE = 64 * 1024;

const FIELDS: Readonly<Record<string, readonly string[]>> = {
  reset: ['seed'],
  step: ['action'],
  spaces: [],
  snapshot: [],
  restore: ['snapshot'],
  drop: ['snapshot'],
  hash: [],
  close: [],
};

export interface BridgeReply {
  /** The JSON line to write (without the newline). */
  readonly line: string;
  /** True after "close": stop reading. */
  readonly close: boolean;
}

export class EnvBridge {
  private readonly snapshots = new Map<number, EnvSnapshot>();
  private nextId = 1;
  private closed = false;

  constructor(
    private readonly env: Env,
    /** Where internal errors (bugs, not bad messages) are logged; never stdout. */
    private readonly log: (line: string) => void = () => {},
  ) {}

  /** Answers one line of input; null for a blank line (nothing to answer). */
  handle(text: string): BridgeReply | null {
    if (this.closed) return { line: JSON.stringify({ error: 'the bridge is closed' }), close: true };
    if (text.trim() === '') return null;
    try {
      const reply = this.dispatch(text);
      return { line: JSON.stringify(reply), close: this.closed };
    } catch (err) {
      if (err instanceof EnvError || err instanceof LevelError) return { line: JSON.stringify({ error: err.message }), close: false };
      const why = err instanceof Error ? err.message : String(err);
      this.log(`env bridge: internal error: ${err instanceof Error && err.stack ? err.stack : why}`);
      return { line: JSON.stringify({ error: oneLine(`internal error: ${why}`) }), close: false };
    }
  }

  private dispatch(text: string): unknown {
    if (text.length > MAX_LINE) throw new EnvError(`message: expected a line of at most ${MAX_LINE} characters, got ${text.length}`);
    let msg: unknown;
    try {
      msg = JSON.parse(text);
    } catch {
      throw new EnvError(`message: expected one JSON object per line, got ${describeValue(text.length > 40 ? `${text.slice(0, 40)}…` : text)} (not JSON)`);
    }
    if (typeof msg !== 'object' || msg === null || Array.isArray(msg)) throw new EnvError(`message: expected a JSON object with "cmd", got ${describeValue(msg)}`);
    const m = msg as Record<string, unknown>;
    const cmd = m.cmd;
    const known = Object.keys(FIELDS);
    if (typeof cmd !== 'string' || !(cmd in FIELDS)) throw new EnvError(`cmd: expected one of ${known.join(', ')}, got ${describeValue(cmd)}`);
    const allowed = FIELDS[cmd]!;
    for (const key of Object.keys(m)) {
      if (key !== 'cmd' && !allowed.includes(key)) {
        throw new EnvError(`${cmd}: unknown field "${key}" (${allowed.length ? `fields: ${allowed.join(', ')}` : 'it takes no fields'})`);
      }
    }
    const env = this.env;
    switch (cmd) {
      case 'reset':
        return env.reset(m.seed === undefined ? {} : { seed: m.seed as number });
      case 'step':
        if (!('action' in m)) throw new EnvError('step: action: expected an action, got nothing (the field is missing)');
        return env.step(m.action as never);
      case 'spaces':
        return { actionSpace: env.actionSpace, flatActionSpace: env.flatActionSpace, observationSpace: env.observationSpace };
      case 'snapshot': {
        const snap = env.snapshot();
        const id = this.nextId++;
        this.snapshots.set(id, snap);
        if (this.snapshots.size > MAX_SNAPSHOTS) this.snapshots.delete(this.snapshots.keys().next().value!);
        return { snapshot: id };
      }
      case 'restore':
        return env.restore(this.snapshot(cmd, m.snapshot));
      case 'drop': {
        this.snapshot(cmd, m.snapshot);
        this.snapshots.delete(m.snapshot as number);
        return { dropped: m.snapshot };
      }
      case 'hash':
        return { hash: env.stateHash() };
      default:
        this.closed = true;
        return { closed: true };
    }
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
