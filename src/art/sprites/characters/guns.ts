// Guns seen from above, pointing east. Each has a grip anchor: the cell that sits in the hand.
import { gridOf, type Grid } from './grid';

export type GunKind = 'pistol' | 'sleeve' | 'revolver' | 'deagle';

export interface GunStamp {
  readonly grid: Grid;
  /** Grip cell (column, row) within the grid. */
  readonly gx: number;
  readonly gy: number;
}

// Two rows tall so the gun lines up with a 2-row hand; the lower row is the shaded side.
const GUNS: Record<GunKind, GunStamp> = {
  // A dark service pistol: slide with a light top edge.
  pistol: { grid: gridOf(['qmmmq', 'NNNNn']), gx: 0, gy: 0 },
  // El's stainless sleeve pistols: bright, slim.
  sleeve: { grid: gridOf(['MMMMx', 'mmmmq']), gx: 0, gy: 0 },
  // A revolver: the cylinder bulges, the barrel is thin and long.
  revolver: { grid: gridOf(['.qm...', 'NmMmmM', 'Nqq...']), gx: 0, gy: 1 },
  // A big chrome Desert Eagle: long, thick and bright.
  deagle: { grid: gridOf(['mMMMMMx', 'mmmmmmM', 'qqqqqq.']), gx: 0, gy: 0 },
};

export function gunStamp(kind: GunKind): GunStamp {
  return GUNS[kind];
}
