// The assists a new run is played with: the ones chosen in Settings, as the sim's RunAssists, and
// what game speed does to the page's clock (src/game/fixed-step.ts).
import { GAME_SPEEDS, type GameSpeed, type RunAssists } from '../sim';
import type { Settings } from '../storage/settings';

export function runAssistsOf(chosen: Settings['assists']): RunAssists {
  const speed: GameSpeed = GAME_SPEEDS.includes(chosen.speed) ? chosen.speed : 100;
  return { speed, extraHearts: chosen.extraHearts, noKnockdown: chosen.noKnockdown, aimAssist: chosen.aimAssist, longFocus: chosen.longFocus };
}

/** Game time per real time: 1 at 100%, 0.5 at 50%. */
export function speedFactor(assists: RunAssists | undefined): number {
  return (assists?.speed ?? 100) / 100;
}
