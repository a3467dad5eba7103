// Shared pieces of the server tests: the game's levels, golden replays to submit, and a server
// built on a store with a verifier that replays in the test's own thread (the pool is tested on
// its own in pool.test.ts; here it would only add thread start-up time).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/server/app';
import { loadServerGame, type ServerGame } from '../../src/server/game-levels';
import { DEFAULT_LIMITS, type ServerLimits } from '../../src/server/limits';
import { openPgliteDb } from '../../src/server/store/pglite-db';
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

export async function pgliteStore(dir: string): Promise<RunStore> {
  return createSqlStore(await openPgliteDb(dir));
}

export async function serverOn(store: RunStore, limits: Partial<ServerLimits> = {}, verifier: Verifier = inlineVerifier()): Promise<FastifyInstance> {
  return buildServer({ store, verifier, game: game(), limits: { ...DEFAULT_LIMITS, ...limits } });
}

export const KEY_A = 'a-secret-key-for-alice-0123456789';
export const KEY_B = 'b-secret-key-for-bruno-0123456789';

export function submit(app: FastifyInstance, player: string, key: string, replay: unknown) {
  return app.inject({ method: 'POST', url: '/api/runs', payload: { player, key, replay } });
}
