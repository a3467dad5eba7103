// Explosions (grenades, Quino's rockets): damage that falls off with distance, stopped by walls and
// closed doors but not by low cover, a shove outward, and a bang every henchman in the block hears.
// Exported for the integrator: props (glass, tables) and hazards (burning wood) hook in here too.
import { hearNoise } from './ai/ai-hooks';
import { damage } from './combat';
import { unharmedBy } from './friendly-fire';
import { blastOf } from './harm';
import { addKnock } from './knockback';
import { newTraceHit, traceSegment, TraceMode } from './trace';
import type { WeaponId } from './weapons';
import { emit, type World } from './world';

/** Shove in pixels per tick at the centre of a blast (less toward the edge). */
export const BLAST_KNOCK = 5;
/** Radius in pixels within which a blast is heard (walls damp it as for gunshots). */
export const BLAST_LOUDNESS = 900;

const scratch = newTraceHit();

/**
 * A blast at (x, y) caused by actor `by`: every body whose edge lies within `radius` and that the
 * centre can see takes `amount` at the centre, falling linearly to 1 at the edge (El's friends and
 * the protected boy are spared by whom friendly-fire.ts says). `weapon`: what went off (grenade, rocket).
 */
export function explode(world: World, x: number, y: number, radius: number, amount: number, by: number, weapon: WeaponId): void {
  const harm = blastOf(weapon);
  emit(world, { type: 'explosion', x, y, radius, by });
  const list = world.actors;
  for (let i = 0; i < list.length; i++) {
    const a = list[i]!;
    if (!a.alive || unharmedBy(world, a, by)) continue;
    const dx = a.x - x;
    const dy = a.y - y;
    const d = Math.sqrt(dx * dx + dy * dy);
    const edge = Math.max(0, d - a.radius);
    if (edge > radius) continue;
    if (traceSegment(world, x, y, a.x, a.y, TraceMode.Sight, x, y, scratch).t < 1) continue;
    const f = 1 - edge / radius;
    const nx = d > 1e-6 ? dx / d : 1;
    const ny = d > 1e-6 ? dy / d : 0;
    addKnock(a, nx * BLAST_KNOCK * f, ny * BLAST_KNOCK * f);
    damage(world, a, Math.max(1, Math.round(amount * f)), by, a.x, a.y, harm);
  }
  hearNoise(world, x, y, BLAST_LOUDNESS, by);
}
