// File names for saved runs: `desperado-bar-1996-0m41.250s.json`.
import { formatIgt } from '../speedrun/igt';
import type { ReplayFile } from './replay-file';

export function replayFileName(replay: ReplayFile): string {
  const [m, s] = formatIgt(replay.ticks).split(':');
  return `desperado-${replay.level}-${replay.seed}-${m}m${s}s.json`;
}
