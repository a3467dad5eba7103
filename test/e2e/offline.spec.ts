// Offline and installable: after one visit the service worker (vite-plugin-pwa, src/pwa/) has the
// whole build, so with the network gone the page still starts, reaches the title and plays; and a
// new build waits for the next start, then takes over from the menus with a notice.
// Every test has a fresh browser context, so its worker and caches never reach another spec; the
// other specs get no worker at all (src/pwa/sw-wanted.ts: automated pages register only on ?sw=on).
import { EN } from '../../src/i18n';
import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { encodeInputs } from '../../src/replay/input-codec';
import { loadLevel } from '../../src/headless/level-files';
import { createWorld, stateHash, step } from '../../src/sim';
import { NOTICE_UPDATED } from '../../src/pwa/build-id';
import { NOTICE_OFFLINE_READY, NOTICE_READY_NEXT_START } from '../../src/pwa/update-policy';
import { startBuildServer, type BuildServer } from './build-server';
import { advance, hook, noErrors, recordRun, waitForScene, watchErrors } from './helpers';

test.describe.configure({ timeout: 180_000 });

// The whole game offline, sound included (automated pages are otherwise silent). Without the sound's
// start-up work the pages settle sooner, and then now and then the level page of the last test found
// no build waiting any more (as if the same-tab navigation had let it take over): not understood yet
// (issue 14's note has the logs).
const START = './?sw=on&clock=manual&audio=on';

/** "This" build's worker: the real dist/sw.js with one comment more, so the real file is, byte for byte, a newer build's worker (the browser compares the bytes). */
const FIRST_BUILD = '\n// the build installed first\n';

/** Waits until this page's service worker is activated and controls it (its precache is full then). */
async function waitForControllingWorker(page: Page): Promise<void> {
  await page.waitForFunction(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    return navigator.serviceWorker.controller !== null && reg?.active?.state === 'activated';
  }, undefined, { timeout: 90_000 });
}

/**
 * Every notice the page shows is kept in window.__noticesSeen as it appears: info notices fade
 * after a while, and a slow machine must not miss one.
 */
test.beforeEach(async ({ context }) => {
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __noticesSeen: string[] }).__noticesSeen = seen;
    new MutationObserver((records) => {
      for (const r of records) {
        for (const node of r.addedNodes) {
          if (node instanceof HTMLElement && node.classList.contains('notice')) seen.push(node.textContent ?? '');
        }
      }
    }).observe(document, { childList: true, subtree: true });
  });
});

async function waitForNotice(page: Page, text: string): Promise<void> {
  await page.waitForFunction((t) => (window as unknown as { __noticesSeen?: string[] }).__noticesSeen?.includes(t) === true, text, { timeout: 60_000 });
}

/**
 * The page looks for a new build, as the browser does now and then. Right after a first install
 * Chromium sometimes refuses (InvalidStateError, "invalid state") until its registration has
 * settled: asked again each frame until it takes the request.
 */
async function checkForNewBuild(page: Page): Promise<void> {
  await page.waitForFunction(async () => {
    try {
      await (await navigator.serviceWorker.getRegistration())!.update();
      return true;
    } catch {
      return false;
    }
  }, undefined, { timeout: 60_000 });
}

async function goOffline(context: BrowserContext, page: Page): Promise<void> {
  await context.setOffline(true);
  // The network is really gone, for the page and for its worker alike: a file the build never had
  // cannot be fetched.
  const fetched = await page.evaluate(() => fetch('./not-in-the-build.txt').then(() => 'fetched', () => 'failed'));
  expect(fetched).toBe('failed');
}

