// npm run bench:server [-- --backend pglite|postgres|both --runs N --seconds S --rate R]
// Leaderboard figures on loopback, each phase bounded (a fixed number of submissions, a few seconds
// of reads) with autocannon:
//   verified submissions per second per core: N distinct bot runs of the bar, POSTed over two
//     connections to a server with ONE verifier thread (each is replayed before it is stored);
//   board reads at a fixed rate: GET /api/boards/bar%2Frandom (20 entries of N) at R requests/s,
//     latency p50/p99 (corrected for coordinated omission);
//   and, for scale, the same runs replayed in this thread with no HTTP or database.
// On the PGlite backend (a temp DATA_DIR) and on a Postgres server (a throwaway cluster, or DATABASE_URL).
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import process from 'node:process';
import type { FastifyInstance } from 'fastify';
import { botFor } from '../../src/headless/bots';
import { recordBotRun } from '../../src/headless/record-bot-run';
import type { ReplayFile } from '../../src/replay/replay-file';
import { buildServer } from '../../src/server/app';
import { loadServerGame, type ServerGame } from '../../src/server/game-levels';
import { DEFAULT_LIMITS } from '../../src/server/limits';
import { openPgDb } from '../../src/server/store/pg-db';
import { openPgliteDb } from '../../src/server/store/pglite-db';
import { createSqlStore, type RunStore } from '../../src/server/store/run-store';
import { createPoolVerifier } from '../../src/server/verifier';
import { verifyRunText } from '../../src/server/verify-run';
import { pgliteDir } from './pglite-template';
import { startTestPostgres } from './throwaway-postgres';

interface Request { method?: string; path?: string; headers?: Record<string, string>; body?: string; setupRequest?: (req: Request) => Request }
interface Result { duration: number; errors: number; timeouts: number; non2xx: number; requests: { total: number }; latency: { p50: number; p99: number; max: number } }
type Autocannon = (options: Record<string, unknown>) => Promise<Result>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback;
}

const backend = option('backend', 'both');
const RUNS = Number(option('runs', '40'));
const SECONDS = Number(option('seconds', '5'));
const RATE = Number(option('rate', '200'));
if (!['pglite', 'postgres', 'both'].includes(backend) || !(RUNS >= 2 && RUNS <= 500) || !(SECONDS >= 1 && SECONDS <= 30) || !(RATE >= 1 && RATE <= 5000)) {
  process.stderr.write('bench:server: usage: --backend pglite|postgres|both --runs 2-500 --seconds 1-30 --rate 1-5000\n');
  process.exit(2);
}

function botRuns(game: ServerGame): ReplayFile[] {
  const bar = game.levels.find((l) => l.data.id === 'bar')!;
  const bot = botFor('aggressive', 'bar')!;
  const runs: ReplayFile[] = [];
  for (let seed = 5000; runs.length < RUNS && seed < 5000 + RUNS * 3; seed++) {
    const run = recordBotRun(bar.data, seed, bot, 3600);
    if (run.outcome === 'cleared') runs.push(run);
  }
  return runs;
}

async function measure(name: string, store: RunStore, game: ServerGame, runs: readonly ReplayFile[]): Promise<void> {
  const verifier = createPoolVerifier({ threads: 1, queue: 1000 });
  const limits = { ...DEFAULT_LIMITS, requestsPerMinute: 1_000_000, submissionsPerMinute: 1_000_000 };
  const app: FastifyInstance = await buildServer({ store, verifier, game, limits });
  try {
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    // Warm up: the verifier thread starts, reads the levels and gets its replay code compiled (the
    // first few dozen replays in a fresh thread run several times slower); a server runs warm.
    for (let round = 0; round < 2; round++) await Promise.all(runs.map((r) => verifier.verify(JSON.stringify(r), limits.replayTicks)));
    const bodies = runs.map((replay, i) => JSON.stringify({ player: `bench ${i}`, key: `bench-key-${i}-0123456789`, replay }));
    let next = 0;
    // Timed here: autocannon's own `duration` is whole seconds, too coarse for a few hundred runs.
    const started = performance.now();
    const submit = await autocannon({
      url, connections: 2, amount: bodies.length,
      requests: [{ method: 'POST', path: '/api/runs', headers: { 'content-type': 'application/json' }, setupRequest: (req: Request) => ({ ...req, body: bodies[next++ % bodies.length] }) }],
    });
    const seconds = (performance.now() - started) / 1000;
    const stored = submit.requests.total - submit.non2xx - submit.errors;
    const ticks = runs.reduce((n, r) => n + r.ticks, 0) / runs.length;
    const reads = await autocannon({ url: `${url}/api/boards/bar%2Frandom?limit=20`, connections: 4, duration: SECONDS, overallRate: RATE });
    process.stdout.write(
      `${name}: ${(stored / seconds).toFixed(1)} verified submissions/s on 1 verifier thread (${stored} of ${bodies.length} stored, runs of ${Math.round(ticks)} ticks); ` +
      `board reads at ${RATE}/s: p50 ${reads.latency.p50} ms, p99 ${reads.latency.p99} ms (${reads.requests.total} reads, ${reads.non2xx + reads.errors + reads.timeouts} failed)\n`,
    );
  } finally {
    await app.close();
    await verifier.close();
    await store.close();
  }
}

const game = loadServerGame();
const runs = botRuns(game);
process.stdout.write(`bench:server: ${runs.length} bot runs of the bar, load average ${loadavg().map((n) => n.toFixed(1)).join(' ')}\n`);
// The replay alone, in this thread, no HTTP or database: the ceiling a verifier thread can reach.
const texts = runs.map((r) => JSON.stringify(r));
const started = performance.now();
for (const text of texts) verifyRunText(text, game, DEFAULT_LIMITS.replayTicks);
process.stdout.write(`replay only: ${(texts.length / ((performance.now() - started) / 1000)).toFixed(1)} runs/s in one thread\n`);
if (backend !== 'postgres') {
  const dir = await pgliteDir('board-bench-');
  try {
    await measure('PGlite', await createSqlStore(await openPgliteDb(dir.dir)), game, runs);
  } finally {
    dir.remove();
  }
}
if (backend !== 'pglite') {
  const server = await startTestPostgres();
  try {
    await measure('Postgres', await createSqlStore(await openPgDb(await server.database())), game, runs);
  } finally {
    await server.stop();
  }
}
