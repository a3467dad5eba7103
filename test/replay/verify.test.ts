import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBot } from '../../src/headless/bots';
import { runVerifyCli } from '../../src/headless/cli/verify-main';
import { loadLevel } from '../../src/headless/level-files';
import { decodeInputs, encodeInputs } from '../../src/replay/input-codec';
import { levelContentHash } from '../../src/replay/level-hash';
import { recordReplay, verifyReplay } from '../../src/replay/record';
import { CHECKPOINT_TICKS, replayToText, validateReplay, type ReplayFile } from '../../src/replay/replay-file';
import { createWorld, step, type TickInput } from '../../src/sim';
import { GAME_VERSION } from '../../src/version';

const bar = loadLevel('bar');

function botInputs(seed: number): TickInput[] {
  const world = createWorld(bar, seed);
  const bot = findBot('aggressive')!.create(seed);
  const inputs: TickInput[] = [];
  while (world.outcome === null && world.tick < 6000) {
    const input = bot.act(world);
    inputs.push(input);
    step(world, input);
  }
  return inputs;
}

const inputs = botInputs(1996);
const replay = recordReplay(bar, 1996, inputs);
const verify = (r: ReplayFile) => verifyReplay(validateReplay(JSON.parse(JSON.stringify(r))), bar);

describe('replays anyone can verify', () => {
  it('a recorded clear verifies, with its outcome, ticks and a checkpoint a second', () => {
    expect(replay.outcome).toBe('cleared');
    expect(replay.levelHash).toBe(levelContentHash(bar));
    expect(replay.game).toBe(GAME_VERSION);
    expect(replay.checkpoints!.length).toBe(Math.floor(replay.ticks / CHECKPOINT_TICKS) * 16);
    expect(verify(replay)).toEqual({ verified: true, ticks: replay.ticks, outcome: 'cleared', hash: replay.hash });
  });

  it('an edited input does not verify, and the verifier says which second diverged', () => {
    const edited = decodeInputs(replay.inputs);
    const at = 400;
    edited[at] = { ...edited[at]!, aim: (edited[at]!.aim + 700) % 4096, buttons: 1 };
    const v = verify({ ...replay, inputs: encodeInputs(edited) });
    expect(v.verified).toBe(false);
    if (!v.verified) {
      expect(v.divergedAt).toBeDefined();
      expect(v.divergedAt!.fromTick).toBeLessThanOrEqual(at + CHECKPOINT_TICKS);
      expect(v.divergedAt!.toTick).toBeGreaterThan(at);
    }
  });

  it('an edited time, outcome or hash does not verify', () => {
    const cut = decodeInputs(replay.inputs).slice(0, replay.ticks - 90);
    const shorter = { ...replay, inputs: encodeInputs(cut), ticks: cut.length, checkpoints: replay.checkpoints!.slice(0, Math.floor(cut.length / CHECKPOINT_TICKS) * 16) };
    expect(verify(shorter)).toMatchObject({ verified: false, reason: expect.stringMatching(/claims "cleared"/) });
    expect(() => verify({ ...replay, ticks: replay.ticks - 1 })).toThrow(/ticks: expected/);
    expect(verify({ ...replay, outcome: 'dead' })).toMatchObject({ verified: false });
    expect(verify({ ...replay, hash: '0000000000000000' })).toMatchObject({ verified: false, reason: expect.stringMatching(/final state differs/) });
    const padded = [...decodeInputs(replay.inputs), ...decodeInputs(replay.inputs).slice(0, 120)];
    const longer = recordReplay(bar, 1996, padded);
    expect(longer.ticks).toBe(replay.ticks); // inputs after the end are not part of the run
  });

  it('a run recorded on another version of the level does not verify', () => {
    const moved = { ...bar, actors: bar.actors.map((a, i) => (i === 0 ? { ...a, x: a.x + 16 } : a)) };
    expect(levelContentHash(moved)).not.toBe(levelContentHash(bar));
    const v = verifyReplay(validateReplay(JSON.parse(JSON.stringify(replay))), moved);
    expect(v).toMatchObject({ verified: false, reason: expect.stringMatching(/another version of level "bar"/) });
  });

  it('npm run verify exits 0 verified, 1 mismatch, 2 unreadable', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'verify-'));
    const write = (name: string, text: string) => {
      const file = path.join(dir, name);
      writeFileSync(file, text);
      return file;
    };
    const run = (file: string) => {
      const out: string[] = [];
      const err: string[] = [];
      const code = runVerifyCli([file], (l) => out.push(l), (l) => err.push(l));
      return { code, out, err };
    };
    const ok = run(write('ok.json', replayToText(replay)));
    expect(ok.code).toBe(0);
    expect(ok.out[0]).toMatch(/^verified: bar seed 1996, cleared in 0:\d\d\.\d{3} \(\d+ ticks\)/);
    const bad = run(write('bad.json', replayToText({ ...replay, hash: 'ffffffffffffffff' })));
    expect(bad.code).toBe(1);
    expect(bad.err).toHaveLength(1);
    expect(bad.err[0]).toMatch(/NOT VERIFIED/);
    const junk = run(write('junk.json', '{"format": "desperado-replay", "version": 2'));
    expect(junk.code).toBe(2);
    expect(junk.err[0]).toMatch(/junk\.json: expected valid JSON/);
    expect(run(path.join(dir, 'missing.json')).code).toBe(2);
    expect(runVerifyCli([], () => {}, () => {})).toBe(2);
  });

  it('--video films a verified level replay as a GIF, and refuses what it cannot film in one line', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'verify-video-'));
    const file = path.join(dir, 'run.json');
    writeFileSync(file, replayToText(replay));
    const run = (...argv: string[]) => {
      const out: string[] = [];
      const err: string[] = [];
      return { code: runVerifyCli(argv, (l) => out.push(l), (l) => err.push(l)), out, err };
    };
    const clip = path.join(dir, 'clip.gif');
    const ok = run(file, '--video', clip);
    expect(ok.code).toBe(0);
    expect(ok.out[1]).toMatch(new RegExp(`^clip: .*clip\\.gif \\(\\d+ frames, ticks 0-${replay.ticks}, \\d+ KB\\)$`));
    expect(readFileSync(clip).subarray(0, 6).toString('latin1')).toBe('GIF89a');
    const tampered = path.join(dir, 'bad.json');
    writeFileSync(tampered, replayToText({ ...replay, hash: 'ffffffffffffffff' }));
    const bad = run(tampered, '--video', path.join(dir, 'bad.gif'));
    expect([bad.code, bad.err.length, existsSync(path.join(dir, 'bad.gif'))]).toEqual([1, 1, false]);
    for (const [argv, why] of [
      [[file, '--video'], /--video needs a file name/],
      [[file, '--video', path.join(dir, 'clip.webm')], /clips are GIFs, name it \.gif/],
      [[file, '--video', path.join(dir, 'nowhere', 'c.gif')], /folder .* does not exist/],
      [[file, '--video', clip, 'extra.json'], /usage: npm run verify/],
    ] as const) {
      const r = run(...argv);
      expect(r.code).toBe(2);
      expect(r.err).toHaveLength(1);
      expect(r.err[0]).toMatch(why);
    }
  });

  it('the game version matches package.json', () => {
    expect(JSON.parse(readFileSync('package.json', 'utf8')).version).toBe(GAME_VERSION);
  });

  it('a recording stays small: a few KB per minute', () => {
    const perMinute = (replayToText(replay).length / replay.ticks) * 3600;
    expect(perMinute).toBeLessThan(16 * 1024);
  });
});
