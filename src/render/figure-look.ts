// How a figure stands out (ART.md "Readable at a glance"): El and every man fighting him are drawn
// over the place's shade, each with a rim (art/sprites/characters/rim.ts), El with a gold ring on
// the floor round his feet; calm patrons, bystanders, friends and the dead stay in the place's
// light, muted. Pure: the world view asks, a test checks (test/render/figure-look.test.ts).
import { rimRoleOf } from '../art/sprites/characters';
import { rimFrame } from '../art/sprites/characters/rim';
import { isVehicle, type Actor } from '../sim';
import { Depth } from './depth';

export interface FigureLook {
  /** Drawn over the shade (lit) or in the place's light. */
  readonly lit: boolean;
  readonly legsDepth: number;
  readonly bodyDepth: number;
  /** Rim sprites round the body and the legs, drawn just under the figure; null for none. */
  readonly bodyRim: string | null;
  readonly legsRim: string | null;
  readonly rimDepth: number;
  /** El's ground ring. */
  readonly marker: boolean;
  /**
   * Foe or friend by shape (readable without colour): 'hostile_marker' (a pointed diamond) under a
   * man fighting El, 'friend_marker' (a ring of dots) under an ally or a bystander; null for none.
   */
  readonly teamMarker: TeamMarker | null;
  readonly teamMarkerDepth: number;
}

export type TeamMarker = 'hostile_marker' | 'friend_marker';

/** The ground mark by side: hostiles fighting now, living friends and bystanders; calm patrons and the dead none. */
export function teamMarkerOf(a: Actor): TeamMarker | null {
  if (isHostileNow(a)) return 'hostile_marker';
  return a.alive && (a.team === 'ally' || a.team === 'civilian') ? 'friend_marker' : null;
}

/** Frames of a figure on its feet: a knocked-down or dying man, or a cowering one, has no rim. */
function onFeet(frame: string): boolean {
  return !/_(dead\d|cower)$/.test(frame);
}

/** Whether a figure fights El right now: an enemy on his feet who is no longer calm. */
export function isHostileNow(a: Actor): boolean {
  return a.team === 'enemy' && a.alive && a.stunLeft === 0 && !isVehicle(a) && !(a.ai?.calm ?? false);
}

const STEP = 0.005;

export function figureLook(a: Actor, body: string, legs: string | null): FigureLook {
  const el = a.team === 'player' && a.alive;
  const role = el ? rimRoleOf('mariachi') : isHostileNow(a) ? rimRoleOf(a.arch) : null;
  if (!role) {
    const bodyDepth = a.alive ? Depth.Bodies : Depth.Floor + 0.5;
    return { lit: false, legsDepth: Depth.Legs, bodyDepth, bodyRim: null, legsRim: null, rimDepth: Depth.Legs, marker: false, teamMarker: teamMarkerOf(a), teamMarkerDepth: Depth.Shadows + 0.5 };
  }
  // El over every other lit figure; each figure's rim under its legs, its legs under its body.
  const base = Depth.LitFigures + (el ? 4 * STEP : STEP);
  return {
    lit: true,
    rimDepth: base,
    legsDepth: base + STEP,
    bodyDepth: base + 2 * STEP,
    bodyRim: onFeet(body) ? rimFrame(body, role) : null,
    legsRim: legs ? rimFrame(legs, role) : null,
    marker: el,
    teamMarker: teamMarkerOf(a),
    teamMarkerDepth: Depth.LitFigures,
  };
}
