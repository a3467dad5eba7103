// The leaderboard against the real `npm run server` (PGlite in a temp folder, serving this build):
// the page finds the API on its own origin, a cleared bar is submitted and verified by the server's
// worker pool, it is on the board with the player's rank, and Race plays it back as the ghost.
import { expect, test } from '@playwright/test';
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import { pgliteDir } from '../../tools/server/pglite-template';
import { freePort, startServer, stopServer } from '../../tools/server/server-process';
import { advance, hook, menuKey, noErrors, waitForScene, watchErrors } from './helpers';
import { BAR_SEED, barRun, board, choose, clearBar, openLeaderboard, waitFor } from './leaderboard-flow';

test.describe.configure({ timeout: 240_000 });

let server: { child: ChildProcess; url: string } | null = null;
let data: { dir: string; remove(): void } | null = null;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  data = await pgliteDir('desperado-e2e-board-');
  // The build Playwright's web server made: the server serves it as the game's page.
  const port = await freePort();
  server = await startServer({ PORT: String(port), HOST: '127.0.0.1', DATA_DIR: data.dir, STATIC_DIR: path.resolve('dist'), VERIFY_THREADS: '1' });
  server.url = `http://127.0.0.1:${port}/`;
});

test.afterAll(async () => {
  if (server) await stopServer(server.child);
  data?.remove();
});

test('the real server verifies a cleared bar, ranks it, and serves it back to race', async ({ page }) => {
  const errors = watchErrors(page);
  const base = server!.url;
  await clearBar(page, base);
  await choose(page, 'Submit to leaderboard');
  await waitFor(page, 'window.__game.leaderboard?.field !== null && window.__game.leaderboard?.field !== undefined');
  await page.keyboard.type('Azul');
  await page.keyboard.press('Enter');
  // The server replays the run in its worker pool before it answers.
  await waitFor(page, `window.__game.leaderboard?.status?.startsWith('Ranked')`, 60_000);
  expect((await board(page))!.status).toMatch(/^Ranked #1 on bar \(0:\d\d\.\d{3}\)$/);

  const api = await (await fetch(`${base}api/boards/bar`)).json() as { entries: { rank: number; player: string; ticks: number; id: string }[] };
  expect(api.entries).toHaveLength(1);
  expect(api.entries[0]).toMatchObject({ rank: 1, player: 'Azul', ticks: barRun.ticks });

  await openLeaderboard(page, 1, base);
  expect((await board(page))!).toMatchObject({ category: 'bar', you: 'Your rank: #1 (Azul)' });
  expect((await board(page))!.entries[0]).toMatchObject({ rank: 1, player: 'Azul', ticks: barRun.ticks, id: api.entries[0]!.id });
  await page.screenshot({ path: 'test-results/leaderboard-real-server.png' });
  await menuKey(page, 'Enter');
  await waitForScene(page, 'play');
  await advance(page, 91);
  const h = await hook(page);
  expect(h.ghost).not.toBeNull();
  expect(await page.evaluate(() => window.__game!.speedrun)).toMatchObject({ mode: 'race', seed: BAR_SEED, racing: '#1 Azul' });
  await noErrors(errors);
});
