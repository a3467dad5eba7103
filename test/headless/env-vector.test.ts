// The bridge with N envs (vector stepping, next-step autoreset), binary observations, and
// commands that only look like commands ("toString", "__proto__").
import { describe, expect, it } from 'vitest';
import { EnvBridge, makeEnv } from '../../src/headless';
import { observationLayout, writeObservation } from '../../src/headless/env/flat-observation';
import { VectorEnv } from '../../src/headless/env/vector-env';
import { startBridge } from './env-helpers';

type Reply = Record<string, unknown>;
const ACT = [60, -40, 512, 1, 0];

function talk(b: EnvBridge): (msg: unknown) => Reply {
  return (msg) => JSON.parse(b.handle(typeof msg === 'string' ? msg : JSON.stringify(msg))!.line) as Reply;
}

const vector = (n: number, maxTicks = 600) => new VectorEnv(Array.from({ length: n }, () => makeEnv({ level: 'bar', maxTicks })));

/** The base64 block cut into N rows of float32. */
function rows(b64: string, n: number, len: number): number[][] {
  const buf = Buffer.from(b64, 'base64');
  expect(buf.length).toBe(n * len * 4);
  return Array.from({ length: n }, (_, i) => Array.from({ length: len }, (_, k) => buf.readFloatLE((i * len + k) * 4)));
}

