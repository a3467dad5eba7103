// `npm run server`'s startup refusals: one line on stderr, exit 1, no stack trace.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { expect, test } from 'vitest';
import { tempDir } from './helpers';

function launch(env: Record<string, string>) {
  const r = spawnSync(process.execPath, ['src/server/launch.mjs'], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stderr: r.stderr.trim() };
}

test('without a production build it says to run npm run build first', () => {
  const empty = tempDir('board-nodist-');
  try {
    const r = launch({ STATIC_DIR: empty.dir, PORT: '0' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^server: .* holds no production build: run npm run build first$/);
  } finally {
    empty.remove();
  }
}, 60_000);

test('a bad PORT is named', () => {
  const r = launch({ PORT: 'eighty' });
  expect(r.status).toBe(1);
  expect(r.stderr).toBe('server: PORT: expected an integer from 0 to 65535, got "eighty"');
}, 60_000);

test('a database that does not answer is named without its password', () => {
  const site = tempDir('board-site-');
  try {
    writeFileSync(path.join(site.dir, 'index.html'), '<!doctype html>\n');
    const r = launch({ STATIC_DIR: site.dir, PORT: '0', DATABASE_URL: 'postgres://someone:secret@127.0.0.1:1/board' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^server: cannot open the database: .*ECONNREFUSED/);
    expect(r.stderr).not.toMatch(/secret/);
    expect(r.stderr.split('\n')).toHaveLength(1);
  } finally {
    site.remove();
  }
}, 60_000);
