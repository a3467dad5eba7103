// The bridge's "frame" mode: a JSON header line, then raw little-endian bytes (frame-reply.ts),
// holding the same numbers the JSON and base64 modes send; infos only where they carry news.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { EnvBridge, makeEnv } from '../../src/headless';
import { observationLayout, writeObservation } from '../../src/headless/env/flat-observation';
import { stepFrameBytes } from '../../src/headless/env/frame-reply';
import { flatLength, Observer } from '../../src/headless/env/observation';
import { VectorEnv } from '../../src/headless/env/vector-env';
import { createWorld, step } from '../../src/sim';
import { findBot } from '../../src/headless/bots';
import { loadLevel } from '../../src/headless/level-files';

type Reply = Record<string, unknown>;
const ACT = [60, -40, 512, 1, 0];
const LEN = observationLayout(makeEnv({ level: 'bar' }).options.observation).length;
const vector = (n: number, maxTicks = 600) => new VectorEnv(Array.from({ length: n }, () => makeEnv({ level: 'bar', maxTicks })));

/** Header and frame bytes (copied: the bridge reuses its buffer). */
function talk(b: EnvBridge): (msg: unknown) => { head: Reply; frame: Buffer | null } {
  return (msg) => {
    const r = b.handle(JSON.stringify(msg))!;
    return { head: JSON.parse(r.line) as Reply, frame: r.payload ? Buffer.from(r.payload) : null };
  };
}

const floats = (buf: Buffer, at: number, count: number) => Array.from({ length: count }, (_, k) => buf.readFloatLE(at + 4 * k));

/** The float32 numbers writeObservation makes of JSON observations (what "binary" sends). */
function expectedBlock(observations: never[]): number[] {
  const layout = observationLayout(makeEnv({ level: 'bar' }).options.observation);
  const out = new Float32Array(observations.length * layout.length);
  observations.forEach((o, i) => writeObservation(o, layout, out, i * layout.length));
  return [...out];
}

describe('frame mode, N envs', () => {
  it('a step frame holds the rewards, observations and endings JSON gives; infos only for ended or reset envs', () => {
    const json = talk(new EnvBridge(vector(3, 8)));
    const frame = talk(new EnvBridge(vector(3, 8), undefined, { obs: 'frame' }));
    const rj = json({ cmd: 'reset', seed: 40 }).head;
    const rf = frame({ cmd: 'reset', seed: 40 });
    expect(rf.head).toEqual({ infos: rj.infos, frame: 3 * LEN * 4 });
    expect(floats(rf.frame!, 0, 3 * LEN)).toEqual(expectedBlock(rj.observations as never[]));
    let ended = 0;
    for (let s = 0; s < 10; s++) {
      const j = json({ cmd: 'step', actions: [ACT, ACT, ACT] }).head;
      const { head, frame: f } = frame({ cmd: 'step', actions: [ACT, ACT, ACT] });
      expect(head.frame).toBe(stepFrameBytes(3, LEN));
      expect(f!.length).toBe(head.frame);
      expect([0, 1, 2].map((i) => f!.readDoubleLE(8 * i))).toEqual(j.rewards);
      expect(floats(f!, 24, 3 * LEN)).toEqual(expectedBlock(j.observations as never[]));
      const flags = 24 + 12 * LEN;
      expect([...f!.subarray(flags, flags + 3)].map(Boolean)).toEqual(j.terminated);
      expect([...f!.subarray(flags + 3, flags + 6)].map(Boolean)).toEqual(j.truncated);
      // News: the step that ends an episode (its last info, with the hash) and the autoreset after it.
      const infos = j.infos as Reply[];
      const news = Object.fromEntries(infos.map((info, i) => [String(i), info]).filter(([, info]) => (info as Reply).hash !== undefined || (info as Reply).seedSource !== undefined));
      expect(head.infos).toEqual(news);
      ended += Object.keys(news).length;
    }
    expect(ended).toBe(6); // three truncated at tick 8, three reset the step after
  });

  it('a bad message is a plain error line with no frame, and the bridge keeps serving', () => {
    const send = talk(new EnvBridge(vector(2), undefined, { obs: 'frame' }));
    send({ cmd: 'reset', seed: 1 });
    expect(send({ cmd: 'step', actions: [ACT, [0, 0, 5000, 0, 0]] })).toEqual({ head: { error: 'actions[1][2] (aim): expected an integer from 0 to 4095, got 5000' }, frame: null });
    expect(send({ cmd: 'hash' }).frame).toBeNull();
    expect(send({ cmd: 'step', actions: [ACT, ACT], obs: 'json' }).head).toHaveProperty('observations');
    expect(send({ cmd: 'step', actions: [ACT, ACT] }).frame).toHaveLength(stepFrameBytes(2, LEN));
  });
});

