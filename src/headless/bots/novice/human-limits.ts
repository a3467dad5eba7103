// The novice's human limits, in one place: what a newcomer at a mouse and keyboard can do.
// Ticks are 1/60 s of game time (a frame): 15 ticks = 250 ms.

/**
 * Fewest ticks from a man coming into view to the first response to him (aiming, shooting,
 * stepping aside): a choice reaction (find him, tell friend from foe) is slower than a simple one.
 */
export const REACTION_TICKS = 15;
/** The choice reaction's spread on top: each sighting draws 0..REACTION_SPREAD more ticks. */
export const REACTION_SPREAD = 5;

/**
 * The duel's draw is a simple reaction (one cue, one button, finger ready): human simple visual
 * reaction is about 250 ms with a spread of about 40 ms, so ticks ~ N(15, 2.4), kept in 9..24.
 */
export const DUEL_REACTION_MEAN = 15;
export const DUEL_REACTION_SD = 2.4;
export const DUEL_REACTION_MIN = 9;
export const DUEL_REACTION_MAX = 24;

/** A thing gone from view is remembered where it was last seen for this long (2 s). */
export const MEMORY_TICKS = 120;

/**
 * Fastest the crosshair turns about El, in angle units per tick (4096 a turn): 8 degrees a tick,
 * a quarter turn in about 190 ms, like a quick mouse flick.
 */
export const TURN_PER_TICK = 91;

/**
 * Where the hand puts the crosshair: the man's position of a few ticks ago (the eye tracks with a
 * lag and a newcomer never leads), plus a scatter (px, one standard deviation) that grows with
 * distance and with the man's speed. A still man at 100 px: about 2 px; running (1.2 px a tick)
 * at 200 px: about 6.6 px, wider than his body.
 */
export const TRACK_LAG_TICKS = 4;
export const AIM_SCATTER_BASE = 1;
export const AIM_SCATTER_PER_100PX = 1;
export const AIM_SCATTER_PER_SPEED = 3;
/** The scatter is redrawn this often (the hand settles on a new spot), and on a new target. */
export const AIM_HOLD_TICKS = 12;

/** The camera (src/render/camera-rig.ts): zoom 3 on 1280x720, and its look-ahead toward the aim. */
export const VIEW_W = 1280 / 3;
export const VIEW_H = 720 / 3;
export const LOOK_AHEAD_MAX = 56;
/** The mouse pointer's offset from the screen centre, in world px, divided by this is the look-ahead. */
export const LOOK_AHEAD_DIVISOR = 3;
/** Where the pointer rests with nobody to aim at, in world px from El along the aim. */
export const IDLE_POINTER = 90;

/**
 * The wind-up of Navajas's knives is a visible tell, but when to dive is judged by eye: the dive
 * comes this many ticks early or late (one standard deviation) against the tactician's timing.
 */
export const KNIFE_TIMING_SD = 3;
