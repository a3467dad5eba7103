// The replay viewer in the production build: a recorded bot clear of the bar opened from a link,
// from the file picker and by dropping the file on the page; pause, single ticks, speeds, the seek
// bar, hitboxes; and bad replays, which give one message and the title. Playback runs on the test
// clock (?clock=manual): advance(n) plays exactly n ticks times the speed; every other wait is on
// window.__game.
import { expect, test, type Page } from '@playwright/test';
import { loadLevel, loadLevelIndex } from '../../src/headless/level-files';
import { recordReplay } from '../../src/replay/record';
import { createReplay, replayToText } from '../../src/replay/replay-file';
import { encodeReplayLink } from '../../src/replay/replay-link';
import { createWorld, stateHash, step } from '../../src/sim';
import { advance, dropFile, hook, noErrors, recordRun, waitForScene, watchErrors } from './helpers';

test.describe.configure({ timeout: 60_000 });

const SEED = 1996;
const bar = loadLevel('bar');
const run = recordRun('bar', SEED, 'aggressive');
const replay = recordReplay(bar, SEED, run.inputs);
const text = replayToText(replay);
const link = encodeReplayLink(text);

/** stateHash at `tick` of the recorded run, worked out in Node. */
function hashAt(tick: number): string {
  const world = createWorld(bar, SEED);
  for (let i = 0; i < tick; i++) step(world, run.inputs[i]!);
  return stateHash(world);
}

const viewer = (page: Page) => page.evaluate(() => window.__game!.replay!);
const waitFor = (page: Page, fn: string, timeout = 30_000) => page.waitForFunction(fn, undefined, { timeout });
const waitTick = (page: Page, tick: number) => waitFor(page, `window.__game?.tick === ${tick}`);

async function notices(page: Page): Promise<string[]> {
  return page.locator('.notice').allTextContents();
}

