// Batch summaries of episode results, as data (for --json) and as a readable table.
import { formatIgt } from '../../speedrun/igt';
import type { EpisodeResult } from '../run-episode';

export interface BatchSummary {
  runs: number;
  totalTicks: number;
  cleared: number;
  dead: number;
  timeout: number;
  clearRate: number;
  medianClearTicks: number | null;
  kills: number;
  accuracy: number | null;
}

function median(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
}

export function summarise(results: readonly EpisodeResult[]): BatchSummary {
  const clears = results.filter((r) => r.outcome === 'cleared').map((r) => r.ticks).sort((a, b) => a - b);
  const shots = results.reduce((n, r) => n + r.shots, 0);
  const hits = results.reduce((n, r) => n + r.hits, 0);
  return {
    runs: results.length,
    totalTicks: results.reduce((n, r) => n + r.ticks, 0),
    cleared: clears.length,
    dead: results.filter((r) => r.outcome === 'dead').length,
    timeout: results.filter((r) => r.outcome === 'timeout').length,
    clearRate: results.length ? Math.round((clears.length / results.length) * 1000) / 1000 : 0,
    medianClearTicks: median(clears),
    kills: results.reduce((n, r) => n + r.kills, 0),
    accuracy: shots ? Math.round((hits / shots) * 1000) / 1000 : null,
  };
}

export function formatResultLine(r: EpisodeResult): string {
  return `${r.level} seed ${r.seed} ${r.bot}: ${r.outcome.padEnd(7)} ${r.igt.padStart(9)} (${r.ticks} ticks)  kills ${r.kills}  hits ${r.hits}/${r.shots}  hash ${r.hash}`;
}

export function formatSummary(s: BatchSummary): string {
  const median = s.medianClearTicks === null ? '-' : `${formatIgt(s.medianClearTicks)} (${s.medianClearTicks} ticks)`;
  return [
    `runs ${s.runs}: cleared ${s.cleared} (${(s.clearRate * 100).toFixed(1)}%), dead ${s.dead}, timeout ${s.timeout}`,
    `median clear ${median}, kills ${s.kills}, accuracy ${s.accuracy === null ? '-' : (s.accuracy * 100).toFixed(1) + '%'}, total ticks ${s.totalTicks}`,
  ].join('\n');
}
