// Fakes for the browser-side speedrun code: the services a Play scene shares, over memory storage.
import type { Services } from '../../src/game/services';
import { ProgressStore } from '../../src/game/progress';
import { findBot } from '../../src/headless/bots';
import { createWorld, step, type LevelData, type TickInput } from '../../src/sim';
import { LiveSplitLink, type SocketLike } from '../../src/speedrun/livesplit-server';
import { RecordsStore } from '../../src/speedrun/records-store';
import type { StorageLike } from '../../src/storage/backend';
import { defaultSettings } from '../../src/storage/settings';

export class MemoryStorage implements StorageLike {
  readonly map = new Map<string, string>();
  getItem(k: string) { return this.map.get(k) ?? null; }
  setItem(k: string, v: string) { this.map.set(k, v); }
  removeItem(k: string) { this.map.delete(k); }
}

/**
 * Services with real records over `disk`, LiveSplit commands collected in `sent`, real time read
 * from `real.ms` (tests step it).
 */
export function fakeServices(disk = new MemoryStorage()): Services & { sent: string[]; real: { ms: number } } {
  const sent: string[] = [];
  const real = { ms: 0 };
  const socket: SocketLike = { readyState: 1, send: (c) => sent.push(c), close: () => {}, onopen: null, onerror: null, onclose: null };
  const liveSplit = new LiveSplitLink(() => socket);
  liveSplit.connect();
  return {
    input: null as never, audio: null as never, settings: defaultSettings(),
    saveSettings(next) { this.settings = next; },
    progress: new ProgressStore(), records: new RecordsStore(disk), liveSplit, realTime: () => real.ms, notices: [], sent, real,
  };
}

/** A bot's inputs on `level` and `seed` until the level ends. */
export function botInputs(level: LevelData, seed: number, bot = 'aggressive', botSeed = 0): TickInput[] {
  const world = createWorld(level, seed);
  const policy = findBot(bot)!.create(botSeed);
  const inputs: TickInput[] = [];
  while (world.outcome === null && world.tick < 20_000) {
    const input = policy.act(world);
    inputs.push(input);
    step(world, input);
  }
  return inputs;
}
