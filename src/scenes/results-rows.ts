// The lines of the results panel for each kind of run: pure, so they are easy to test and the
// scene only lays them out.
import type { ResultsData } from '../game/results-data';
import { formatIgt } from '../speedrun/igt';
import { assistsText } from '../ui/assist-mark';

export interface ResultsText {
  headline: string;
  /** Under the headline: the level's title, or the full game. */
  title: string;
  /** A line under the title (why the run was lost, practice, the replay raced), if any. */
  note: string | null;
  /** The board the run was played on, as a small line. */
  seed: string;
  rows: [string, string][];
  /** Row whose value is the time (gold for a new best). */
  timeRow: number;
}

const HEADLINES = { cleared: 'CLEARED', dead: 'YOU DIED', timeout: 'OUT OF TIME' } as const;

export function seedText(d: Pick<ResultsData, 'seed' | 'randomSeed' | 'mode'>, fixed: boolean): string {
  if (d.mode === 'full') return d.randomSeed ? `run seed ${d.seed} (random)` : 'fixed boards';
  return `seed ${d.seed} ${d.randomSeed ? '(random)' : fixed ? '(fixed board)' : '(chosen board)'}`;
}

/** An assisted run says so, in its own row (none for an unassisted one). */
function assistRow(d: Pick<ResultsData, 'assists'>): [string, string][] {
  return d.assists?.length ? [['Assists', assistsText(d.assists)]] : [];
}

export function resultsText(d: ResultsData, levelTitle: string, parTicks: number | null, fixedSeed: number | null): ResultsText {
  const s = d.stats;
  const full = d.full;
  const seed = seedText(d, d.seed === fixedSeed);
  if (full?.finished) {
    const restarts = full.attempts - full.levels;
    return {
      headline: 'FULL GAME', title: `${full.levels} levels, one clock`, note: null, seed,
      rows: [
        ['Time', formatIgt(full.ticks)],
        ['Levels', `${full.cleared} of ${full.levels}`],
        ['Attempts', restarts > 0 ? `${full.attempts} (${restarts} restarts)` : String(full.attempts)],
        ...assistRow(d),
      ],
      timeRow: 0,
    };
  }
  const note = d.practiceFrom
    ? `PRACTICE from ${d.practiceFrom}: not counted`
    : d.failure ?? (d.racing ? `raced: ${d.racing}` : null);
  const rows: [string, string][] = [['Time', formatIgt(d.ticks)]];
  if (full) rows.push(['Full game', `${formatIgt(full.ticks)}  (${full.cleared} of ${full.levels} cleared)`]);
  else rows.push(['Par', parTicks === null ? '-' : formatIgt(parTicks)]);
  if (d.outcome === 'dead' && d.killedBy) rows.push(['Killed by', d.killedBy]);
  rows.push(
    ['Kills', String(s.kills)],
    ['Accuracy', s.shotsFired ? `${Math.round((s.shotsHit / s.shotsFired) * 100)}%  (${s.shotsHit}/${s.shotsFired})` : '-'],
    ['Damage taken', String(s.damageTaken)],
  );
  if (s.civiliansHit) rows.push(['Bystanders hit', String(s.civiliansHit)]);
  rows.push(...assistRow(d));
  const lost = d.outcome === 'dead' && d.playerAlive === true ? 'FAILED' : HEADLINES[d.outcome];
  return { headline: (d.mode === 'practice' ? 'PRACTICE  ' : '') + lost, title: levelTitle, note, seed, rows, timeRow: 0 };
}
