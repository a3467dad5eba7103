// The grade on the results screen: time against par, accuracy, and the damage El took.
export interface GradeInput {
  ticks: number;
  parTicks: number;
  shots: number;
  hits: number;
  damageTaken: number;
  maxHp: number;
  civiliansHit: number;
}

/** S, A, B, C or D. Points: up to 50 for time, 30 for accuracy, 20 for health; civilians cost. */
export function grade(g: GradeInput): { letter: string; points: number } {
  const time = g.ticks <= g.parTicks ? 50 : Math.max(0, 50 - ((g.ticks - g.parTicks) / g.parTicks) * 50);
  const accuracy = g.shots > 0 ? (g.hits / g.shots) * 30 : 0;
  const health = Math.max(0, 1 - g.damageTaken / g.maxHp) * 20;
  const points = Math.round(time + accuracy + health - g.civiliansHit * 15);
  const letter = points >= 90 ? 'S' : points >= 75 ? 'A' : points >= 55 ? 'B' : points >= 35 ? 'C' : 'D';
  return { letter, points };
}
