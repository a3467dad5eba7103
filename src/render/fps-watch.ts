// Watches frame times and says when WebGL is too slow to keep: frames under 30 fps for 3 s in a
// row. Fed with each frame's length; pure, so a test can feed it any sequence. Stalls longer than
// a second (a hidden tab, a breakpoint, loading) are not frames the player saw and reset the count.

export const SLOW_FPS = 30;
export const SLOW_FOR_MS = 3000;
/** Frame rate is judged over windows this long, so one hitch never decides. */
const WINDOW_MS = 500;
const STALL_MS = 1000;

export class FpsWatch {
  private windowMs = 0;
  private windowFrames = 0;
  private slowMs = 0;
  private tripped = false;

  /** Feeds one frame; true once (and from then on) frames have stayed slow for SLOW_FOR_MS. */
  frame(ms: number): boolean {
    if (this.tripped) return true;
    if (!(ms > 0) || ms > STALL_MS) {
      this.windowMs = 0;
      this.windowFrames = 0;
      this.slowMs = 0;
      return false;
    }
    this.windowMs += ms;
    this.windowFrames++;
    if (this.windowMs < WINDOW_MS) return false;
    const fps = (this.windowFrames * 1000) / this.windowMs;
    this.slowMs = fps < SLOW_FPS ? this.slowMs + this.windowMs : 0;
    this.windowMs = 0;
    this.windowFrames = 0;
    this.tripped = this.slowMs >= SLOW_FOR_MS;
    return this.tripped;
  }

  /** Whether it has tripped. */
  get slow(): boolean {
    return this.tripped;
  }
}
