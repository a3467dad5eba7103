// The progress bar of a batch on a terminal: one line on stderr, redrawn at most 10 times a second.
// Wall-clock figures live here only, never in the simulation output.

const BAR_WIDTH = 24;
const MIN_INTERVAL_MS = 100;

function formatRate(perSecond: number): string {
  if (perSecond >= 1e6) return `${(perSecond / 1e6).toFixed(2)}M`;
  if (perSecond >= 1e3) return `${(perSecond / 1e3).toFixed(1)}k`;
  return perSecond.toFixed(0);
}

export class ProgressBar {
  private readonly start: number;
  private lastDraw = -Infinity;
  private drawn = false;

  constructor(
    private readonly total: number,
    private readonly write: (text: string) => void,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.start = now();
  }

  /** Redraws unless the last redraw was under 100 ms ago (the last episode always draws). */
  update(episodes: number, ticks: number): void {
    const t = this.now();
    if (t - this.lastDraw < MIN_INTERVAL_MS && episodes < this.total) return;
    this.lastDraw = t;
    this.drawn = true;
    const filled = this.total > 0 ? Math.round((episodes / this.total) * BAR_WIDTH) : BAR_WIDTH;
    const seconds = (t - this.start) / 1000;
    const rate = seconds > 0 ? `  ${formatRate(ticks / seconds)} ticks/s` : '';
    this.write(`\r[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${episodes}/${this.total} episodes  ${seconds.toFixed(1)} s${rate}\x1b[K`);
  }

  /** Takes the bar off its line (before something else is printed on the terminal); a later update redraws it. */
  clear(): void {
    if (!this.drawn) return;
    this.write('\r\x1b[K');
    this.drawn = false;
  }

  /** Clears the bar and returns the closing line: episodes, ticks, wall-clock time and speed. */
  finish(episodes: number, ticks: number, threads: number): string {
    this.clear();
    const seconds = (this.now() - this.start) / 1000;
    const rate = seconds > 0 ? `: ${formatRate(ticks / seconds)} ticks/s, ${formatRate(episodes / seconds)} episodes/s` : '';
    return `${episodes} episodes, ${ticks} ticks in ${seconds.toFixed(2)} s${rate} (${threads === 1 ? 'this thread' : `${threads} threads`})`;
  }
}
