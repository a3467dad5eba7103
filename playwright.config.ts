// Browser smoke tests against the PRODUCTION build (vite build + preview),
// in the system Chromium. Playwright never downloads a browser here.
import { defineConfig } from '@playwright/test';

// E2E_PORT lets two checkouts (git worktrees) run their browser tests side by side.
const PORT = Number(process.env.E2E_PORT) || 4173;
const CI = !!process.env.CI;

export default defineConfig({
  testDir: 'test/e2e',
  // Not test-results/ itself: Playwright empties its outputDir at start,
  // which would delete test-results/vitest.json written just before.
  outputDir: 'test-results/e2e',
  forbidOnly: CI,
  retries: 0,
  workers: 1,
  // Generous: page loads and software rendering on a loaded 2-core machine are slow. Game time
  // never depends on it: specs drive ticks with the test clock (?clock=manual, advance(n)).
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    headless: true,
    viewport: { width: 1280, height: 720 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
        // WebGL through ANGLE on SwiftShader (CPU): works without a GPU and
        // renders the same on every machine.
        '--use-angle=swiftshader',
        '--enable-unsafe-swiftshader',
        // Composite pages in software: through SwiftShader's GL compositing each 1280x720 frame cost
        // ~40 ms of the GPU process (frames came at ~25 a second while the page sat idle); in software
        // they come at the display's 60. WebGL canvases still render through SwiftShader.
        '--disable-gpu-compositing',
      ],
    },
  },
  webServer: {
    command: `node_modules/.bin/vite build && node_modules/.bin/vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !CI,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
