// Run clips: a valid GIF of the run's length, frames that composite back to the rendered world,
// and the sim CLI's --video flag.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createWorld, NO_INPUT, step, type TickInput } from '../../src/sim';
import { loadLevel } from '../../src/headless/level-files';
import { clipTicks, MAX_CLIP_SECONDS, renderFrame, runClip, TICKS_PER_FRAME } from '../../src/headless';
import { cli } from './cli-helpers';
import { readGif } from './frame-gif';

const bar = loadLevel('bar');
const dir = mkdtempSync(path.join(os.tmpdir(), 'desperado-clip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** El walks right then down, aiming about. */
function walk(ticks: number): TickInput[] {
  return Array.from({ length: ticks }, (_, i) => ({ ...NO_INPUT, moveX: i < ticks / 2 ? 127 : 0, moveY: i < ticks / 2 ? 0 : 127, aim: (i * 5) & 255 }));
}

/** Largest per-channel difference between two RGB pictures. */
function maxDiff(a: Uint8Array, b: Uint8Array): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]! - b[i]!));
  return m;
}

describe('clipTicks', () => {
  it('takes every 4th tick and the last; a long run keeps its last minute', () => {
    expect(clipTicks(10)).toEqual([0, 4, 8, 10]);
    expect(clipTicks(8)).toEqual([0, 4, 8]);
    const long = clipTicks(5000);
    expect(long[0]).toBe(5000 - MAX_CLIP_SECONDS * 60);
    expect(long[long.length - 1]).toBe(5000);
    expect(long.length).toBe((MAX_CLIP_SECONDS * 60) / TICKS_PER_FRAME + 1);
  });
});

describe('runClip', () => {
  const inputs = walk(90);
  const clip = runClip(bar, 7, inputs);
  const gif = readGif(clip.gif);

  it('is a looping GIF89a of the whole map, one frame per 4 ticks and the last', () => {
    expect(String.fromCharCode(...clip.gif.subarray(0, 6))).toBe('GIF89a');
    expect([gif.width, gif.height]).toEqual([bar.width * 16, bar.height * 16]);
    expect(gif.loops).toBe(true);
    expect(gif.frames.length).toBe(clipTicks(90).length);
    expect(clip.frames).toBe(gif.frames.length);
    expect([clip.fromTick, clip.toTick]).toEqual([0, 90]);
  });

  it('lasts as long as the run, then holds the last frame a second', () => {
    const delays = gif.frames.map((f) => f.delayCs);
    // 90 ticks are 150 hundredths; the last frame adds its one-second hold.
    expect(delays.slice(0, -1).reduce((a, b) => a + b, 0)).toBe(Math.round(((clipTicks(90).length - 1) * TICKS_PER_FRAME * 100) / 60));
    expect(delays.every((d) => d === 6 || d === 7 || d >= 100)).toBe(true);
    expect(delays[delays.length - 1]).toBeGreaterThanOrEqual(100);
  });

  it('composites back to the frames renderFrame draws (within the palette\'s error)', () => {
    const world = createWorld(bar, 7);
    const ticks = clipTicks(90);
    ticks.forEach((t, k) => {
      while (world.tick < t) step(world, inputs[world.tick]!);
      if (k === 0 || k === 11 || k === ticks.length - 1) {
        const drawn = renderFrame(world, bar, { view: 'map' }).rgb;
        // rgb565 palette of 255 colours: a few levels off per channel on the picture's colours.
        expect(maxDiff(gif.frames[k]!.rgb, drawn)).toBeLessThan(40);
      }
    });
    // Frames after the first store only what changed.
    expect(gif.frames.slice(1).every((f) => f.disposal === 1)).toBe(true);
  });

  it('is the same bytes for the same run', () => {
    expect(Buffer.from(runClip(bar, 7, inputs).gif).equals(Buffer.from(clip.gif))).toBe(true);
  });
});

describe('npm run sim -- --video', () => {
  it('writes a clip of the recorded run', async () => {
    const record = path.join(dir, 'run.json');
    const video = path.join(dir, 'run.gif');
    const r = await cli(['--level', 'bar', '--seed', '1996', '--max-ticks', '120', '--record', record, '--video', video, '--workers', '1']);
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    const replay = JSON.parse(readFileSync(record, 'utf8')) as { ticks: number };
    const gif = readGif(readFileSync(video));
    expect(gif.frames.length).toBe(clipTicks(replay.ticks).length);
  });

  it('needs --record, which needs one run', async () => {
    const video = path.join(dir, 'x.gif');
    expect((await cli(['--level', 'bar', '--video', video])).err).toEqual(['sim: --video films the run --record writes: give --record run.json too']);
    const many = await cli(['--level', 'bar', '--runs', '3', '--record', path.join(dir, 'x.json'), '--video', video]);
    expect([many.code, many.err]).toEqual([2, ['sim: --record writes one run: use it with one level and --runs 1']]);
    const webm = await cli(['--level', 'bar', '--record', path.join(dir, 'x.json'), '--video', path.join(dir, 'x.webm')]);
    expect([webm.code, webm.err]).toEqual([2, [`sim: --video ${path.join(dir, 'x.webm')}: clips are GIFs, name it .gif`]]);
    const noDir = await cli(['--level', 'bar', '--record', path.join(dir, 'x.json'), '--video', path.join(dir, 'nope', 'x.gif')]);
    expect(noDir.err).toEqual([`sim: --video ${path.join(dir, 'nope', 'x.gif')}: folder ${path.join(dir, 'nope')} does not exist`]);
  });
});
