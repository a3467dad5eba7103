// "Submit to leaderboard" on the results: whether it is offered, and the run it sends. Pure.
import type { ResultsData } from '../game/results-data';
import type { PendingRun } from './saves';

/**
 * The run to submit, or null when there is none to offer: only a cleared level (played or raced)
 * or a finished full game counts; practice never does, and a run with no replay has nothing to send.
 */
export function submittableRun(data: ResultsData): PendingRun | null {
  if (!data.replay || data.category === null || data.mode === 'practice') return null;
  const full = data.full;
  if (full ? !full.finished : data.outcome !== 'cleared') return null;
  return { replay: data.replay.text, category: data.category, ticks: full ? full.ticks : data.ticks };
}

/** The status line kept within the screen's width at the results' text size. */
export function statusLine(text: string, maxChars = 100): string {
  const chars = Array.from(text);
  return chars.length > maxChars ? `${chars.slice(0, maxChars - 2).join('')}..` : text;
}
