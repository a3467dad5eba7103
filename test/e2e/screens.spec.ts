// Screens as a player sees them, in headless Chromium (whose WebGL is SwiftShader): the renderer
// picks Canvas by itself; rebinding a key another action uses asks, then swaps; a practice start
// and an ordinary start keep El clear of the HUD; the results panel is opaque; the replay viewer
// hides its panels with V. Screenshots go to test-results/screens/ to be looked at.
import { expect, test, type Page } from '@playwright/test';
import { playHudBoxes, overlaps } from '../../src/ui/hud-layout';
import { EL_HALF } from '../../src/render/camera-frame';
import { encodeReplayLink } from '../../src/replay/replay-link';
import { OUTCOME_PAUSE_TICKS, KILLCAM_HOLD_TICKS, KILLCAM_SLOWDOWN } from '../../src/game/end-timing';
import { KILLCAM_TICKS } from '../../src/game/killcam-recorder';
import { advance, hook, noErrors, recordRun, toScreen, waitForScene, watchErrors } from './helpers';

test.describe.configure({ timeout: 180_000 });

const SHOTS = 'test-results/screens';
const BAR_SEED = 1995;
const waitFor = (page: Page, fn: string, timeout = 120_000) => page.waitForFunction(fn, undefined, { timeout });

/** One key, then two frames, so the scene has read it before the next. */
async function key(page: Page, k: string, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) {
    await page.keyboard.press(k, { delay: 40 });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  }
}

/** Walks the menu in use down to the line `text` (read from window.__game), then picks it. */
async function choose(page: Page, text: string): Promise<void> {
  await waitFor(page, 'window.__game?.menuLine != null', 20_000);
  const seen: string[] = [];
  for (let line = await page.evaluate(() => window.__game!.menuLine); line !== text; line = await page.evaluate(() => window.__game!.menuLine)) {
    expect(seen, `"${text}" in the menu`).not.toContain(line);
    seen.push(line!);
    await page.keyboard.press('ArrowDown', { delay: 40 });
    await page.waitForFunction((was) => window.__game!.menuLine !== was, line, { timeout: 10_000 });
  }
  await key(page, 'Enter');
}

/** El's body on screen, from the camera the page reports, against the play HUD's boxes. */
async function elUnderHud(page: Page): Promise<string[]> {
  const h = await hook(page);
  const at = toScreen(h.camera!, h.player!.x, h.player!.y);
  const half = EL_HALF * h.camera!.zoom;
  const el = { x: at.x - half, y: at.y - half, w: 2 * half, h: 2 * half };
  return playHudBoxes(0).filter((b) => overlaps(el, b)).map((b) => `El at ${JSON.stringify(el)} under ${JSON.stringify(b)}`);
}

test('the default start picks Canvas here (software WebGL); ?renderer=webgl forces WebGL', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./');
  await waitForScene(page, 'title', 60_000);
  expect(await page.evaluate(() => window.__game!.renderer)).toBe('canvas');
  await page.goto('./?renderer=webgl');
  await waitForScene(page, 'title', 60_000);
  expect(await page.evaluate(() => window.__game!.renderer)).toBe('webgl');
  await noErrors(errors);
});

test('rebinding a key another action uses asks first, then swaps', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./');
  await waitForScene(page, 'title', 60_000);
  await key(page, 'Enter');
  await waitForScene(page, 'levelSelect');
  await choose(page, 'Settings');
  await waitFor(page, `window.__game?.settings?.page === 'main'`, 10_000);
  await page.screenshot({ path: `${SHOTS}/settings.png` });
  await choose(page, 'Controls');
  await waitFor(page, `window.__game?.settings?.page === 'controls' && window.__game.menuLine === 'Move up'`, 10_000);
  await page.screenshot({ path: `${SHOTS}/settings-controls.png` });
  // Move up (the first line) <- R, which Reload uses.
  await key(page, 'Enter');
  await waitFor(page, `/^Press a key/.test(window.__game?.settings?.prompt ?? '')`, 10_000);
  await key(page, 'KeyR');
  await waitFor(page, `window.__game?.settings?.asking === true`, 10_000);
  const question = (await page.evaluate(() => window.__game!.settings!.prompt));
  expect(question).toContain('R is used by "Reload"');
  expect(question).toContain('"Reload" gets W');
  // Nothing changed yet.
  const saved = () => page.evaluate(() => JSON.parse(localStorage.getItem('desperado.settings') ?? 'null')?.value?.bindings ?? null);
  expect((await saved())?.moveUp ?? ['KeyW', 'ArrowUp']).toEqual(['KeyW', 'ArrowUp']);
  await page.screenshot({ path: `${SHOTS}/settings-swap.png` });
  await key(page, 'Enter');
  await waitFor(page, `/^Swapped/.test(window.__game?.settings?.prompt ?? '')`, 10_000);
  const after = await saved();
  expect(after.moveUp).toEqual(['KeyR', 'ArrowUp']);
  expect(after.reload).toEqual(['KeyW']);
  await noErrors(errors);
});

