// Two `npm run server` processes on one Postgres database, each sent every run at the same moment:
// the races a load balancer makes (the same run, the same new name, on both at once).
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import process from 'node:process';
import { botFor } from '../../src/headless/bots';
import { recordBotRun } from '../../src/headless/record-bot-run';
import { game, tempDir } from './helpers';

interface Entry { rank: number; player: string; ticks: number; id: string }
interface Board { category: string; entries: Entry[] }

const RUNS = 4;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function start(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['src/server/launch.mjs'], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /Leaderboard server on (http:\/\/\S+)/.exec(out);
      if (m) resolve({ child, url: m[1]! });
    });
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.once('exit', (code) => reject(new Error(`server exited (${code}) before listening: ${err.trim()}`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

export async function submitFromTwoProcesses(databaseUrl: string): Promise<{ boards: Board[]; statuses: number[]; players: string[] }> {
  const bar = game().levels.find((l) => l.data.id === 'bar')!;
  const bot = botFor('aggressive', 'bar')!;
  // Boards other than the fixed one: these runs rank on bar/random.
  const runs = Array.from({ length: RUNS }, (_, i) => recordBotRun(bar.data, 100 + i, bot, 3600)).filter((r) => r.outcome === 'cleared');
  const players = runs.map((_, i) => `racer ${i + 1}`);
  const site = tempDir('board-dist-');
  writeFileSync(path.join(site.dir, 'index.html'), '<!doctype html><title>Desperado</title>\n');
  const env = { DATABASE_URL: databaseUrl, STATIC_DIR: site.dir, VERIFY_THREADS: '1', HOST: '127.0.0.1' };
  const servers = await Promise.all([start({ ...env, PORT: String(await freePort()) }), start({ ...env, PORT: String(await freePort()) })]);
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
    await Promise.all(servers.map((s) => stop(s.child)));
    site.remove();
  }
}
