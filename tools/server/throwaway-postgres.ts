// A throwaway Postgres server for the server tests and its benchmark: initdb into a temp folder, start it on a free port,
// stop and delete it afterwards. DATABASE_URL, when set, is used instead (CI or a developer's own
// server). Postgres refuses to run as root, so as root the cluster belongs to the postgres user.
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import process from 'node:process';
import pg from 'pg';
import { freePort } from './server-process';

export interface TestPostgres {
  /** A fresh, empty database on the server. */
  database(): Promise<string>;
  stop(): Promise<void>;
}

function binDir(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).filter((v) => existsSync(path.join(root, v, 'bin/initdb'))).sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(root, versions[0], 'bin') : null;
}

/** Whether a Postgres server is reachable or can be started here. */
export const postgresAvailable = Boolean(process.env.DATABASE_URL) || binDir() !== null;

let databases = 0;

async function over(adminUrl: string, stop: () => Promise<void>): Promise<TestPostgres> {
  return {
    async database() {
      const name = `board_test_${process.pid}_${++databases}`;
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      try {
        await admin.query(`DROP DATABASE IF EXISTS ${name}`);
        await admin.query(`CREATE DATABASE ${name}`);
      } finally {
        await admin.end();
      }
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      return url.href;
    },
    stop,
  };
}

export async function startTestPostgres(): Promise<TestPostgres> {
  if (process.env.DATABASE_URL) return over(process.env.DATABASE_URL, async () => undefined);
  const bin = binDir();
  if (!bin) throw new Error('no Postgres: set DATABASE_URL or install postgresql');
  const dir = mkdtempSync(path.join(tmpdir(), 'board-pg-'));
  const asRoot = process.getuid?.() === 0;
  const run = (tool: string, args: string[]) => {
    const cmd = asRoot ? 'runuser' : path.join(bin, tool);
    const argv = asRoot ? ['-u', 'postgres', '--', path.join(bin, tool), ...args] : args;
    execFileSync(cmd, argv, { stdio: 'pipe' });
  };
  if (asRoot) chownSync(dir, Number(execFileSync('id', ['-u', 'postgres']).toString()), Number(execFileSync('id', ['-g', 'postgres']).toString()));
  const data = path.join(dir, 'data');
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8', '--locale=C']);
  const port = await freePort();
  run('pg_ctl', ['-D', data, '-l', path.join(dir, 'log'), '-w', '-t', '60', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60`, 'start']);
  return over(`postgres://postgres@127.0.0.1:${port}/postgres`, async () => {
    try {
      run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
