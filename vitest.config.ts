// Unit tests run in Node; the browser is only for Playwright (test/e2e).
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Files that change a module for everyone who imports it (vi.mock, or a registry a mod's gun is
 * added to): each gets a module registry of its own.
 */
const OWN_MODULES = ['test/audio/game-audio.test.ts', 'test/hostile/verify-exit-codes.test.ts', 'test/sim/added-weapon.test.ts'];

export default defineConfig({
  test: {
    environment: 'node',
    exclude: ['test/e2e/**', 'node_modules/**'],
    // Vitest's default is one worker fewer than the cores: a single worker on a 2-core machine,
    // while the main thread mostly waits. Two workers there cut the suite's wall time by a quarter.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Generous, because two workers share two cores with whatever else the machine runs; no test
    // asserts on time, this only keeps a slow machine from failing a correct test.
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        // Files share each worker's module registry: importing the sim, the levels and the bots
        // once per worker instead of once per file takes ~40% off the suite's wall time. Nothing
        // outside OWN_MODULES changes a module, and the suite passes in shuffled order.
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: [...OWN_MODULES, 'test/e2e/**', 'node_modules/**'], isolate: false },
      },
      { extends: true, test: { name: 'own-modules', include: OWN_MODULES, isolate: true } },
    ],
  },
});
