// Browser figures for `npm run bench`, from headless Chromium on a production build:
// time to the first playable frame, the initial download (gzip), and game-code time per frame
// (sim + scene update, from performance marks) during a recorded clear of the bar fight.
// Render FPS is reported too, but this machine renders WebGL in software, so judge it lightly.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright';
import { preview } from 'vite';

const RUNS = 3;

function gzipSizes(dir: string): { raw: number; gz: number } {
  let raw = 0;
  let gz = 0;
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const file = path.join(d, name);
      if (statSync(file).isDirectory()) walk(file);
      else {
        const bytes = readFileSync(file);
        raw += bytes.length;
        gz += gzipSync(bytes, { level: 9 }).length;
      }
    }
  };
  walk(dir);
  return { raw, gz };
}

const quantile = (sorted: number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? NaN;

/** Runs one page visit; returns first playable (ms), frame p50/p95 (ms) and fps. */
async function visit(browser: Browser, url: string, waitFor: () => boolean): Promise<{ first: number | null; frames: number[]; single: number[]; ticksPerFrame: number; fps: number }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(url);
  await page.waitForFunction(waitFor, undefined, { timeout: 120_000 });
  const r = await page.evaluate(() => {
    const first = performance.getEntriesByName('first-playable')[0]?.startTime ?? null;
    const entries = performance.getEntriesByName('game-update') as PerformanceMeasure[];
    const frames = entries.map((e) => e.duration);
    // Frames that ran at most one tick: what a 60 Hz or faster display sees every frame.
    const single = entries.filter((e) => (e.detail as number) <= 1).map((e) => e.duration);
    const ticksPerFrame = entries.reduce((n, e) => n + (e.detail as number), 0) / Math.max(1, entries.length);
    const span = performance.now() - (first ?? 0);
    return { first, frames, single, ticksPerFrame, fps: frames.length / (span / 1000) };
  });
  await page.close();
  return r;
}

export interface BrowserFigures {
  runs: number;
  firstPlayableMs: number;
  downloadKB: { raw: number; gzip: number };
  gameCodeMsPerFrame: { p50: number; p95: number };
  /** The same over frames that ran one tick or none (a 60 Hz+ display's frames). */
  gameCodeMsPerOneTickFrame: { p50: number; p95: number };
  ticksPerFrame: number;
  renderFps: number;
}

export async function browserBench(inputs: { seed: number; encoded: string }): Promise<BrowserFigures> {
  const dist = gzipSizes('dist');
  const server = await preview({ preview: { port: 4199, strictPort: true, host: '127.0.0.1' }, logLevel: 'error' });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    // Pages composited in software (as in playwright.config.ts): through SwiftShader's GL compositing
    // frames come ~12 a second here, so each runs ~5 ticks of catch-up and the one-tick frames are
    // only the first few, while the game warms up. A player's browser composites on the GPU at the
    // display's rate, one tick a frame: software compositing gives 60 frames a second like that.
    args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-gpu-compositing', '--disable-background-networking', '--autoplay-policy=no-user-gesture-required'],
  });
  const base = 'http://127.0.0.1:4199/';
  const firsts: number[] = [];
  const p50s: number[] = [];
  const p95s: number[] = [];
  const fpss: number[] = [];
  const p50singles: number[] = [];
  const p95singles: number[] = [];
  const tpfs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = await visit(browser, `${base}?level=bar&perf`, () => (window.__game?.tick ?? 0) > 30);
    if (start.first !== null) firsts.push(start.first);
    const fight = await visit(browser, `${base}?level=bar&seed=${inputs.seed}&perf&inputs=${inputs.encoded}`, () => window.__game?.outcome !== null && window.__game?.outcome !== undefined);
    const frames = [...fight.frames].sort((a, b) => a - b);
    p50s.push(quantile(frames, 0.5));
    p95s.push(quantile(frames, 0.95));
    fpss.push(fight.fps);
    const single = [...fight.single].sort((a, b) => a - b);
    p50singles.push(quantile(single, 0.5));
    p95singles.push(quantile(single, 0.95));
    tpfs.push(fight.ticksPerFrame);
  }
  await browser.close();
  await new Promise((resolve) => server.httpServer.close(resolve));
  return {
    runs: RUNS,
    firstPlayableMs: Math.round(median(firsts)),
    downloadKB: { raw: Math.round(dist.raw / 1024), gzip: Math.round(dist.gz / 1024) },
    gameCodeMsPerFrame: { p50: Number(median(p50s).toFixed(3)), p95: Number(median(p95s).toFixed(3)) },
    gameCodeMsPerOneTickFrame: { p50: Number(median(p50singles).toFixed(3)), p95: Number(median(p95singles).toFixed(3)) },
    ticksPerFrame: Number(median(tpfs).toFixed(2)),
    renderFps: Math.round(median(fpss)),
  };
}
