// Shared pieces of the server tests: the game's levels, golden replays to submit, and a server
// built on a store with a verifier that replays in the test's own thread (the pool is tested on
// its own in pool.test.ts; here it would only add thread start-up time).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import process from 'node:process';
import { PGlite } from '@electric-sql/pglite';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/server/app';
import { loadServerGame, type ServerGame } from '../../src/server/game-levels';
import { DEFAULT_LIMITS, type ServerLimits } from '../../src/server/limits';
import { openPgliteDb } from '../../src/server/store/pglite-db';
import type { SqlDb } from '../../src/server/store/sql-db';
import { decodeInputs, encodeInputs } from '../../src/replay/input-codec';
import { createFullRun } from '../../src/replay/full-run-file';
import type { ReplayFile } from '../../src/replay/replay-file';
import { createSqlStore, type RunStore } from '../../src/server/store/run-store';
import type { Verifier } from '../../src/server/verifier';
import { verifyRunText } from '../../src/server/verify-run';

let cachedGame: ServerGame | null = null;
export function game(): ServerGame {
  cachedGame ??= loadServerGame();
  return cachedGame;
}

export function golden(level: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join('test/replays', `${level}.json`), 'utf8')) as Record<string, unknown>;
}

export function inlineVerifier(): Verifier & { calls: number } {
  const v = {
    calls: 0,
    async verify(text: string, maxTicks: number) {
      v.calls++;
      return verifyRunText(text, game(), maxTicks);
    },
    close: async () => undefined,
  };
  return v;
}

export function tempDir(prefix: string): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

// A new PGlite data folder costs its initdb, 8-15 s on a loaded 2-core machine; opening a copy of a
// fresh one, under a second. So the tests make one empty folder once (per PGlite version) and copy it.
const PGLITE_VERSION = (JSON.parse(readFileSync('node_modules/@electric-sql/pglite/package.json', 'utf8')) as { version: string }).version;
const TEMPLATE = path.resolve('node_modules/.cache/desperado-server-test', `pglite-${PGLITE_VERSION}`);

async function pgliteTemplate(): Promise<string> {
  if (existsSync(path.join(TEMPLATE, 'PG_VERSION'))) return TEMPLATE;
  const building = `${TEMPLATE}.${process.pid}`;
  rmSync(building, { recursive: true, force: true });
  mkdirSync(building, { recursive: true });
  const db = await PGlite.create(building);
  await db.close();
  try {
    renameSync(building, TEMPLATE);
  } catch {
    // Another test file made it first.
    rmSync(building, { recursive: true, force: true });
  }
  return TEMPLATE;
}

/** A temp DATA_DIR holding an empty PGlite database. */
export async function pgliteDir(prefix: string): Promise<{ dir: string; remove(): void }> {
  const t = tempDir(prefix);
  cpSync(await pgliteTemplate(), t.dir, { recursive: true });
  return t;
}

export async function pgliteStore(dir: string): Promise<RunStore> {
  return createSqlStore(await openPgliteDb(dir));
}

/** A store for one suite, emptied before each test. */
export interface TestStore {
  readonly store: RunStore;
  reset(): Promise<void>;
}

export async function testStore(db: SqlDb): Promise<TestStore> {
  const store = await createSqlStore(db);
  return { store, reset: () => db.exec('TRUNCATE runs, players RESTART IDENTITY CASCADE') };
}

/** A golden replay with one tick's input changed (re-encoded, so the file still reads). */
export function withChangedInput(replay: Record<string, unknown>, tick: number): Record<string, unknown> {
  const inputs = decodeInputs(String(replay.inputs));
  const input = inputs[tick]!;
  inputs[tick] = { ...input, moveX: input.moveX === 0 ? 100 : 0 };
  return { ...replay, inputs: encodeInputs(inputs) };
}

/** Every golden replay as one full-game run, in the game's order (each attempt a clear). */
export function goldenFullRun(): Record<string, unknown> {
  const levels = game().levels.map((l) => ({ level: l.data.id, attempts: [{ ...golden(l.data.id), mode: 'full' } as unknown as ReplayFile] }));
  return JSON.parse(JSON.stringify(createFullRun({ levels }))) as Record<string, unknown>;
}

export async function serverOn(store: RunStore, limits: Partial<ServerLimits> = {}, verifier: Verifier = inlineVerifier()): Promise<FastifyInstance> {
  return buildServer({ store, verifier, game: game(), limits: { ...DEFAULT_LIMITS, ...limits } });
}

export const KEY_A = 'a-secret-key-for-alice-0123456789';
export const KEY_B = 'b-secret-key-for-bruno-0123456789';

export function submit(app: FastifyInstance, player: string, key: string, replay: unknown) {
  return app.inject({ method: 'POST', url: '/api/runs', payload: { player, key, replay } });
}
