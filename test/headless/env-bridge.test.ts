import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { EnvBridge, makeEnv } from '../../src/headless';
import { runEnvCli } from '../../src/headless/cli/env-cli';
import { MAX_SNAPSHOTS } from '../../src/headless/env/bridge';
import { runBridge, startBridge } from './env-helpers';

const NONE = { moveX: 0, moveY: 0, aim: 0, buttons: 0 };

function bridge(): (msg: unknown) => Record<string, unknown> {
  const b = new EnvBridge(makeEnv({ level: 'bar', maxTicks: 600 }));
  return (msg) => JSON.parse(b.handle(typeof msg === 'string' ? msg : JSON.stringify(msg))!.line) as Record<string, unknown>;
}

async function cli(argv: string[], stdin = ''): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const input = new PassThrough();
  input.end(stdin);
  const code = await runEnvCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) }, input);
  return { code, out, err };
}

describe('env bridge (JSON lines)', () => {
  it('answers reset, step, spaces, snapshot, restore, drop, hash and close', () => {
    const b = new EnvBridge(makeEnv({ level: 'bar' }));
    const send = (msg: unknown): Record<string, unknown> => {
      const r = b.handle(JSON.stringify(msg))!;
      return { ...(JSON.parse(r.line) as Record<string, unknown>), _close: r.close };
    };
    const reset = send({ cmd: 'reset', seed: 7 });
    expect(Object.keys(reset)).toEqual(['observation', 'info', '_close']);
    expect(reset.info).toMatchObject({ seed: 7, tick: 0, level: 'bar' });
    const step = send({ cmd: 'step', action: { moveX: 127, moveY: 0, aim: 0, buttons: [1, 0, 0, 0, 0] } });
    expect(Object.keys(step)).toEqual(['observation', 'reward', 'terminated', 'truncated', 'info', '_close']);
    const spaces = send({ cmd: 'spaces' });
    expect(Object.keys(spaces)).toEqual(['actionSpace', 'flatActionSpace', 'observationSpace', 'observationLayout', 'numEnvs', '_close']);
    const snap = send({ cmd: 'snapshot' });
    expect(snap.snapshot).toBe(1);
    const a = send({ cmd: 'step', action: [10, 20, 30, 1, 0] });
    const hash = send({ cmd: 'hash' }).hash;
    expect(send({ cmd: 'restore', snapshot: 1 })).toMatchObject({ info: { tick: 1 } });
    expect(send({ cmd: 'step', action: [10, 20, 30, 1, 0] })).toEqual(a);
    expect(send({ cmd: 'hash' }).hash).toBe(hash);
    expect(send({ cmd: 'drop', snapshot: 1 })).toMatchObject({ dropped: 1 });
    expect(send({ cmd: 'restore', snapshot: 1 }).error).toBe('restore: snapshot: no snapshot 1 (dropped, or pushed out: only the last 64 are kept)');
    expect(b.handle('   ')).toBeNull();
    expect(send({ cmd: 'close' })).toEqual({ closed: true, _close: true });
    expect(b.handle('{"cmd":"hash"}')!.line).toBe('{"error":"the bridge is closed"}');
  });

  it('keeps at most MAX_SNAPSHOTS snapshots, dropping the oldest', () => {
    const send = bridge();
    send({ cmd: 'reset' });
    for (let i = 1; i <= MAX_SNAPSHOTS + 1; i++) expect(send({ cmd: 'snapshot' })).toEqual({ snapshot: i });
    expect(send({ cmd: 'restore', snapshot: 1 }).error).toMatch(/no snapshot 1 \(dropped, or pushed out/);
    expect(send({ cmd: 'restore', snapshot: 2 }).observation).toBeDefined();
    expect(send({ cmd: 'restore', snapshot: 999 }).error).toBe('restore: snapshot: no snapshot 999');
  });

  it.each<[unknown, string]>([
    ['not json', 'message: expected one JSON object per line, got "not json" (not JSON)'],
    ['[1,2]', 'message: expected a JSON object with "cmd", got an array of 2'],
    ['42', 'message: expected a JSON object with "cmd", got 42'],
    [{ cmd: 'jump' }, 'cmd: expected one of reset, step, spaces, snapshot, restore, drop, hash, render, close, got "jump"'],
    [{ seed: 1 }, 'cmd: expected one of reset, step, spaces, snapshot, restore, drop, hash, render, close, got nothing'],
    [{ cmd: 'step', action: NONE }, 'step before reset: call reset() first'],
    [{ cmd: 'hash' }, 'stateHash before reset: call reset() first'],
    [{ cmd: 'snapshot' }, 'snapshot before reset: call reset() first'],
    [{ cmd: 'reset', seed: -3 }, 'reset: seed: expected an integer from 0 to 4294967295, got -3'],
    [{ cmd: 'reset', seed: 1, level: 'x' }, 'reset: unknown field "level" (fields: seed, options, obs)'],
    [{ cmd: 'spaces', x: 1 }, 'spaces: unknown field "x" (it takes no fields)'],
    [{ cmd: 'restore' }, 'restore: snapshot: expected a snapshot id (an integer from a "snapshot" reply), got nothing'],
    [{ cmd: 'restore', snapshot: 'a' }, 'restore: snapshot: expected a snapshot id (an integer from a "snapshot" reply), got "a"'],
  ])('answers %j with one error line', (msg, error) => {
    expect(bridge()(msg)).toEqual({ error });
  });

  it.each<[unknown, string]>([
    [{ cmd: 'step' }, 'step: action: expected an action, got nothing (the field is missing)'],
    [{ cmd: 'step', action: { ...NONE, moveX: 128 } }, 'action.moveX: expected an integer from -127 to 127, got 128'],
    [{ cmd: 'step', action: { ...NONE, moveY: -200 } }, 'action.moveY: expected an integer from -127 to 127, got -200'],
    [{ cmd: 'step', action: { ...NONE, aim: 4096 } }, 'action.aim: expected an integer from 0 to 4095, got 4096'],
    [{ cmd: 'step', action: { ...NONE, buttons: 128 } }, 'action.buttons: expected an integer from 0 to 127 (fire 1, dive 2, reload 4, use 8, switch 16, focus 32, throw 64; the weapon slot goes in slot), got 128'],
    [{ cmd: 'step', action: { ...NONE, slot: 3.5 } }, 'action.slot: expected an integer from 0 to 7, got 3.5'],
    [{ cmd: 'step', action: [0, 0, 0, 0, 0, 0, 0] }, 'action: expected an array of 6 integers [moveX, moveY, aim, buttons, slot, aimDist] (or 5, without aimDist), got an array of 7'],
  ])('after reset, answers a bad step %j with the field and range', (msg, error) => {
    const send = bridge();
    send({ cmd: 'reset' });
    expect(send(msg)).toEqual({ error });
    expect(send({ cmd: 'step', action: NONE })).toMatchObject({ info: { tick: 1 } });
  });

  it('refuses to step past the end until reset', () => {
    const b = new EnvBridge(makeEnv({ level: 'bar', maxTicks: 3, frameSkip: 2 }));
    const send = (m: unknown) => JSON.parse(b.handle(JSON.stringify(m))!.line) as Record<string, unknown>;
    send({ cmd: 'reset' });
    expect(send({ cmd: 'step', action: NONE })).toMatchObject({ truncated: false });
    expect(send({ cmd: 'step', action: NONE })).toMatchObject({ truncated: true, info: { tick: 3 } });
    expect(send({ cmd: 'step', action: NONE }).error).toMatch(/^step after the episode ended: it was truncated \(maxTicks 3\) at tick 3; call reset\(\)/);
    expect(send({ cmd: 'reset' })).toMatchObject({ info: { tick: 0 } });
  });
});

describe('npm run env', () => {
  it.each<[string[], RegExp]>([
    [[], /--level is required/],
    [['--level', 'nowhere'], /levels\/index\.json: levels: expected a level id \(one of bar, church, rooftops, street, ranch\)/],
    [['--level', 'test/no-such-map.tmj'], /no-such-map\.tmj: expected a readable file, got no such file/],
    [['--level', 'bar', '--max-ticks', '0'], /--max-ticks must be at least 1, got 0/],
    [['--level', 'bar', '--max-ticks', '-5'], /--max-ticks must be at least 1, got -5/],
    [['--level', 'bar', '--max-ticks', '99999999999'], /--max-ticks must be at most 5184000/],
    [['--level', 'bar', '--frame-skip', 'lots'], /--frame-skip expects a whole number, got "lots"/],
    [['--level', 'bar', '--frame-skip', '601'], /--frame-skip must be at most 600/],
    [['--level', 'bar', '--max-actors', '-1'], /--max-actors must be at least 0/],
    [['--level', 'bar', '--grid-radius', '100000'], /--grid-radius must be at most 64/],
    [['--level', 'bar', '--reward', 'kill=2,boom=1'], /--reward: unknown key "boom"/],
    [['--level', 'bar', '--reward', 'kill'], /--reward expects key=number pairs/],
    [['--level', 'bar', '--seed', '3'], /unknown flag --seed/],
    [['--level', 'bar', '--num-envs', '0'], /--num-envs must be at least 1, got 0/],
    [['--level', 'bar', '--num-envs', '5000'], /--num-envs must be at most 1024/],
    [['--level', 'bar', '--obs', 'yaml'], /--obs expects json, binary or frame, got "yaml"/],
    [['--level', 'bar', 'extra'], /unexpected argument "extra"/],
  ])('refuses %j with exit 2 and one line', async (argv, message) => {
    const r = await cli(argv);
    expect(r.code).toBe(2);
    expect(r.out).toEqual([]);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(/^env: /);
    expect(r.err[0]).toMatch(message);
  });

  it('serves stdin line by line in process, with flags applied', async () => {
    const r = await cli(['--level', 'bar', '--frame-skip', '3', '--max-actors', '2', '--reward', 'perTick=-1,kill=5'], [
      '{"cmd":"reset","seed":4}',
      '',
      '{"cmd":"step","action":[0,0,0,0,0]}',
      '{"cmd":"step","action":[0,0,0,0,0]}',
    ].join('\n'));
    expect(r.code).toBe(0);
    expect(r.out).toHaveLength(3);
    const s = JSON.parse(r.out[2]!) as { reward: number; info: { tick: number }; observation: { actors: unknown[] } };
    expect(s.info.tick).toBe(6);
    expect(s.reward).toBe(-3);
    expect(s.observation.actors).toHaveLength(2);
  });

  it('a real child process answers bad lines with errors and keeps serving; stdout is protocol only', async () => {
    const p = startBridge(['--level', 'bar', '--max-ticks', '1200']);
    try {
      expect(await p.call({ cmd: 'step', action: NONE })).toEqual({ error: 'step before reset: call reset() first' });
      const reset = await p.call({ cmd: 'reset', seed: 1995 });
      expect((reset.info as { seed: number }).seed).toBe(1995);
      expect(JSON.parse(await p.send('{"cmd": "step", "action": '))).toEqual({ error: expect.stringMatching(/^message: expected one JSON object per line/) as unknown });
      expect(await p.call({ cmd: 'teleport' })).toEqual({ error: expect.stringMatching(/^cmd: expected one of/) as unknown });
      expect(await p.call({ cmd: 'step', action: { ...NONE, aim: 9999 } })).toEqual({ error: 'action.aim: expected an integer from 0 to 4095, got 9999' });
      expect(await p.call({ cmd: 'restore', snapshot: 5 })).toEqual({ error: 'restore: snapshot: no snapshot 5' });
      // A line far too long is refused without the process growing without bound.
      expect(JSON.parse(await p.send('x'.repeat(200_000)))).toEqual({ error: expect.stringMatching(/at most 65536 characters/) as unknown });
      const snap = await p.call({ cmd: 'snapshot' });
      const steps: unknown[] = [];
      for (let i = 0; i < 30; i++) steps.push(await p.call({ cmd: 'step', action: [127, -60, (i * 97) % 4096, i % 2, 0] }));
      const hash = (await p.call({ cmd: 'hash' })).hash;
      // The same actions in process give the same trajectory and hash.
      const env = makeEnv({ level: 'bar', maxTicks: 1200 });
      env.reset({ seed: 1995 });
      const local = Array.from({ length: 30 }, (_, i) => env.step([127, -60, (i * 97) % 4096, i % 2, 0]));
      expect(JSON.parse(JSON.stringify(local))).toEqual(steps);
      expect(hash).toBe(env.stateHash());
      await p.call({ cmd: 'restore', snapshot: snap.snapshot });
      expect(await p.call({ cmd: 'step', action: [127, -60, 0, 0, 0] })).toEqual(steps[0]);
      expect(await p.call({ cmd: 'close' })).toEqual({ closed: true });
      const { code, stderr } = await p.end();
      expect(code).toBe(0);
      expect(stderr).toBe('');
    } finally {
      p.child.kill();
    }
  }, 20_000);

  it('a real child process exits 2 with one stderr line for a bad flag, and 0 at the end of input', async () => {
    const bad = await runBridge(['--level', 'bar', '--frame-skip', '-2']);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr.trim().split('\n')).toEqual(['env: --frame-skip must be at least 1, got -2']);
    const eof = await runBridge(['--level', 'bar'], '{"cmd":"reset"}\n{"cmd":"hash"}');
    expect(eof.code).toBe(0);
    const lines = eof.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[1]!)).toEqual({ hash: expect.stringMatching(/^[0-9a-f]{16}$/) as unknown });
  }, 20_000);
});
