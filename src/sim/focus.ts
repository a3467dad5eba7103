// Focus: El's bullet time, in the spirit of Max Payne. Kills fill a meter; the Focus button spends
// it. While it runs, El acts on every tick but the rest of the world (AI, bullets not fired by El,
// sliding tables, and whatever the integrator gates with `worldAdvances`) only on one tick in
// FOCUS_SLOWDOWN. It all happens inside the fixed tick, counted in the world: never a clock.
import { focusCost } from './assists';
import { Button, type TickInput } from './input';
import { emit, playerOf, type World } from './world';

/** Full meter, in ticks of focus (10 s of El's time, 3.3 s of the world's). */
export const FOCUS_MAX = 600;
/** What a level starts with: enough for a first taste. */
export const FOCUS_START = 240;
/** Least meter that lets focus start, so a press never buys a one-tick flicker. */
export const FOCUS_MIN_START = 60;
/** Meter per enemy El kills... */
export const FOCUS_PER_KILL = 150;
/** ...plus this much when the kill comes within FOCUS_CHAIN_TICKS of the one before. */
export const FOCUS_CHAIN_BONUS = 90;
export const FOCUS_CHAIN_TICKS = 120;
/** While focused the world advances on one tick in this many. */
export const FOCUS_SLOWDOWN = 3;

export interface FocusState {
  /** Ticks of focus left, 0..FOCUS_MAX. */
  meter: number;
  active: boolean;
  /** Ticks since focus started (1 on the tick of the press); the world advances when divisible by FOCUS_SLOWDOWN. */
  ticks: number;
  /** El's kills already paid into the meter (world.stats.kills when last looked). */
  kills: number;
  /** Tick of El's last kill (-1: none), for the chain bonus. */
  lastKillTick: number;
}

export function createFocus(): FocusState {
  return { meter: FOCUS_START, active: false, ticks: 0, kills: 0, lastKillTick: -1 };
}

/**
 * Once per tick, before anyone moves: pays new kills into the meter, starts or stops focus on a
 * Focus press (El's previous buttons are still last tick's here), and spends one tick of meter.
 */
export function updateFocus(world: World, input: TickInput): void {
  const f = world.focus;
  payKills(world);
  const el = playerOf(world);
  const pressed = el.alive && (input.buttons & ~el.prevButtons & Button.Focus) !== 0;
  if (f.active) {
    if (pressed || !el.alive || f.meter <= 0) {
      f.active = false;
      f.ticks = 0;
      emit(world, { type: 'focusEnd', meter: f.meter });
      return;
    }
  } else if (pressed && f.meter >= FOCUS_MIN_START) {
    f.active = true;
    f.ticks = 0;
    emit(world, { type: 'focusStart', meter: f.meter });
  }
  if (f.active) {
    f.ticks++;
    // Longer bullet time (assists.ts) skips the cost on some ticks.
    f.meter -= focusCost(world, f.ticks);
  }
}

/** Whether the world beyond El moves this tick. Gate every per-tick world update with it. */
export function worldAdvances(world: World): boolean {
  const f = world.focus;
  return !f.active || f.ticks % FOCUS_SLOWDOWN === 0;
}

function payKills(world: World): void {
  const f = world.focus;
  const kills = world.stats.kills;
  // A kill is paid on the tick after it; the chain is judged on that tick too (off by one for all alike).
  for (; f.kills < kills; f.kills++) {
    const chained = f.lastKillTick >= 0 && world.tick - f.lastKillTick <= FOCUS_CHAIN_TICKS;
    f.meter = Math.min(FOCUS_MAX, f.meter + FOCUS_PER_KILL + (chained ? FOCUS_CHAIN_BONUS : 0));
    f.lastKillTick = world.tick;
  }
}
