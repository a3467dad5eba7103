// Legs: 16x16 frames walking east, drawn under the body and turned to the direction of movement.
// Frames 0 and 2 are the contact poses (left foot ahead, then right foot ahead), 1 and 3 the
// passing poses (feet under the body, the swinging foot a little ahead).
import { blankGrid, outline, recolor, stamp, gridOf, type Grid } from './grid';
import type { LegStyle } from './looks';

export const LEGS = 16;

/** Trousers main/shade, boot main/light, and bare skin below shorts or a hem (if any). */
interface LegColors {
  readonly trousers: readonly [string, string];
  readonly boots: readonly [string, string];
  readonly shins?: readonly [string, string];
}

const STYLE_COLORS: Readonly<Record<LegStyle, LegColors>> = {
  black: { trousers: ['N', 'n'], boots: ['k', 'm'] }, // El: black trousers, boots with silver toe caps
  jeans: { trousers: ['B', 'b'], boots: ['S', 's'] }, // blue jeans, tan cowboy boots
  grey: { trousers: ['q', 'N'], boots: ['k', 'q'] }, // grey suit trousers, black shoes
  brown: { trousers: ['W', 'w'], boots: ['d', 'H'] }, // brown cotton, bare feet in huaraches
  white: { trousers: ['M', 'm'], boots: ['N', 'q'] }, // white trousers, dark shoes
  cream: { trousers: ['a', 'A'], boots: ['w', 'o'] }, // Bucho: cream suit trousers, tan loafers
  navy: { trousers: ['b', 'n'], boots: ['k', 'm'] }, // Campa: navy charro trousers, black boots
  green: { trousers: ['g', 'n'], boots: ['k', 'm'] }, // Quino: green charro trousers, black boots
  dress: { trousers: ['h', 'H'], boots: ['k', 'N'], shins: ['h', 'H'] }, // Carolina: bare legs, dark shoes
  boy: { trousers: ['S', 'w'], boots: ['H', 'h'], shins: ['h', 'H'] }, // the boy: brown shorts, barefoot
};

/** How a style's legs are built: leg rows, thickness and stride (foot positions per frame). */
interface LegShape {
  /** Top row of the left (north) and right (south) leg. */
  readonly tops: readonly [number, number];
  /** Rows per leg: 3 (men), 2 (the boy). */
  readonly rows: 2 | 3;
  readonly boot: Grid;
  /** Boot west columns for the left and right foot in each of the four frames. */
  readonly cycle: readonly (readonly [number, number])[];
}

// A boot from above, toe to the east; '#' is the lit toe cap.
const BOOT = gridOf([
  '==#.',
  '====',
  '===.',
]);

const SMALL_FOOT = gridOf([
  '==#',
  '==.',
]);

const ADULT: LegShape = {
  tops: [4, 9],
  rows: 3,
  boot: BOOT,
  cycle: [
    [11, 1], // 0: left foot ahead, right behind
    [5, 9], // 1: passing, right foot swinging through
    [1, 11], // 2: right foot ahead, left behind
    [9, 5], // 3: passing, left foot swinging through
  ],
};

// The boy: thinner legs set closer together, a shorter stride.
const CHILD: LegShape = {
  tops: [5, 9],
  rows: 2,
  boot: SMALL_FOOT,
  cycle: [[11, 2], [6, 9], [2, 11], [9, 6]],
};

const HIP_WEST = 6;
const HIP_EAST = 9;

/** Trousers ('0' lit, '-' shade) from the hip to the foot, bare shins ('1') past the hip if set. */
function leg(g: Grid, shape: LegShape, top: number, bootX: number, shins: boolean): void {
  const from = Math.min(HIP_WEST, bootX + 1);
  const to = Math.max(HIP_EAST, bootX + 1);
  for (let x = from; x <= to; x++) {
    const bare = shins && (x < HIP_WEST || x > HIP_EAST);
    for (let r = 0; r < shape.rows; r++) {
      const lit = r < shape.rows - 1;
      g[top + r]![x] = bare ? (lit ? '1' : '2') : lit ? '0' : '-';
    }
  }
  stamp(g, shape.boot, bootX, top);
}

export function legFrames(style: LegStyle): Grid[] {
  const c = STYLE_COLORS[style];
  const shape = style === 'boy' ? CHILD : ADULT;
  const colors: Record<string, string> = { '0': c.trousers[0], '-': c.trousers[1], '=': c.boots[0], '#': c.boots[1] };
  if (c.shins) Object.assign(colors, { '1': c.shins[0], '2': c.shins[1] });
  return shape.cycle.map(([left, right]) => {
    const g = blankGrid(LEGS, LEGS);
    // Back leg first so the forward leg's outline reads over it at the hip.
    const [north, south] = shape.tops;
    if (left < right) {
      leg(g, shape, north, left, c.shins !== undefined);
      leg(g, shape, south, right, c.shins !== undefined);
    } else {
      leg(g, shape, south, right, c.shins !== undefined);
      leg(g, shape, north, left, c.shins !== undefined);
    }
    return recolor(outline(g), colors);
  });
}

export const LEG_STYLES: readonly LegStyle[] = Object.keys(STYLE_COLORS) as LegStyle[];
