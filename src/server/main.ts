// `npm run server`: the game's production build and the leaderboard API on one port. Settings come
// from the environment (README, "Leaderboard server"); every startup failure is one line.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { buildServer } from './app';
import { loadServerGame } from './game-levels';
import { DEFAULT_LIMITS } from './limits';
import { openStore } from './store/open-store';
import { createPoolVerifier } from './verifier';

function fail(message: string): never {
  process.stderr.write(`server: ${message}\n`);
  process.exit(1);
}

function intFromEnv(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) fail(`${name}: expected an integer from ${min} to ${max}, got "${raw}"`);
  return n;
}

const why = (err: unknown) => (err instanceof Error ? err.message : String(err)).split('\n')[0];

async function main(): Promise<void> {
  const port = intFromEnv('PORT', 8787, 0, 65535);
  const threads = intFromEnv('VERIFY_THREADS', availableParallelism(), 1, 256);
  const staticDir = path.resolve(process.env.STATIC_DIR || 'dist');
  if (!existsSync(path.join(staticDir, 'index.html'))) fail(`${path.relative(process.cwd(), staticDir) || staticDir}/ holds no production build: run npm run build first`);

  let game;
  try {
    game = loadServerGame();
  } catch (err) {
    fail(`cannot read the game's levels: ${why(err)}`);
  }
  let opened;
  try {
    opened = await openStore({ databaseUrl: process.env.DATABASE_URL, dataDir: process.env.DATA_DIR });
  } catch (err) {
    fail(`cannot open the database: ${why(err)}`);
  }
  const verifier = createPoolVerifier({ threads, queue: DEFAULT_LIMITS.verifyQueue });
  const app = await buildServer({ store: opened.store, verifier, game, staticDir, trustProxy: process.env.TRUST_PROXY === '1' });
  try {
    await app.listen({ port, host: process.env.HOST || '0.0.0.0' });
  } catch (err) {
    fail(`cannot listen on port ${port}: ${why(err)}`);
  }
  const address = app.server.address();
  const bound = typeof address === 'object' && address ? address.port : port;
  process.stdout.write(`Leaderboard server on http://localhost:${bound} (${opened.where}, ${threads} verifier threads)\n`);

  const stop = async () => {
    await app.close();
    await verifier.close();
    await opened.store.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

await main();
