// Shared pieces of the server tests: the game's levels, golden replays to submit, and a server
// built on a store with a verifier that replays in the test's own thread (the pool is tested on
// its own in pool.test.ts; here it would only add thread start-up time).
import { readFileSync } from 'node:fs';
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
import { verifyRunText, type RunVerdict } from '../../src/server/verify-run';

let cachedGame: ServerGame | null = null;
export function game(): ServerGame {
  cachedGame ??= loadServerGame();
  return cachedGame;
}

export function golden(level: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join('test/replays', `${level}.json`), 'utf8')) as Record<string, unknown>;
}

// Verdicts by file text: the API tests submit the same few golden runs over and over, and replaying
// each once is enough (the adapter's verdicts have their own tests in verify-run.test.ts).
const verdicts = new Map<string, RunVerdict>();

export function inlineVerifier(): Verifier {
  return {
    async verify(text: string, maxTicks: number) {
      const key = `${maxTicks}\n${text}`;
      let verdict = verdicts.get(key);
      if (!verdict) {
        verdict = verifyRunText(text, game(), maxTicks);
        verdicts.set(key, verdict);
      }
      return verdict;
    },
    close: async () => undefined,
  };
}

export { pgliteDir, tempDir } from '../../tools/server/pglite-template';

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
