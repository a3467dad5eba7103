// El's guitar case thrown across a rooftop gap (sim events caseThrow / caseLand).
import type { Cue } from './arsenal-sounds';

export const CASE_SOUND: Readonly<Record<'caseThrow' | 'caseLand', Cue>> = {
  // A heavy swing: the dive's cloth whoosh, slowed.
  caseThrow: { name: 'dive', rate: 0.7, gain: 0.8 },
  // Wood, brass corners and hinges landing flat on a roof: the table's thud, a little higher.
  caseLand: { name: 'tableThud', rate: 1.15, gain: 1.1 },
};
