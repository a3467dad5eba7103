// Which frames a manual (test) clock draws. With game time stopped most frames show exactly what
// the last one did, yet drawing a 1280x720 frame in software costs several ms, and a test page
// sits waiting for most of its life. So a frame is drawn when something may have changed it —
// ticks ran, a device was used, a scene started or stopped — and otherwise only every
// IDLE_DRAW_EVERY frames (anything else, like a fetch's answer, shows a few frames late).
// Frames that are not drawn are still updated, so menus read their keys on the same frames.

/** With nothing new, one frame in this many is drawn. */
export const IDLE_DRAW_EVERY = 4;
/** After a device event or a scene change, this many frames are drawn (menus react over a frame or two). */
export const DRAW_AFTER_CHANGE = 3;

export class IdleFrames {
  private sinceDrawn = 0;
  private owedDraws = DRAW_AFTER_CHANGE;
  private lastScenes = '';

  /** A key, pointer, touch or pad event reached the page. */
  noteInput(): void {
    this.owedDraws = DRAW_AFTER_CHANGE;
  }

  /**
   * Once per frame, after its update: whether to draw it. `ticks` is the game time this frame
   * spent; `scenes` a signature of which scenes run and show.
   */
  shouldDraw(ticks: number, scenes: string): boolean {
    if (scenes !== this.lastScenes) {
      this.lastScenes = scenes;
      this.owedDraws = DRAW_AFTER_CHANGE;
    }
    let draw = ticks > 0 || this.sinceDrawn + 1 >= IDLE_DRAW_EVERY;
    if (this.owedDraws > 0) {
      this.owedDraws--;
      draw = true;
    }
    this.sinceDrawn = draw ? 0 : this.sinceDrawn + 1;
    return draw;
  }
}