test('a replay link opens the viewer: pause, one tick, speeds, scrubbing, and the recorded end', async ({ page }) => {
  expect(run.outcome).toBe('cleared');
  const errors = watchErrors(page);
  await page.goto(`./?replay=${link}&clock=manual`);
  await waitForScene(page, 'replay');
  const start = await hook(page);
  expect(start.level).toBe('bar');
  expect(start.tick).toBe(0);
  let v = await viewer(page);
  expect(v).toMatchObject({ verified: true, status: 'verified', ticks: run.ticks, speed: 1, playing: true, hitboxes: false, freeCamera: false });

  // It plays by itself, on game time; Space pauses, and a paused replay stays put.
  await advance(page, 120);
  const t = (await hook(page)).tick;
  expect(t).toBe(120);
  expect(t).toBeLessThan(run.ticks);
  await page.keyboard.press('Space');
  await waitFor(page, 'window.__game.replay.playing === false');
  await advance(page, 60);
  expect((await hook(page)).tick).toBe(t);
  // One tick at a time, forward ('.', then the right arrow) and back (',').
  await page.keyboard.press('Period');
  await waitTick(page, t + 1);
  await page.keyboard.press('ArrowRight');
  await waitTick(page, t + 2);
  await page.keyboard.press('Comma');
  await waitTick(page, t + 1);
  expect((await hook(page)).hash).toBe(hashAt(t + 1));
  expect((await viewer(page)).playing).toBe(false);
  await page.screenshot({ path: 'test-results/replay-viewer.png' });

  // Hitboxes on.
  await page.keyboard.press('KeyH');
  await waitFor(page, 'window.__game.replay.hitboxes === true');
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.screenshot({ path: 'test-results/replay-hitboxes.png' });
  expect((await hook(page)).tick).toBe(t + 1);

  // Speeds: - + and [ ], within 0.25x..8x.
  for (const [key, speed] of [['Equal', 2], ['BracketRight', 4], ['Equal', 8], ['Equal', 8], ['Minus', 4], ['BracketLeft', 2], ['Minus', 1], ['Minus', 0.5], ['Minus', 0.25], ['BracketLeft', 0.25]] as const) {
    await page.keyboard.press(key);
    await waitFor(page, `window.__game.replay.speed === ${speed}`);
  }

  // The seek bar: click its start, drag to the middle, click its end.
  v = await viewer(page);
  const tl = v.timeline;
  const y = tl.y + tl.h / 2;
  await page.mouse.click(tl.x, y);
  await waitTick(page, 0);
  expect((await hook(page)).hash).toBe(hashAt(0));
  const midX = tl.x + Math.round(tl.w / 2);
  const mid = Math.round(((midX - tl.x) / tl.w) * run.ticks);
  await page.mouse.move(tl.x + 2, y);
  await page.mouse.down();
  for (let x = tl.x + 40; x < midX; x += 120) await page.mouse.move(x, y);
  await page.mouse.move(midX, y);
  await page.mouse.up();
  await waitTick(page, mid);
  expect((await hook(page)).hash).toBe(hashAt(mid));
  await page.mouse.click(tl.x + tl.w, y);
  await waitTick(page, run.ticks);
  let end = await hook(page);
  expect(end.outcome).toBe('cleared');
  expect(end.hash).toBe(run.hash);

  // From the start at 8x, played (not sought) to the end: the recorded tick and hash.
  await page.keyboard.press('Home');
  await waitTick(page, 0);
  await page.keyboard.press('Equal');
  await page.keyboard.press('Equal');
  await page.keyboard.press('BracketRight');
  await page.keyboard.press('BracketRight');
  await page.keyboard.press('BracketRight');
  await waitFor(page, 'window.__game.replay.speed === 8');
  await page.keyboard.press('Space');
  await waitFor(page, 'window.__game.replay.playing === true');
  // 8x: each tick of game time plays eight of the replay's.
  await advance(page, 10);
  expect((await hook(page)).tick).toBe(80);
  await advance(page, Math.ceil((run.ticks - 80) / 8));
  end = await hook(page);
  expect(end.outcome).toBe('cleared');
  expect(end.tick).toBe(run.ticks);
  expect(end.hash).toBe(run.hash);
  expect(end.hash).toBe(replay.hash);
  await waitFor(page, 'window.__game.replay.playing === false');

  // The free camera pans on its own.
  await page.keyboard.press('KeyF');
  await waitFor(page, 'window.__game.replay.freeCamera === true');
  // (Toward the side with room: the camera stops at the level's edges.)
  const cam = (await hook(page)).camera!;
  const key = cam.x > 100 ? 'KeyA' : 'KeyD';
  await page.keyboard.down(key);
  await waitFor(page, `Math.abs(window.__game.camera.x - ${cam.x}) > 20`);
  await page.keyboard.up(key);

  // Esc goes back to level select, and no level is left loaded.
  await page.keyboard.press('Escape');
  await waitForScene(page, 'levelSelect');
  expect((await hook(page)).level).toBeNull();
  expect(await notices(page)).toEqual([]);
  await noErrors(errors);
});

