// Guns seen from above, pointing east. Each has a grip anchor: the cell that sits in the hand.
import { gridOf, type Grid } from './grid';

export type GunKind =
  | 'pistol' | 'sleeve' | 'revolver' | 'deagle' | 'goldRevolver' | 'knife' | 'knifeFan' | 'campaCase' | 'quinoCase';

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
  // Bucho's revolver: the same shape, gold-plated, on a walnut grip.
  goldRevolver: { grid: gridOf(['.Fy...', 'WyYyyY', 'WFF...']), gx: 0, gy: 1 },
  // One throwing knife held by the grip: dark handle, bright blade.
  knife: { grid: gridOf(['wMMx', 'wmM.']), gx: 0, gy: 0 },
  // Three knives fanned in one hand for the throw, blades out.
  knifeFan: { grid: gridOf(['...Mx', '.wMm.', 'wwMMx', '.wMm.', '...Mx']), gx: 0, gy: 2 },
  // Campa's guitar case carried level by its handle, seen edge-on from above: the wide body
  // behind, the narrow neck ahead with the gun's muzzle poking out.
  campaCase: { grid: gridOf(['ooooooooWWWWWmx', 'WWWWWWWWwwwwwqm', 'wwwwwwwww......']), gx: 6, gy: 0 },
  // Quino's case on his shoulder: a longer, darker box with the rocket tube's mouth at the neck.
  quinoCase: {
    grid: gridOf(['WWWWWWWWWWWWWWWqq', 'wWWWWWWWWWWWWWWqk', 'wwwwwwwwwwwwwwwqk', 'uwwwwwwwwwwwwwwqq']),
    gx: 11, gy: 1,
  },
};

export function gunStamp(kind: GunKind): GunStamp {
  return GUNS[kind];
}
