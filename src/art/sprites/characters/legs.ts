// Legs: 16x16 frames walking east, drawn under the body and turned to the direction of movement.
// Frames 0 and 2 are the contact poses (left foot ahead, then right foot ahead), 1 and 3 the
// passing poses (feet under the body, the swinging foot a little ahead).
import { blankGrid, outline, recolor, stamp, gridOf, type Grid } from './grid';
import type { LegStyle } from './looks';

export const LEGS = 16;

/** Trousers main/shade, boot main/light. */
const STYLE_COLORS: Readonly<Record<LegStyle, readonly [string, string, string, string]>> = {
  black: ['N', 'n', 'k', 'm'], // El: black trousers, black boots with silver toe caps
  jeans: ['B', 'b', 'S', 's'], // blue jeans, tan cowboy boots
  grey: ['q', 'N', 'k', 'q'], // grey suit trousers, black shoes
  brown: ['W', 'w', 'd', 'H'], // brown cotton, bare feet in huaraches
  white: ['M', 'm', 'N', 'q'], // white trousers, dark shoes
};

// A boot from above, toe to the east; '#' is the lit toe cap.
const BOOT = gridOf([
  '==#.',
  '====',
  '===.',
]);

/** Foot positions (boot's west column) for the left (north) and right (south) leg. */
const CYCLE: readonly (readonly [number, number])[] = [
  [11, 1], // 0: left foot ahead, right behind
  [5, 9], // 1: passing, right foot swinging through
  [1, 11], // 2: right foot ahead, left behind
  [9, 5], // 3: passing, left foot swinging through
];

const HIP_WEST = 6;
const HIP_EAST = 9;

function leg(g: Grid, top: number, bootX: number): void {
  // Trousers from the hip to the boot (ahead of the hip or behind it), then the boot over them.
  const from = Math.min(HIP_WEST, bootX + 1);
  const to = Math.max(HIP_EAST, bootX + 1);
  for (let x = from; x <= to; x++) {
    g[top]![x] = '0';
    g[top + 1]![x] = '0';
    g[top + 2]![x] = '-';
  }
  stamp(g, BOOT, bootX, top);
}

export function legFrames(style: LegStyle): Grid[] {
  const [t0, t1, b0, b1] = STYLE_COLORS[style];
  const colors = { '0': t0, '-': t1, '=': b0, '#': b1 };
  return CYCLE.map(([left, right]) => {
    const g = blankGrid(LEGS, LEGS);
    // Back leg first so the forward leg's outline reads over it at the hip.
    if (left < right) {
      leg(g, 4, left);
      leg(g, 9, right);
    } else {
      leg(g, 9, right);
      leg(g, 4, left);
    }
    return recolor(outline(g), colors);
  });
}

export const LEG_STYLES: readonly LegStyle[] = ['black', 'jeans', 'grey', 'brown', 'white'];
