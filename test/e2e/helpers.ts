// Shared helpers for the browser tests: console watching, waiting on window.__game, recorded runs.
import { expect, type Page } from '@playwright/test';
import { OUTCOME_PAUSE_TICKS } from '../../src/game/end-timing';
import { killedByInWorld, playerDeath } from '../../src/game/killed-by';
import { findBot } from '../../src/headless/bots';
import { loadLevel } from '../../src/headless/level-files';
import { encodeInputs } from '../../src/replay/input-codec';
import { createWorld, stateHash, step, type TickInput } from '../../src/sim';

/** Collects console errors and uncaught page errors for the whole test. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console.error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  return errors;
}

export async function waitForScene(page: Page, scene: string, timeout = 30_000): Promise<void> {
  await page.waitForFunction((s) => window.__game?.scene === s, scene, { timeout });
}

export function hook(page: Page) {
  return page.evaluate(() => {
    const g = window.__game!;
    return { scene: g.scene, level: g.level, tick: g.tick, outcome: g.outcome, hash: g.hash(), player: g.player, enemiesAlive: g.enemiesAlive, enemies: g.enemies, camera: g.camera, ghost: g.ghost };
  });
}

/** A bot's run of a level played headlessly in Node: its inputs, and where it ended. */
export function recordRun(level: string, seed: number, botName: string, botSeed = seed): { inputs: TickInput[]; encoded: string; outcome: string | null; ticks: number; hash: string } {
  const world = createWorld(loadLevel(level), seed);
  const bot = findBot(botName)!.create(botSeed);
  const inputs: TickInput[] = [];
  while (world.outcome === null && world.tick < 20_000) {
    const input = bot.act(world);
    inputs.push(input);
    step(world, input);
  }
  return { inputs, encoded: encodeInputs(inputs), outcome: world.outcome, ticks: world.tick, hash: stateHash(world) };
}

/**
 * A run of `level` by the random bot in which El dies (the first seed from `seed` on where he
 * does), with the results' "Killed by" text worked out in Node: the rules are still being tuned,
 * so no fixed seed is assumed to kill.
 */
export function deathRun(level: string, seed = 3): ReturnType<typeof recordRun> & { seed: number; killedBy: string } {
  for (let s = seed; s < seed + 40; s++) {
    const world = createWorld(loadLevel(level), s);
    const bot = findBot('random')!.create(s);
    const inputs: TickInput[] = [];
    let killedBy = '';
    while (world.outcome === null && world.tick < 20_000) {
      const input = bot.act(world);
      inputs.push(input);
      step(world, input);
      const death = playerDeath(world, world.events);
      if (death) killedBy = killedByInWorld(world, death);
    }
    if (world.outcome === 'dead' && killedBy) {
      return { inputs, encoded: encodeInputs(inputs), outcome: world.outcome, ticks: world.tick, hash: stateHash(world), seed: s, killedBy };
    }
  }
  throw new Error(`the random bot never dies on ${level} from seed ${seed}`);
}

/**
 * A recorded death opened on the test clock and playing (scene 'play'): advances exactly to the
 * death (checking its tick and hash against Node's), then through the pause on it to the kill-cam.
 */
export async function playDeathToKillcam(page: Page, run: { ticks: number; hash: string }): Promise<void> {
  await advance(page, run.ticks);
  const dead = await hook(page);
  expect(dead.outcome).toBe('dead');
  expect(dead.tick).toBe(run.ticks);
  expect(dead.hash).toBe(run.hash);
  await advance(page, OUTCOME_PAUSE_TICKS.dead);
  await waitForScene(page, 'killcam');
}

/**
 * Test clock (?clock=manual): runs exactly `ticks` more ticks of game time, drawn. Long stretches
 * go in chunks, so no single page call waits minutes on a slow software renderer.
 */
export async function advance(page: Page, ticks: number, chunk = 600): Promise<void> {
  for (let left = ticks; left > 0; left -= chunk) {
    await page.evaluate((n) => window.__game!.advance!(n), Math.min(left, chunk));
  }
}

/** Lets the page draw `n` more frames (menus read keys once per frame; no game time passes). */
export async function frames(page: Page, n = 2): Promise<void> {
  await page.evaluate((k) => new Promise<void>((resolve) => {
    const next = (left: number) => (left <= 0 ? resolve() : requestAnimationFrame(() => next(left - 1)));
    next(k);
  }), n);
}

/**
 * One menu key `times` times, each followed by two frames, so the menu has read it before the
 * next (a menu takes one press per frame; no timed waits).
 */
export async function menuKey(page: Page, key: string, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) {
    await page.keyboard.press(key);
    await frames(page, 2);
  }
}

/**
 * A clear of `level` on `seed` by the first bot and bot seed that manages one, made at test time
 * (the film levels' rules are still being tuned, so no fixtures for them).
 */
export function clearRun(level: string, seed: number): ReturnType<typeof recordRun> {
  for (const bot of ['aggressive', 'careful']) {
    for (let b = 0; b < 10; b++) {
      const run = recordRun(level, seed, bot, b);
      if (run.outcome === 'cleared') return run;
    }
  }
  throw new Error(`no bot clears ${level} on seed ${seed}`);
}

/** Screen position (canvas pixels) of a world point, using the camera the page reports. */
export function toScreen(cam: { x: number; y: number; zoom: number }, x: number, y: number): { x: number; y: number } {
  return { x: (x - cam.x) * cam.zoom, y: (y - cam.y) * cam.zoom };
}

export async function noErrors(errors: string[]): Promise<void> {
  expect(errors, errors.join('\n')).toEqual([]);
}

/** Drops a file on the game canvas the way a browser does (dragenter, dragover, drop). */
export async function dropFile(page: Page, name: string, content: string): Promise<void> {
  await page.evaluate(([n, c]) => {
    const dt = new DataTransfer();
    dt.items.add(new File([c], n, { type: 'application/json' }));
    const target = document.querySelector('#game canvas')!;
    for (const type of ['dragenter', 'dragover', 'drop']) target.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, [name, content] as const);
}
