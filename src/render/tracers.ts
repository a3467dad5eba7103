// How a round in flight is drawn. Every round is a bright core inside a dark casing, so it reads on
// every floor (the core on dark wood and night roofs, the casing on noon sand), drawn over the
// shade: rounds give light. Whose round it is shows in its colour: the men fighting El fire hot
// red-cored rounds, El and his friends cool silver-blue ones. The weapon's look (weapon-looks.ts)
// sets length and weight.
// Pure data: test/render/rounds.test.ts measures size and contrast on every floor in every mood.
import type { WeaponId } from '../sim';
import { lookOf } from './weapon-looks';

export type Side = 'el' | 'foe';

export interface Tracer {
  /** Streak behind the head, in ticks of travel: the faint glow, and the solid core. */
  readonly tail: number;
  readonly head: number;
  /** Widths in world pixels (x WORLD_ZOOM on screen): the core, and the casing round it. */
  readonly width: number;
  readonly casingWidth: number;
  readonly glow: number;
  readonly core: number;
  readonly casing: number;
}

const COLOURS: Readonly<Record<Side, Pick<Tracer, 'glow' | 'core' | 'casing'>>> = {
  // Neon red glow, a near-white hot core, a dried-blood casing.
  foe: { glow: 0xe2434b, core: 0xfff3c4, casing: 0x4a0d16 },
  // Sky-blue glow, a silver-white core, an ink casing.
  el: { glow: 0x6d8fd0, core: 0xe3e7ee, casing: 0x0d0b0e },
};

/** The casing shows one world pixel on each side of the core. */
const CASING = 2;

export function tracerFor(weapon: WeaponId, side: Side): Tracer {
  const look = lookOf(weapon);
  const shape = look.tracer;
  const colours = look.tracerColours ?? COLOURS[side];
  return { ...shape, casingWidth: shape.width + CASING, ...colours };
}
