// How a level's end is paced, in ticks of the page's game clock (so the test clock can step through
// it exactly): the pause on the outcome, then, when El died, the kill-cam's slow motion and hold.

/** How long the end of a level stays on screen before the results or the kill-cam. */
export const OUTCOME_PAUSE_TICKS = { cleared: 66, dead: 54, timeout: 36 } as const;
/** Kill-cam slow motion: one replayed tick per this many ticks of game time (a third of real speed). */
export const KILLCAM_SLOWDOWN = 3;
/** Ticks of game time the replayed death stays on screen before the results. */
export const KILLCAM_HOLD_TICKS = 45;
