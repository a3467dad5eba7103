// Batch summaries of episode results, as data (for --json) and as a readable table.
// Everything here is computed from simulation results only, so it is the same on any machine.
import { formatIgt } from '../../speedrun/igt';
import type { EpisodeResult } from '../run-episode';

export interface BatchSummary {
  runs: number;
  totalTicks: number;
  cleared: number;
  dead: number;
  timeout: number;
  /** cleared / runs, 3 decimals. */
  clearRate: number;
  /**
   * Attempts to a first clear, as a player retrying would count them: for each run in seed order,
   * the attempts from it until the first clear (that run included, wrapping round past the last);
   * the mean over all those starts, 2 decimals. Close to 1 / clearRate. Null when nothing cleared.
   */
  attemptsToFirstClear: number | null;
  /** Clear times in ticks over the cleared runs (null: none cleared), and as m:ss.mmm. */
  medianClearTicks: number | null;
  p90ClearTicks: number | null;
  medianClear: string | null;
  p90Clear: string | null;
  /** Enemies killed, in all and per run (3 decimals). */
  kills: number;
  killsPerRun: number;
  shots: number;
  hits: number;
  /** hits / shots, 3 decimals (null: no shots). */
  accuracy: number | null;
  /** Who killed El most often (archetype; ties go to the first in alphabetical order), and how often. */
  topKiller: string | null;
  topKillerDeaths: number;
  /** Deaths of El per killer archetype, keys in alphabetical order. */
  killers: Record<string, number>;
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function median(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
}

/** See BatchSummary.attemptsToFirstClear; `results` in seed order. */
function attemptsToFirstClear(results: readonly EpisodeResult[]): number | null {
  const n = results.length;
  if (!results.some((r) => r.outcome === 'cleared')) return null;
  // Walking backwards, the attempts from run i to the next clear: 1 if i cleared, else 1 + that of i + 1.
  let total = 0;
  let toNext = 0;
  const start = results.findIndex((r) => r.outcome === 'cleared');
  for (let k = 0; k < n; k++) {
    const i = (start - k + n) % n;
    toNext = results[i]!.outcome === 'cleared' ? 1 : toNext + 1;
    total += toNext;
  }
  return Math.round((total / n) * 100) / 100;
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function summarise(results: readonly EpisodeResult[]): BatchSummary {
  const clears = results.filter((r) => r.outcome === 'cleared').map((r) => r.ticks).sort((a, b) => a - b);
  let totalTicks = 0;
  let kills = 0;
  let shots = 0;
  let hits = 0;
  const counted = new Map<string, number>();
  for (const r of results) {
    totalTicks += r.ticks;
    kills += r.kills;
    shots += r.shots;
    hits += r.hits;
    if (r.killer !== null) counted.set(r.killer, (counted.get(r.killer) ?? 0) + 1);
  }
  const killers: Record<string, number> = {};
  let topKiller: string | null = null;
  let topKillerDeaths = 0;
  for (const name of [...counted.keys()].sort()) {
    const n = counted.get(name)!;
    killers[name] = n;
    if (n > topKillerDeaths) {
      topKiller = name;
      topKillerDeaths = n;
    }
  }
  const medianClearTicks = median(clears);
  const p90ClearTicks = percentile(clears, 90);
  return {
    runs: results.length,
    totalTicks,
    cleared: clears.length,
    dead: results.filter((r) => r.outcome === 'dead').length,
    timeout: results.filter((r) => r.outcome === 'timeout').length,
    clearRate: results.length ? round3(clears.length / results.length) : 0,
    attemptsToFirstClear: attemptsToFirstClear(results),
    medianClearTicks,
    p90ClearTicks,
    medianClear: medianClearTicks === null ? null : formatIgt(medianClearTicks),
    p90Clear: p90ClearTicks === null ? null : formatIgt(p90ClearTicks),
    kills,
    killsPerRun: results.length ? round3(kills / results.length) : 0,
    shots,
    hits,
    accuracy: shots ? round3(hits / shots) : null,
    topKiller,
    topKillerDeaths,
    killers,
  };
}

export function formatResultLine(r: EpisodeResult): string {
  const killer = r.killer ? `  killed by ${r.killer}` : '';
  return `${r.level} seed ${r.seed} ${r.bot}: ${r.outcome.padEnd(7)} ${r.igt.padStart(9)} (${r.ticks} ticks)  kills ${r.kills}  hits ${r.hits}/${r.shots}${killer}  hash ${r.hash}`;
}

function percent(x: number | null): string {
  return x === null ? '-' : `${(x * 100).toFixed(1)}%`;
}

function clearTime(ticks: number | null): string {
  return ticks === null ? '-' : `${formatIgt(ticks)} (${ticks})`;
}

/**
 * A table with one row per level (and a row "all" when there are several): runs, clears, attempts
 * to a first clear ("tries"), deaths,
 * timeouts, median and p90 clear time (m:ss.mmm, ticks in brackets), kills per run, accuracy, and
 * who killed El most often.
 */
export function formatTable(rows: readonly { name: string; summary: BatchSummary }[]): string {
  const head = ['level', 'runs', 'cleared', 'rate', 'tries', 'dead', 'timeout', 'median clear', 'p90 clear', 'kills/run', 'accuracy', 'top killer'];
  const right = [false, true, true, true, true, true, true, true, true, true, true, false];
  const body = rows.map(({ name, summary: s }) => [
    name,
    String(s.runs),
    String(s.cleared),
    percent(s.clearRate),
    s.attemptsToFirstClear === null ? '-' : s.attemptsToFirstClear.toFixed(2),
    String(s.dead),
    String(s.timeout),
    clearTime(s.medianClearTicks),
    clearTime(s.p90ClearTicks),
    s.killsPerRun.toFixed(2),
    percent(s.accuracy),
    s.topKiller === null ? '-' : `${s.topKiller} (${s.topKillerDeaths} of ${s.dead})`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (right[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(head), ...body.map(line)].join('\n');
}