test('after one visit the game starts and plays offline', async ({ page, context }) => {
  const errors = watchErrors(page);
  // Each start probes its own origin for a leaderboard server (GET /api/health, never cached):
  // offline, Chromium logs that failure itself. Those, and only those, are expected below.
  let healthProbesFailed = 0;
  page.on('requestfailed', (r) => {
    if (new URL(r.url()).pathname.endsWith('/api/health')) healthProbesFailed++;
  });
  await page.goto(START);
  await waitForScene(page, 'title');
  await waitForControllingWorker(page);
  await waitForNotice(page, EN[NOTICE_OFFLINE_READY]);
  await goOffline(context, page);
  // The fetch above fails by design and logs a console error; only what follows must be clean.
  errors.length = 0;

  // Offline start time: reload -> title showing, a few times (reported, never asserted).
  const startTimes: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = Date.now();
    const response = await page.reload();
    expect(response?.fromServiceWorker(), 'the page itself comes from the worker').toBe(true);
    await waitForScene(page, 'title');
    startTimes.push(Date.now() - t0);
  }
  const sorted = [...startTimes].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/offline-start.json', JSON.stringify({ startTimesMs: startTimes, medianMs: median }, null, 2) + '\n');
  console.log(`offline start (reload -> title): median ${median} ms of ${startTimes.join(', ')} ms`);
  await page.screenshot({ path: 'test-results/offline-title.png' });

  // Title -> level select -> the bar, and El walks: game time runs on the test clock.
  await page.keyboard.press('Enter');
  await waitForScene(page, 'levelSelect');
  await page.keyboard.press('Enter');
  await waitForScene(page, 'play');
  expect((await hook(page)).level).toBe('bar');
  const start = (await hook(page)).player!;
  await page.keyboard.down('KeyW');
  await advance(page, 40);
  await page.keyboard.up('KeyW');
  await advance(page, 80);
  const walked = await hook(page);
  expect(walked.tick).toBe(120);
  expect(walked.player!.y).toBeLessThan(start.y);
  await page.screenshot({ path: 'test-results/offline-play.png' });

  // And a recorded stretch of a bot's run ends on the same state hash as in Node: the offline page
  // runs the very same game.
  const run = recordRun('bar', 1996, 'aggressive');
  const ticks = Math.min(300, run.inputs.length);
  const world = createWorld(loadLevel('bar'), 1996);
  for (const input of run.inputs.slice(0, ticks)) step(world, input);
  await page.goto(`./?level=bar&seed=1996&inputs=${encodeInputs(run.inputs.slice(0, ticks))}&clock=manual`);
  await waitForScene(page, 'play');
  await advance(page, ticks);
  const end = await hook(page);
  expect(end.tick).toBe(ticks);
  expect(end.hash).toBe(stateHash(world));
  const offline = (e: string) => e.includes('net::ERR_INTERNET_DISCONNECTED');
  expect(errors.filter(offline).length).toBe(healthProbesFailed);
  await noErrors(errors.filter((e) => !offline(e)));
});

// The two tests of a new build serve the build themselves (build-server.ts), first with this build's
// worker, then with the newer one.
test.describe('a new build', () => {
  let server: BuildServer;
  test.beforeEach(async () => {
    server = await startBuildServer();
    server.setWorkerSuffix(FIRST_BUILD);
  });
  test.afterEach(async () => {
    await server.close();
  });

  test('a new build waits for the next start, then takes over from the title with a notice', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(new URL(START, server.url).href);
    await waitForScene(page, 'title');
    await waitForControllingWorker(page);
    server.setWorkerSuffix('');

    // The newer build is found while the game runs: it installs and waits, and says so.
    await checkForNewBuild(page);
    await page.waitForFunction(async () => (await navigator.serviceWorker.getRegistration())?.waiting != null, undefined, { timeout: 90_000 });
    await waitForNotice(page, EN[NOTICE_READY_NEXT_START]);
    // Nothing changes under the running page: still the worker it started with, still on the title.
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting != null)).toBe(true);
    expect((await hook(page)).scene).toBe('title');

    // Next start: the waiting build takes over at once and the page reloads into it, with a notice.
    await page.reload();
    await waitForNotice(page, EN[NOTICE_UPDATED]);
    await waitForScene(page, 'title');
    await page.waitForFunction(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      return reg?.waiting === null && reg.active?.state === 'activated' && navigator.serviceWorker.controller !== null;
    }, undefined, { timeout: 60_000 });
    await page.screenshot({ path: 'test-results/offline-updated.png' });
    await noErrors(errors);
  });

  test('a new build found in a level waits: the level is never reloaded under the player', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(new URL(START, server.url).href);
    await waitForControllingWorker(page);
    server.setWorkerSuffix('');
    await checkForNewBuild(page);
    await page.waitForFunction(async () => (await navigator.serviceWorker.getRegistration())?.waiting != null, undefined, { timeout: 90_000 });

    // Started straight into a level: the waiting build stays waiting, the run goes on.
    await page.goto(new URL('./?sw=on&level=bar&seed=7&clock=manual', server.url).href);
    await waitForScene(page, 'play');
    await waitForNotice(page, EN[NOTICE_READY_NEXT_START]);
    await advance(page, 60);
    const h = await hook(page);
    expect(h.scene).toBe('play');
    expect(h.tick).toBe(60);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting != null)).toBe(true);
    await noErrors(errors);
  });
});
