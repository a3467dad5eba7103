// El's guitar case thrown across a rooftop gap (sim events caseThrow / caseLand): which existing
// sounds stand in. Re-point them here once the case has sounds of its own.
import type { StandIn } from './arsenal-sounds';

export const CASE_SOUND: Readonly<Record<'caseThrow' | 'caseLand', StandIn>> = {
  // A heavy swing: the dive's whoosh, slowed.
  caseThrow: { name: 'dive', rate: 0.7, gain: 0.8 },
  // Wood and hinges hitting a roof.
  caseLand: { name: 'impactWood', rate: 0.55, gain: 1.2 },
};
