// In-game time comes from ticks only: ms = ticks * 1000 / 60, shown as m:ss.mmm.
import { TICK_RATE } from '../sim';

export function ticksToMs(ticks: number): number {
  return Math.floor((ticks * 1000) / TICK_RATE);
}

export function formatIgt(ticks: number): string {
  const ms = ticksToMs(ticks);
  const minutes = Math.floor(ms / 60000);
  const seconds = Math.floor((ms % 60000) / 1000);
  const millis = ms % 1000;
  return `${minutes}:${String(seconds).padStart(2, '0')}.${String(millis).padStart(3, '0')}`;
}