describe('env bridge: only its own commands and fields', () => {
  it.each(['toString', '__proto__', 'hasOwnProperty', 'constructor', 'valueOf'])('{"cmd":"%s"} is an error and the bridge keeps serving', (cmd) => {
    for (const b of [new EnvBridge(makeEnv({ level: 'bar' })), new EnvBridge(vector(2))]) {
      const send = talk(b);
      expect(send({ cmd })).toEqual({ error: expect.stringMatching(/^cmd: expected one of reset, step, spaces, .*close, got "/) as unknown });
      expect(send({ cmd: 'reset', seed: 1 })).not.toHaveProperty('error');
    }
  });

  it('a field named like an object property is unknown; so is a JSON "__proto__" key', () => {
    const send = talk(new EnvBridge(makeEnv({ level: 'bar' })));
    expect(send({ cmd: 'hash', toString: 1 })).toEqual({ error: 'hash: unknown field "toString" (it takes no fields)' });
    expect(send('{"cmd":"reset","__proto__":{"seed":5}}')).toEqual({ error: 'reset: unknown field "__proto__" (fields: seed, options, obs)' });
    expect(send('{"__proto__":{"cmd":"hash"}}')).toEqual({ error: 'cmd: expected one of reset, step, spaces, snapshot, restore, drop, hash, render, close, got nothing' });
    expect(send({ cmd: 'reset', seed: 1 })).toHaveProperty('observation');
  });
});

describe('env bridge: binary observations', () => {
  it('one env: the block holds the same numbers as the JSON observation, in the layout spaces gives', () => {
    const send = talk(new EnvBridge(makeEnv({ level: 'bar' })));
    const layout = send({ cmd: 'spaces' }).observationLayout as ReturnType<typeof observationLayout>;
    expect(layout.length).toBe(496);
    const json = send({ cmd: 'reset', seed: 8 });
    const bin = send({ cmd: 'reset', seed: 8, obs: 'binary' });
    expect(bin.info).toEqual(json.info);
    const expected = new Float32Array(layout.length);
    writeObservation(json.observation as never, layout, expected, 0);
    expect(rows(bin.observation as string, 1, layout.length)[0]).toEqual([...expected]);
    // player.x is the first number, grid[r][r] (El's cell) where the layout says.
    const grid = layout.entries.find((e) => e.key === 'grid')!;
    expect(rows(bin.observation as string, 1, layout.length)[0]![0]).toBe((json.observation as { player: number[] }).player[0]);
    expect(grid.shape).toEqual([15, 15]);
    expect(send({ cmd: 'step', action: ACT, obs: 'yaml' })).toEqual({ error: 'step: obs: expected one of json, binary, frame, got "yaml"' });
  });

  it('the bridge default (--obs binary) applies unless a message says json', () => {
    const send = talk(new EnvBridge(makeEnv({ level: 'bar' }), undefined, { obs: 'binary' }));
    expect(typeof send({ cmd: 'reset', seed: 1 }).observation).toBe('string');
    expect(typeof send({ cmd: 'step', action: ACT, obs: 'json' }).observation).toBe('object');
  });
});

describe('env bridge: N envs per message', () => {
  it('reset(seed) gives env i the seed + i; each env steps as a lone env with the same actions', () => {
    const send = talk(new EnvBridge(vector(3)));
    const reset = send({ cmd: 'reset', seed: 100 });
    expect((reset.infos as { seed: number }[]).map((i) => i.seed)).toEqual([100, 101, 102]);
    const acts = [ACT, [0, 0, 0, 0, 0], [-127, 127, 2048, 2, 0]];
    const step = send({ cmd: 'step', actions: acts });
    expect(Object.keys(step)).toEqual(['observations', 'rewards', 'terminated', 'truncated', 'infos']);
    acts.forEach((a, i) => {
      const lone = makeEnv({ level: 'bar', maxTicks: 600 });
      lone.reset({ seed: 100 + i });
      const r = JSON.parse(JSON.stringify(lone.step(a))) as Reply;
      expect((step.observations as unknown[])[i]).toEqual(r.observation);
      expect((step.rewards as unknown[])[i]).toBe(r.reward);
      expect((step.infos as unknown[])[i]).toEqual(r.info);
    });
    expect((send({ cmd: 'hash' }).hashes as string[])).toHaveLength(3);
    expect(send({ cmd: 'spaces' }).numEnvs).toBe(3);
  });

  it('autoresets at the next step (Gymnasium 1.x "next-step"): the end is reported, then a new board with reward 0', () => {
    const send = talk(new EnvBridge(vector(2, 5)));
    send({ cmd: 'reset', seed: 7 });
    const acts = [ACT, ACT];
    for (let i = 0; i < 4; i++) expect(send({ cmd: 'step', actions: acts }).truncated).toEqual([false, false]);
    const end = send({ cmd: 'step', actions: acts });
    expect(end.truncated).toEqual([true, true]);
    expect((end.infos as { tick: number; hash?: string }[]).map((i) => i.tick)).toEqual([5, 5]);
    // The ignored actions may be anything: they are not even checked.
    const next = send({ cmd: 'step', actions: [null, 'x'] });
    expect(next.rewards).toEqual([0, 0]);
    expect(next.truncated).toEqual([false, false]);
    expect(next.terminated).toEqual([false, false]);
    const infos = next.infos as { tick: number; seed: number; seedSource: string }[];
    expect(infos.map((i) => [i.tick, i.seedSource])).toEqual([[0, 'generator'], [0, 'generator']]);
    // The new boards are drawn from each env's generator (seeded 7 and 8), as a lone env's reset().
    const lone = makeEnv({ level: 'bar', maxTicks: 5 });
    lone.reset({ seed: 8 });
    expect(infos[1]!.seed).toBe(lone.reset().info.seed);
    expect(send({ cmd: 'step', actions: acts }).infos).toMatchObject([{ tick: 1 }, { tick: 1 }]);
  });

  it('a bad action anywhere is one error naming the env, and no env moved', () => {
    const send = talk(new EnvBridge(vector(3)));
    send({ cmd: 'reset', seed: 1 });
    const hashes = send({ cmd: 'hash' }).hashes;
    expect(send({ cmd: 'step', actions: [ACT, ACT, [0, 0, 5000, 0, 0]] })).toEqual({ error: 'actions[2][2] (aim): expected an integer from 0 to 4095, got 5000' });
    expect(send({ cmd: 'step', actions: [ACT] })).toEqual({ error: 'step: actions: expected an array of 3 actions (one per env), got an array of 1' });
    expect(send({ cmd: 'step', action: ACT })).toEqual({ error: 'step: unknown field "action" (fields: actions, obs)' });
    expect(send({ cmd: 'snapshot' })).toEqual({ error: 'snapshot: not served with --num-envs (snapshots are of one env: start a bridge without --num-envs)' });
    expect(send({ cmd: 'reset', seed: 4294967294 })).toEqual({ error: 'reset: seed: expected an integer from 0 to 4294967293 (env i plays seed + i), got 4294967294' });
    expect(send({ cmd: 'hash' }).hashes).toEqual(hashes);
  });

  it('binary: one block of N x obsLen float32, the same numbers as JSON', () => {
    const json = talk(new EnvBridge(vector(4)));
    const bin = talk(new EnvBridge(vector(4), undefined, { obs: 'binary' }));
    const layout = observationLayout(makeEnv({ level: 'bar' }).options.observation);
    json({ cmd: 'reset', seed: 30 });
    bin({ cmd: 'reset', seed: 30 });
    const actions = [ACT, ACT, ACT, ACT];
    const j = json({ cmd: 'step', actions });
    const b = bin({ cmd: 'step', actions });
    const expected = new Float32Array(4 * layout.length);
    (j.observations as never[]).forEach((o, i) => writeObservation(o, layout, expected, i * layout.length));
    expect(rows(b.observations as string, 4, layout.length).flat()).toEqual([...expected]);
    expect(b.rewards).toEqual(j.rewards);
  });

  it('npm run env -- --num-envs 2 --obs binary serves the vector protocol from a real process', async () => {
    const p = startBridge(['--level', 'bar', '--num-envs', '2', '--obs', 'binary']);
    try {
      const r = await p.call({ cmd: 'reset', seed: 5 });
      expect(rows(r.observations as string, 2, 496)).toHaveLength(2);
      expect(await p.call({ cmd: 'toString' })).toHaveProperty('error');
      expect((await p.call({ cmd: 'step', actions: [ACT, ACT] })).rewards).toHaveLength(2);
      expect(await p.call({ cmd: 'close' })).toEqual({ closed: true });
      expect(await p.end()).toEqual({ code: 0, stderr: '' });
    } finally {
      p.child.kill();
    }
  }, 20_000);
});

describe('env bridge: render (rgb_array frames)', () => {
  it('draws the world headless: one frame, or one per env; refused before reset and for an unknown view', () => {
    const single = talk(new EnvBridge(makeEnv({ level: 'bar' })));
    expect(single({ cmd: 'render' })).toEqual({ error: 'render before reset: call reset() first' });
    single({ cmd: 'reset', seed: 5 });
    const frame = single({ cmd: 'render' }) as { width: number; height: number; rgb: string };
    expect([frame.width, frame.height, Buffer.from(frame.rgb, 'base64').length]).toEqual([480, 270, 480 * 270 * 3]);
    const map = single({ cmd: 'render', view: 'map' }) as { width: number; height: number };
    expect([map.width, map.height]).toEqual([640, 480]);
    expect(single({ cmd: 'render', view: 'sky' })).toEqual({ error: 'render: view: expected "camera" or "map", got "sky"' });
    const many = talk(new EnvBridge(vector(2)));
    many({ cmd: 'reset', seed: 5 });
    const { frames } = many({ cmd: 'render' }) as { frames: { rgb: string }[] };
    expect(frames).toHaveLength(2);
    // Env 0 plays board 5, as the single env does: the same picture.
    expect(frames[0]!.rgb).toBe(frame.rgb);
  });
});
