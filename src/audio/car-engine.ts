// How the car's engine loop sounds from where the listener is: pure, so it is tested without
// audio. The loudest car wins (there is one per level). A car that has not moved yet is parked
// with its engine off; once it has moved it keeps idling when it stops; the faster it goes, the
// higher it revs and the louder it is; a wreck is silent. Reads plain numbers, like
// fire-ambience.ts: pass the sim's actors for which the sim's isVehicle holds.
import { spatial } from './event-sounds';

export interface Vehicle {
  readonly id: number;
  readonly x: number;
  readonly y: number;
  /** Position at the start of the tick: the distance to (x, y) is this tick's speed. */
  readonly px: number;
  readonly py: number;
  readonly alive: boolean;
}

export interface EngineMix {
  /** 0..1 before the sfx slider; 0 = no engine in earshot. */
  readonly volume: number;
  readonly pan: number;
  /** Playback rate of the loop: the revs. */
  readonly rate: number;
}

/** Cars whose engine has started (carried between ticks). */
export interface EngineMemo {
  readonly running: Set<number>;
}

export function createEngineMemo(): EngineMemo {
  return { running: new Set() };
}

/** The engine carries further than footsteps, not as far as a gunshot (px). */
export const ENGINE_RANGE = 900;
/** Speed (px per tick) at full revs: the car's top speed (src/sim/ai/car.ts). */
const FULL_REVS_SPEED = 3;
/** Moving at least this fast (px per tick) starts the engine. */
const MOVING = 0.05;
const IDLE_RATE = 0.75;
const TOP_RATE = 1.6;
const IDLE_VOLUME = 0.45;

export const SILENT_ENGINE: EngineMix = { volume: 0, pan: 0, rate: IDLE_RATE };

export function engineMix(cars: readonly Vehicle[], listenerX: number, listenerY: number, memo: EngineMemo): EngineMix {
  let best = SILENT_ENGINE;
  for (const c of cars) {
    const dx = c.x - c.px;
    const dy = c.y - c.py;
    const speed = Math.sqrt(dx * dx + dy * dy);
    if (!c.alive) {
      memo.running.delete(c.id);
      continue;
    }
    if (speed >= MOVING) memo.running.add(c.id);
    if (!memo.running.has(c.id)) continue;
    const revs = Number.isFinite(speed) ? Math.min(1, speed / FULL_REVS_SPEED) : 0;
    const s = spatial(listenerX, listenerY, c.x, c.y, ENGINE_RANGE);
    const volume = s.volume * (IDLE_VOLUME + (1 - IDLE_VOLUME) * revs);
    if (volume > best.volume) best = { volume, pan: s.pan, rate: IDLE_RATE + (TOP_RATE - IDLE_RATE) * revs };
  }
  return best;
}
