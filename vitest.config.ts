// Unit tests run in Node; the browser is only for Playwright (test/e2e).
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    // Vitest's default is one worker fewer than the cores: a single worker on a 2-core machine,
    // while the main thread mostly waits. Two workers there cut the suite's wall time by a quarter.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Generous, because two workers share two cores with whatever else the machine runs; no test
    // asserts on time, this only keeps a slow machine from failing a correct test.
    testTimeout: 20_000,
  },
});