test('replay files open from the file picker and by dropping them on the page', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./?clock=manual');
  await waitForScene(page, 'title');
  const saved = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));

  await page.setInputFiles('#replay-file-input', { name: 'run.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await waitForScene(page, 'replay');
  expect((await hook(page)).level).toBe('bar');
  expect(await viewer(page)).toMatchObject({ verified: true, ticks: run.ticks });
  await page.keyboard.press('Escape');
  await waitForScene(page, 'levelSelect');

  await dropFile(page, 'dropped.json', text);
  await waitForScene(page, 'replay');
  expect(await viewer(page)).toMatchObject({ verified: true, ticks: run.ticks });
  await advance(page, 5);
  expect((await hook(page)).tick).toBe(5);

  // A bad file, dropped or picked: one message, then the title.
  await dropFile(page, 'huge.json', ' '.repeat(1024 * 1024 + 1));
  await waitForScene(page, 'title');
  expect(await notices(page)).toEqual(['huge.json: expected a replay file of at most 1 MB, got 1048577 bytes']);
  const newer = JSON.stringify({ ...JSON.parse(text), version: 9 });
  await page.setInputFiles('#replay-file-input', { name: 'newer.json', mimeType: 'application/json', buffer: Buffer.from(newer) });
  await expect(page.locator('.notice')).toHaveCount(2);
  expect((await notices(page))[1]).toBe('newer.json: version: expected 1 to 2 (a newer game wrote this replay), got 9');
  await waitForScene(page, 'title');

  // A doctored run opens, and says why it does not verify.
  const doctored = JSON.stringify({ ...JSON.parse(text), hash: '0123456789abcdef' });
  await dropFile(page, 'doctored.json', doctored);
  await waitForScene(page, 'replay');
  const v = await viewer(page);
  expect(v.verified).toBe(false);
  expect(v.status).toContain('the final state differs');
  expect(await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()))).toBe(saved);

  // Over a level being played: a bad drop leaves the run alone, a good one opens the viewer.
  await page.goto('./?level=bar&clock=manual');
  await waitForScene(page, 'play');
  await advance(page, 11);
  await dropFile(page, 'broken.json', '{"format": "desperado-replay"');
  await expect(page.locator('.notice')).toHaveCount(1);
  expect((await notices(page))[0]).toMatch(/^broken\.json: /);
  const t = (await hook(page)).tick;
  expect(t).toBe(11);
  await advance(page, 5);
  expect((await hook(page)).tick).toBe(t + 5);
  expect((await hook(page)).scene).toBe('play');
  await dropFile(page, 'run.json', text);
  await waitForScene(page, 'replay');
  await advance(page, 5);
  expect((await hook(page)).tick).toBe(5);
  expect(await viewer(page)).toMatchObject({ verified: true, ticks: run.ticks });
  await page.keyboard.press('Escape');
  await waitForScene(page, 'levelSelect');
  await noErrors(errors);
});

test('a bad ?replay= (or #replay=) link gives one message and the title', async ({ page }) => {
  const errors = watchErrors(page);
  const b64 = (s: string) => Buffer.from(s).toString('base64url');
  const cases: [string, string][] = [
    ['%25%25', 'replay link: expected base64url text (A-Z a-z 0-9 - _), got "%" at character 1'],
    [b64('hello, world'), 'replay link: '],
    [b64(JSON.stringify({ ...JSON.parse(text), version: 3 })), 'replay link: version: expected 1 to 2 (a newer game wrote this replay), got 3'],
    [b64(replayToText(createReplay({ level: 'bar', seed: 1, inputs: [] })).replace('"bar"', '"moon"')), `replay link: level: expected a level of this game (${loadLevelIndex().levels.map((l) => l.id).join(', ')}), got "moon"`],
  ];
  // Over 64 KB: as a fragment, since no server takes a request line that long (Vite's says 431).
  cases.push([`#replay=${'A'.repeat(100_000)}`, 'replay link: expected at most 64 KB of replay text, got 73.2 KB: too long for a link, share the .json file instead (drop it on the game)']);
  for (const [i, [value, message]] of cases.entries()) {
    await page.goto(value.startsWith('#') ? `./?case=${i}${value}` : `./?replay=${value}`);
    await waitForScene(page, 'title');
    const shown = await notices(page);
    expect(shown).toHaveLength(1);
    expect(shown[0]!.startsWith(message), `${shown[0]} starts with ${message}`).toBe(true);
    expect((await hook(page)).level).toBeNull();
  }
  // A good link works as a fragment too.
  await page.goto(`./?case=ok#replay=${link}`);
  await waitForScene(page, 'replay');
  expect(await viewer(page)).toMatchObject({ verified: true, ticks: run.ticks });
  expect(await notices(page)).toEqual([]);
  await noErrors(errors);
});
