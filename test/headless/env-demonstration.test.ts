import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  createReplay, iterateDemonstration, loadDemonstration, makeEnv, readReplayFile, replayToText, ReplayError, toAction, writeReplayFile,
  type ReplayFile,
} from '../../src/headless';
import { runEnvCli } from '../../src/headless/cli/env-cli';
import { encodeInputs } from '../../src/replay/input-codec';
import { recordBotRun } from './env-helpers';

const dir = mkdtempSync(path.join(tmpdir(), 'desperado-demo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The aggressive bot's run of the bar on its index seed (it ends within a few hundred ticks).
const run = recordBotRun('bar', 1995, 'aggressive');
const replay = createReplay({ level: 'bar', seed: 1995, inputs: run.inputs, outcome: run.outcome, hash: run.hash });
const file = path.join(dir, 'bar-aggressive.json');
writeReplayFile(file, replay);

function writeBad(name: string, content: string | object): string {
  const f = path.join(dir, name);
  writeFileSync(f, typeof content === 'string' ? content : JSON.stringify(content));
  return f;
}

async function cli(...argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runEnvCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) }, undefined as never);
  return { code, out, err };
}

describe('demonstrations', () => {
  it('replay a recorded run through the env: the observations an agent would see, the recorded actions', () => {
    expect(run.outcome).not.toBeNull();
    const pairs = loadDemonstration(file);
    expect(pairs).toHaveLength(run.ticks);
    // The recorded inputs as actions (the codec writes a bot's -0 as 0).
    expect(pairs.map((p) => p.action)).toEqual(readReplayFile(file).inputs.map((i) => toAction(i)));
    expect(JSON.stringify(pairs.map((p) => p.action))).toBe(JSON.stringify(run.inputs.map((i) => toAction(i))));
    // The same trajectory as an agent stepping the env with those actions.
    const env = makeEnv({ level: 'bar' });
    let obs = env.reset({ seed: 1995 }).observation;
    for (const p of pairs) {
      expect(p.observation).toEqual(obs);
      const r = env.step(p.action);
      expect([p.reward, p.terminated, p.truncated]).toEqual([r.reward, r.terminated, r.truncated]);
      obs = r.observation;
    }
    expect(env.stateHash()).toBe(run.hash);
    expect(pairs.at(-1)!.terminated).toBe(true);
    expect(pairs.slice(0, -1).some((p) => p.terminated || p.truncated)).toBe(false);
  });

  it('take a parsed replay object too, with observation and reward options', () => {
    const pairs = loadDemonstration(JSON.parse(replayToText(replay)), { observation: { maxActors: 2, gridRadius: 1 }, reward: { perTick: 0, kill: 0, damageTaken: 0, death: 0, civilianHit: 0, clear: 0 } });
    expect(pairs[0]!.observation.actors).toHaveLength(2);
    expect(pairs[0]!.observation.grid).toHaveLength(3);
    expect(pairs.every((p) => p.reward === 0)).toBe(true);
    expect(loadDemonstration(readReplayFile(file))).toHaveLength(run.ticks);
  });

  it('a recording that stops before the level ends is truncated on its last step', () => {
    const part = createReplay({ level: 'bar', seed: 1995, inputs: run.inputs.slice(0, 100) });
    const pairs = loadDemonstration(part);
    expect(pairs).toHaveLength(100);
    expect(pairs.at(-1)).toMatchObject({ terminated: false, truncated: true });
    expect(loadDemonstration(createReplay({ level: 'bar', seed: 3, inputs: [] }))).toEqual([]);
  });

  it('streams pairs, checking the hash only at the end', () => {
    const it = iterateDemonstration(file);
    expect(it.next().value).toMatchObject({ action: toAction(run.inputs[0]!) });
  });

  it.each<[string, string | object, RegExp]>([
    ['not-json.json', '{"format": "desperado-replay", ', /not-json\.json: expected valid JSON, got a syntax error at the end of the text/],
    ['format.json', { ...replay, format: 'doom-demo' }, /format\.json: format: expected "desperado-replay", got "doom-demo"/],
    ['version.json', { ...replay, version: 9 }, /version\.json: version: expected 1 to 2 \(a newer game wrote this replay\), got 9/],
    ['inputs.json', { ...replay, inputs: 'A' }, /inputs\.json: inputs: expected encoded inputs, got bad text \(truncated base64url text\)/],
    ['ticks.json', { ...replay, ticks: run.ticks + 1 }, /ticks\.json: ticks: expected \d+ \(the number of inputs the file holds\)/],
    ['hash.json', { ...replay, hash: run.hash.replace(/^./, (c) => (c === '0' ? '1' : '0')) }, /hash\.json: hash: expected [0-9a-f]{16} \(what replaying the inputs gives\), got [0-9a-f]{16}: the run was recorded by a different game version/],
    ['outcome.json', { ...replay, outcome: run.outcome === 'cleared' ? 'dead' : 'cleared' }, /outcome\.json: outcome: expected "\w+" \(what replaying the inputs gives\)/],
    ['seed.json', { ...replay, seed: 1996 }, /seed\.json: (hash|outcome|inputs):/],
    ['level.json', { ...replay, level: 'desert' }, /levels\/index\.json: levels: expected a level id \(one of bar, church, rooftops, street, ranch\)/],
    ['past-end.json', { ...replay, inputs: encodeInputs([...run.inputs, ...run.inputs.slice(0, 5)]), ticks: run.ticks + 5 }, /past-end\.json: inputs: expected the run to end with the last input, got an outcome \(\w+\) at tick \d+ with 5 inputs left/],
  ])('refuses a bad file (%s) with one line', (name, content, message) => {
    const f = writeBad(name, content);
    let err: unknown;
    try {
      loadDemonstration(f);
    } catch (e) {
      err = e;
    }
    expect((err as Error).message).toMatch(message);
    expect((err as Error).message).not.toMatch(/\n/);
  });

  it('refuses a missing file and a level that is not the replay\'s', () => {
    expect(() => loadDemonstration(path.join(dir, 'nope.json'))).toThrow(/nope\.json: expected a readable file, got no such file/);
    const other: ReplayFile = { ...replay, level: 'saloon' };
    expect(() => loadDemonstration(other, { level: 'bar' })).toThrow(ReplayError);
    expect(() => loadDemonstration(other, { level: 'bar' })).toThrow(/replay: level: expected "bar" \(the level given to replay it on\), got "saloon"/);
  });

  it('npm run env -- --demo prints one pair per line; a bad file exits 2 with one line', async () => {
    const r = await cli('--demo', file, '--max-actors', '3');
    expect(r.code).toBe(0);
    expect(r.err).toEqual([]);
    expect(r.out).toHaveLength(run.ticks);
    const first = JSON.parse(r.out[0]!) as { observation: { actors: unknown[] }; action: unknown; reward: number; terminated: boolean; truncated: boolean };
    expect(Object.keys(first)).toEqual(['observation', 'action', 'reward', 'terminated', 'truncated']);
    expect(first.observation.actors).toHaveLength(3);
    expect(first.action).toEqual(toAction(run.inputs[0]!));
    expect((JSON.parse(r.out.at(-1)!) as { terminated: boolean }).terminated).toBe(true);

    const bad = await cli('--demo', writeBad('cli-bad.json', { ...replay, version: 0 }));
    expect(bad.code).toBe(2);
    expect(bad.out).toEqual([]);
    expect(bad.err).toHaveLength(1);
    expect(bad.err[0]).toMatch(/^env: .*cli-bad\.json: version: expected a version number/);
    const skip = await cli('--demo', file, '--frame-skip', '4');
    expect(skip).toMatchObject({ code: 2, err: ['env: --frame-skip does not apply to --demo (a demonstration is one step per recorded tick)'] });
  });
});
