// Standing poses: the arms (in roles) and where guns sit, for a 24x24 body facing east.
// The body's centre of rotation is the frame centre (12, 12); shoulders span rows 5..18.
import { blankGrid, stamp, gridOf, type Grid } from './grid';

export const BODY = 24;

export interface GunPlace {
  /** Frame column of the muzzle (the gun's last column), or of the grip when `grip` is set. */
  readonly x: number;
  /** Frame row of the gun's upper (lit) row, level with the hand's upper row. */
  readonly y: number;
  readonly grip?: boolean;
}

/** A body on the floor (falling, or dead), drawn lying east. */
export interface FloorPose {
  readonly body: Grid;
  /** Where the head's top-left goes (the standing head grid, or the bare head). */
  readonly headX: number;
  readonly headY: number;
  /** Where El's guitar case ends up: still on his back, or slipped off beside him. */
  readonly caseOnBack: boolean;
}

export interface Pose {
  /** Arms, hands (roles), drawn over the torso and head. */
  readonly arms: Grid;
  readonly guns: readonly GunPlace[];
  /** Torso and head shift (recoil pushes the shoulders back). */
  readonly bodyDx: number;
  readonly headDx: number;
  /** Guns drawn under the arms (sliding out of the sleeves). */
  readonly gunsUnder?: boolean;
}

/** A 24x24 grid with the given rows from row y0 (rows may be shorter than 24). */
export function rowsAt(y0: number, rows: readonly string[]): Grid {
  return stamp(blankGrid(BODY, BODY), gridOf(rows), 0, y0);
}

function shifted(g: Grid, dx: number): Grid {
  return stamp(blankGrid(BODY, BODY), g, dx, 0);
}

//                 012345678901234567890123
// Relaxed: left hand empty at the side, right hand (south) holding the gun low, pointing ahead.
const IDLE_ARMED = rowsAt(3, [
  '..........~~~...........',
  '.........^~~~67.........',
  '........................',
  '........................',
  '........................',
  '........................',
  '........................',
  '........................',
  '........................',
  '........................',
  '........................',
  '........................',
  '........................',
  '........................',
  '........................',
  '........................',
  '.........^~~~~67........',
  '..........~~~^77........',
]);

// Relaxed and empty-handed (El, civilians).
const IDLE_EMPTY = rowsAt(3, [
  '..........~~~...........',
  '.........^~~~67.........',
  '........................',
  '........................',
  '........................',
  '........................',
  '........................',
  '........................',
  '........................',
  '........................',
  '........................',
  '........................',
  '........................',
  '........................',
  '........................',
  '........................',
  '.........^~~~67.........',
  '..........~~~...........',
]);

//                 012345678901234567890123
// One gun, both hands: the arms meet ahead of the chest, the gun on the centre line.
const AIM_ONE = rowsAt(5, [
  '...........~~...........', // 5
  '...........^~~..........', // 6
  '............^~~.........', // 7
  '.............^~~........', // 8
  '..............^+67......', // 9
  '...............6677.....', // 10
  '...............~677.....', // 11
  '...............~677.....', // 12
  '...............6677.....', // 13
  '..............^+67......', // 14
  '.............^~~........', // 15
  '............^~~.........', // 16
  '...........^~~..........', // 17
  '...........~~...........', // 18
]);

//                 012345678901234567890123
// Two guns, one in each hand, arms straight ahead and a little together.
const AIM_TWIN = rowsAt(4, [
  '...........~~~..........', // 4
  '..........^~~~~~........', // 5
  '...........^^~~~+67.....', // 6
  '..............^^+77.....', // 7
  '........................', // 8
  '........................', // 9
  '........................', // 10
  '........................', // 11
  '........................', // 12
  '........................', // 13
  '........................', // 14
  '........................', // 15
  '..............^^+77.....', // 16
  '...........^^~~~+67.....', // 17
  '..........^~~~~~........', // 18
  '...........~~~..........', // 19
]);

// Hands raised ahead, open and empty: "don't shoot" (civilians' aim frame).
const PLEAD = rowsAt(4, [
  '...........~~...........', // 4
  '..........^~~~..........', // 5
  '...........^~~~66.......', // 6
  '.............^~676......', // 7
  '...............66.......', // 8
  '........................', // 9
  '........................', // 10
  '........................', // 11
  '........................', // 12
  '........................', // 13
  '........................', // 14
  '...............66.......', // 15
  '.............^~676......', // 16
  '...........^~~~66.......', // 17
  '..........^~~~..........', // 18
  '...........~~...........', // 19
]);

//                 012345678901234567890123
// A flinch: shoulders jerked back, arms pulled in, the guns knocked askew.
const HURT = rowsAt(2, [
  '............~~67........',
  '..........^~~^77........',
  '.........^~~............',
  '........................',
  '........................',
  '........................',
  '........................',
  '........................',
  '........................',
  '........................',
  '........................',
  '........................',
  '........................',
  '........................',
  '........................',
  '........................',
  '.........^~~............',
  '..........^~~^77........',
  '............~~67........',
]);

//                 012345678901234567890123
// Crouched, hands clasped over the head.
const COWER = rowsAt(4, [
  '..........^~............', // 4
  '.........^~~~~..........', // 5
  '...........^~~~.........', // 6
  '.............~~.........', // 7
  '.............~66........', // 8
  '............6677........', // 9
  '........................', // 10
  '........................', // 11
  '........................', // 12
  '........................', // 13
  '............6677........', // 14
  '.............~66........', // 15
  '.............~~.........', // 16
  '...........^~~~.........', // 17
  '.........^~~~~..........', // 18
  '..........^~............', // 19
]);

export const POSES = {
  idleArmed: { arms: IDLE_ARMED, guns: [{ x: 16, y: 19, grip: true }], bodyDx: 0, headDx: 0 },
  idleEmpty: { arms: IDLE_EMPTY, guns: [], bodyDx: 0, headDx: 0 },
  aimOne: { arms: AIM_ONE, guns: [{ x: 23, y: 11 }], bodyDx: 0, headDx: 0 },
  recoilOne: { arms: shifted(AIM_ONE, -1), guns: [{ x: 21, y: 11 }], bodyDx: -1, headDx: -1 },
  aimTwin: { arms: AIM_TWIN, guns: [{ x: 23, y: 6 }, { x: 23, y: 16 }], bodyDx: 0, headDx: 0 },
  recoilTwin: { arms: shifted(AIM_TWIN, -1), guns: [{ x: 21, y: 6 }, { x: 21, y: 16 }], bodyDx: -1, headDx: -1 },
  plead: { arms: PLEAD, guns: [], bodyDx: 0, headDx: 0 },
  hurt: { arms: HURT, guns: [{ x: 16, y: 2, grip: true }, { x: 16, y: 19, grip: true }], bodyDx: -1, headDx: -2 },
  // The sleeve pistols sliding out under the cuffs, then into the hands.
  draw0: { arms: AIM_TWIN, guns: [{ x: 19, y: 6 }, { x: 19, y: 16 }], bodyDx: 0, headDx: 0, gunsUnder: true },
  draw1: { arms: AIM_TWIN, guns: [{ x: 21, y: 6 }, { x: 21, y: 16 }], bodyDx: 0, headDx: 0, gunsUnder: true },
  cower: { arms: COWER, guns: [], bodyDx: 1, headDx: 2 },
  pleadFlinch: { arms: shifted(PLEAD, -1), guns: [], bodyDx: -1, headDx: -1 },
} satisfies Record<string, Pose>;