test('results panel is opaque; practice and ordinary starts keep El clear of the HUD; replay viewer hides its panels', async ({ page }) => {
  const errors = watchErrors(page);
  // A death: the results over the bar, nothing of the level showing through the panel.
  const dead = recordRun('bar', 3, 'random');
  expect(dead.outcome).toBe('dead');
  // On the test clock: the run to its death, the pause, the whole kill-cam (slowed) and its hold.
  await page.goto(`./?level=bar&seed=3&clock=manual&inputs=${dead.encoded}`);
  await waitForScene(page, 'play');
  await advance(page, dead.ticks + OUTCOME_PAUSE_TICKS.dead);
  await waitForScene(page, 'killcam');
  await advance(page, Math.min(dead.ticks, KILLCAM_TICKS) * KILLCAM_SLOWDOWN + KILLCAM_HOLD_TICKS);
  await waitForScene(page, 'results');
  await waitFor(page, 'window.__game?.results !== null', 10_000);
  await page.screenshot({ path: `${SHOTS}/results-dead.png` });
  const panel = (await page.evaluate(() => window.__game!.results!.panel));
  // Sample the empty right half of the panel (a death has no medal or chart): every pixel the panel colour.
  const samples = await page.evaluate(async ({ p }) => {
    const canvas = document.querySelector('canvas')!;
    const copy = document.createElement('canvas');
    copy.width = canvas.width;
    copy.height = canvas.height;
    const ctx = copy.getContext('2d')!;
    ctx.drawImage(canvas, 0, 0);
    const sx = canvas.width / 1280;
    const out: string[] = [];
    for (let y = p.y + 240; y < p.y + p.h - 60; y += 37) {
      for (let x = p.x + 720; x < p.x + p.w - 40; x += 41) {
        const d = ctx.getImageData(Math.round(x * sx), Math.round(y * sx), 1, 1).data;
        out.push(`#${[d[0], d[1], d[2]].map((v) => v!.toString(16).padStart(2, '0')).join('')}`);
      }
    }
    return out;
  }, { p: panel });
  expect(samples.length).toBeGreaterThan(20);
  expect(new Set(samples)).toEqual(new Set(['#1f1a24']));

  // A clear makes a PB, so practice can start from its first split.
  const clear = recordRun('bar', BAR_SEED, 'aggressive', 0);
  expect(clear.outcome).toBe('cleared');
  await page.goto(`./?level=bar&seed=${BAR_SEED}&clock=manual&inputs=${clear.encoded}`);
  await waitForScene(page, 'play');
  await advance(page, clear.ticks + OUTCOME_PAUSE_TICKS.cleared);
  await waitForScene(page, 'results');
  await waitFor(page, 'window.__game?.results !== null', 10_000);
  await page.screenshot({ path: `${SHOTS}/results-clear.png` });

  await page.goto('./?level=bar&practice=1&clock=manual');
  await waitFor(page, `window.__game?.scene === 'play' && window.__game.speedrun?.mode === 'practice'`, 60_000);
  const start = (await hook(page)).tick;
  await advance(page, 21);
  expect((await hook(page)).tick).toBe(start + 21);
  expect(await elUnderHud(page)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/hud-practice.png` });

  await page.goto('./?level=bar&clock=manual');
  await waitForScene(page, 'play');
  await advance(page, 21);
  expect(await elUnderHud(page)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/hud-start.png` });

  // The PB's replay in the viewer: V hides the panels, V brings them back.
  const text = await page.evaluate(() => JSON.parse(localStorage.getItem('desperado.runs')!).value.runs[0].text as string);
  await page.goto(`./?clock=manual&replay=${encodeReplayLink(text)}`);
  await waitForScene(page, 'replay');
  await advance(page, 201);
  expect((await hook(page)).tick).toBeGreaterThan(200);
  await key(page, 'Space');
  await waitFor(page, 'window.__game.replay.playing === false', 10_000);
  await page.screenshot({ path: `${SHOTS}/replay-panels.png` });
  await key(page, 'KeyV');
  await waitFor(page, 'window.__game.replay.panelsHidden === true', 10_000);
  await page.screenshot({ path: `${SHOTS}/replay-clean.png` });
  await key(page, 'KeyV');
  await waitFor(page, 'window.__game.replay.panelsHidden === false', 10_000);
  await noErrors(errors);
});
