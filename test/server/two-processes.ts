// Two `npm run server` processes on one Postgres database, each sent every run at the same moment:
// the races a load balancer makes (the same run, the same new name, on both at once).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { botFor } from '../../src/headless/bots';
import { recordBotRun } from '../../src/headless/record-bot-run';
import { freePort, startServer, stopServer } from '../../tools/server/server-process';
import { game, tempDir } from './helpers';

interface Entry { rank: number; player: string; ticks: number; id: string }
interface Board { category: string; entries: Entry[] }

const RUNS = 4;

export async function submitFromTwoProcesses(databaseUrl: string): Promise<{ boards: Board[]; statuses: number[]; players: string[] }> {
  const bar = game().levels.find((l) => l.data.id === 'bar')!;
  const bot = botFor('aggressive', 'bar')!;
  // Boards other than the fixed one: these runs rank on bar/random.
  const runs = Array.from({ length: RUNS }, (_, i) => recordBotRun(bar.data, 100 + i, bot, 3600)).filter((r) => r.outcome === 'cleared');
  const players = runs.map((_, i) => `racer ${i + 1}`);
  const site = tempDir('board-dist-');
  writeFileSync(path.join(site.dir, 'index.html'), '<!doctype html><title>Desperado</title>\n');
  const env = { DATABASE_URL: databaseUrl, STATIC_DIR: site.dir, VERIFY_THREADS: '1', HOST: '127.0.0.1' };
  const servers = await Promise.all([startServer({ ...env, PORT: String(await freePort()) }), startServer({ ...env, PORT: String(await freePort()) })]);
  try {
    const post = (url: string, i: number) => fetch(`${url}/api/runs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ player: players[i], key: `key-of-racer-${i}-0123456789`, replay: runs[i] }),
    }).then((r) => r.status);
    const statuses = await Promise.all(runs.flatMap((_, i) => servers.map((s) => post(s.url, i))));
    const boards = await Promise.all(servers.map(async (s) => (await (await fetch(`${s.url}/api/boards/bar%2Frandom`)).json()) as Board));
    return { boards, statuses, players };
  } finally {
    await Promise.all(servers.map((s) => stopServer(s.child)));
    site.remove();
  }
}
