// The lines of the results panel for each kind of run: pure, so they are easy to test and the
// scene only lays them out.
import type { ResultsData } from '../game/results-data';
import { t } from '../i18n';
import { formatIgt } from '../speedrun/igt';
import { assistsText } from '../ui/assist-mark';
import { failureText } from '../ui/failure-text';

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

const HEADLINES = { cleared: 'results.cleared', dead: 'results.dead', timeout: 'results.timeout' } as const;

export function seedText(d: Pick<ResultsData, 'seed' | 'randomSeed' | 'mode'>, fixed: boolean): string {
  if (d.mode === 'full') return d.randomSeed ? t('results.runSeedRandom', { seed: d.seed }) : t('results.fixedBoards');
  return t(d.randomSeed ? 'results.seedRandom' : fixed ? 'results.seedFixed' : 'results.seedChosen', { seed: d.seed });
}

/** An assisted run says so, in its own row (none for an unassisted one). */
function assistRow(d: Pick<ResultsData, 'assists'>): [string, string][] {
  return d.assists?.length ? [[t('results.assists'), assistsText(d.assists)]] : [];
}

export function resultsText(d: ResultsData, levelTitle: string, parTicks: number | null, fixedSeed: number | null): ResultsText {
  const s = d.stats;
  const full = d.full;
  const seed = seedText(d, d.seed === fixedSeed);
  if (full?.finished) {
    const restarts = full.attempts - full.levels;
    return {
      headline: t('results.fullGame'), title: t('results.fullGameTitle', { n: full.levels }), note: null, seed,
      rows: [
        [t('results.time'), formatIgt(full.ticks)],
        [t('results.levels'), t('results.levelsValue', { cleared: full.cleared, n: full.levels })],
        [t('results.attempts'), restarts > 0 ? t('results.attemptsRestarts', { attempts: full.attempts, restarts }) : String(full.attempts)],
        ...assistRow(d),
      ],
      timeRow: 0,
    };
  }
  const note = d.practiceFrom
    ? t('results.practiceFrom', { from: d.practiceFrom })
    : d.failure ? failureText(d.failure) : d.racing ? t('results.raced', { name: d.racing }) : null;
  const rows: [string, string][] = [[t('results.time'), formatIgt(d.ticks)]];
  if (full) rows.push([t('results.fullGameRow'), t('results.fullGameValue', { time: formatIgt(full.ticks), cleared: full.cleared, n: full.levels })]);
  else rows.push([t('results.par'), parTicks === null ? '-' : formatIgt(parTicks)]);
  if (d.outcome === 'dead' && d.killedBy) rows.push([t('results.killedBy'), d.killedBy]);
  rows.push(
    [t('results.kills'), String(s.kills)],
    [t('results.accuracy'), s.shotsFired ? `${Math.round((s.shotsHit / s.shotsFired) * 100)}%  (${s.shotsHit}/${s.shotsFired})` : '-'],
    [t('results.damageTaken'), String(s.damageTaken)],
  );
  if (s.civiliansHit) rows.push([t('results.bystanders'), String(s.civiliansHit)]);
  rows.push(...assistRow(d));
  const lost = t(d.outcome === 'dead' && d.playerAlive === true ? 'results.failed' : HEADLINES[d.outcome]);
  return { headline: d.mode === 'practice' ? t('results.practice', { outcome: lost }) : lost, title: levelTitle, note, seed, rows, timeRow: 0 };
}
