// What kind of run is under way, as the HUD's small line under the timer says it: practice (from
// where), a race (against whom), a full game (which level of how many), a random seed. Pure.
import { levelText, t } from '../i18n';
import type { SpeedrunSession } from '../game/speedrun-session';

/** Where a practice run starts, as practice.ts labels it ("start", "split 2: <objective>"), in words. */
function practiceFrom(label: string | null): string {
  const split = label === null ? null : /^split (\d+): (.*)$/.exec(label);
  if (split) return t('run.fromSplit', { n: split[1]!, name: levelText(split[2]!) });
  return label === null || label === 'start' ? t('run.fromStart') : label;
}

/** What kind of run this is, in one line: practice, a race, a full game, a random seed. */
export function runMarks(session: Pick<SpeedrunSession, 'mode' | 'practiceFrom' | 'racing' | 'full' | 'randomSeed' | 'seed'>): string {
  const marks: string[] = [];
  if (session.mode === 'practice') marks.push(t('run.practice', { from: practiceFrom(session.practiceFrom) }));
  if (session.mode === 'race') marks.push(t('run.racing', { name: session.racing ?? '' }).trim());
  if (session.full) marks.push(t('run.fullGame', { i: session.full.run.index + 1, n: session.full.run.levels.length }));
  if (session.randomSeed) marks.push(t('run.randomSeed', { seed: session.full ? session.full.run.runSeed : session.seed }));
  return marks.join('   ');
}