describe('frame mode, one env', () => {
  it('reset, step and restore send the observation as a frame and the rest as JSON does', () => {
    const json = talk(new EnvBridge(makeEnv({ level: 'bar' })));
    const frame = talk(new EnvBridge(makeEnv({ level: 'bar' })));
    const check = (msg: Reply, frameMsg: Reply = { ...msg, obs: 'frame' }) => {
      const j = json(msg).head;
      const f = frame(frameMsg);
      const { observation, ...rest } = j;
      expect(f.head).toEqual({ ...rest, frame: LEN * 4 });
      expect(floats(f.frame!, 0, LEN)).toEqual(expectedBlock([observation as never]));
    };
    check({ cmd: 'reset', seed: 9 });
    for (let s = 0; s < 5; s++) check({ cmd: 'step', action: ACT });
    expect(json({ cmd: 'snapshot' }).head).toEqual(frame({ cmd: 'snapshot' }).head);
    check({ cmd: 'step', action: [0, 90, 0, 0, 0] });
    check({ cmd: 'restore', snapshot: 1 });
  });
});

describe('observeInto', () => {
  it('writes exactly the numbers observe() gives, for any sizes, along a bot run', () => {
    for (const sizes of [{ gridRadius: 7, maxActors: 16, maxBullets: 16, maxPickups: 4, maxGrenades: 4 }, { gridRadius: 1, maxActors: 2, maxBullets: 0, maxPickups: 1, maxGrenades: 0 }]) {
      const observer = new Observer(sizes);
      const layout = observationLayout(sizes);
      expect(flatLength(sizes)).toBe(layout.length);
      const world = createWorld(loadLevel('bar'), 3);
      const bot = findBot('aggressive')!.create(3);
      const flat = new Float64Array(layout.length + 2).fill(7);
      const fromObject = new Float64Array(layout.length);
      for (let t = 0; t < 900 && world.outcome === null; t++) {
        step(world, bot.act(world));
        if (t % 30 !== 0) continue;
        observer.observeInto(world, flat, 1);
        writeObservation(observer.observe(world) as never, layout, fromObject as never, 0);
        expect([...flat.subarray(1, 1 + layout.length)]).toEqual([...fromObject]);
        expect([flat[0], flat[layout.length + 1]]).toEqual([7, 7]); // nothing written outside its place
      }
    }
  });
});

describe('npm run env -- --num-envs 2 --obs frame', () => {
  it('writes each header line and its frame bytes on stdout, in order', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/headless/cli/env-main.ts', '--level', 'bar', '--num-envs', '2', '--obs', 'frame']);
    const chunks: Buffer[] = [];
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stdin.end(['{"cmd":"reset","seed":5}', `{"cmd":"step","actions":${JSON.stringify([ACT, ACT])}}`, '{"cmd":"hash"}', '{"cmd":"close"}', ''].join('\n'));
    expect(await exited).toBe(0);
    let out = Buffer.concat(chunks);
    const next = (): { head: Reply; frame: Buffer | null } => {
      const nl = out.indexOf(10);
      const head = JSON.parse(out.subarray(0, nl).toString('utf8')) as Reply;
      const size = typeof head.frame === 'number' ? head.frame : 0;
      const frame = size ? out.subarray(nl + 1, nl + 1 + size) : null;
      out = out.subarray(nl + 1 + size);
      return { head, frame };
    };
    expect(next().frame).toHaveLength(2 * LEN * 4);
    const s = next();
    expect(s.head).toEqual({ infos: {}, frame: stepFrameBytes(2, LEN) });
    expect(s.frame).toHaveLength(stepFrameBytes(2, LEN));
    expect(next().head.hashes).toHaveLength(2);
    expect(next().head).toEqual({ closed: true });
    expect(out.length).toBe(0);
  }, 20_000);
});
