// Every actor sprite: bodies (24x24, facing east) and legs (16x16, walking east).
//
// Bodies: `<archetype>_<frame>`, centred on the actor (rotate about the frame centre, 12,12), drawn
// over the legs. Frames: idle, aim, recoil, dead0 (falling), dead1 (lying; head east); El adds
// aim1/recoil1 (one picked-up gun), draw0/draw1, hurt, dive0-3; civilians (and Carolina) add
// cower; Navajas adds windup. Dead and dive frames include the legs: hide the legs layer while
// they show. Patrons come in three palette variants: patron_*, patron_b_*, patron_c_*. The bar's
// cast is in characters/looks.ts, everyone beyond it in characters/cast.ts (one file each).
// Legs: `legs_<style>_<0-3>`, centred on the actor, turned to the direction of travel; 0 and 2
// are the contact poses (left foot ahead, right foot ahead), 1 and 3 the passing poses.
import type { PixelImage } from '../pixel-sprite';
import { standingBody } from './characters/bodies';
import { diveFrames } from './characters/dive';
import { floorBody, FALL, DEAD } from './characters/floor';
import { toImage, type Grid } from './characters/grid';
import { CAST_LOOKS } from './characters/cast';
import { LOOKS, PATRON_VARIANTS, type LegStyle, type Look } from './characters/looks';
import { LEG_STYLES, legFrames } from './characters/legs';
import { POSES, type Pose } from './characters/poses';
import { RIMS, rimFrame, rimImage, type RimRole } from './characters/rim';
import { ARCHETYPES, isArchetypeId } from '../../sim';

export const BODY_SIZE = 24;
export const LEGS_SIZE = 16;

/** Every archetype drawn as a person (the lieutenant is his car: see vehicles.ts). */
const ALL_LOOKS: Readonly<Record<string, Look>> = { ...LOOKS, ...CAST_LOOKS };

/** Archetypes that have a body of their own. */
export const DRAWN_ARCHETYPES: readonly string[] = Object.keys(ALL_LOOKS);

/** The legs each archetype walks on. */
export const LEG_STYLE_OF: Readonly<Record<string, LegStyle>> = Object.fromEntries(
  Object.entries(ALL_LOOKS).map(([arch, look]) => [arch, look.legs]),
);

/** Sprite-name prefixes of the patron variants; pick one by actor id (e.g. id % 3). */
export const PATRON_VARIANTS_NAMES = ['patron', 'patron_b', 'patron_c'] as const;

function muzzles(pose: Pose): { x: number; y: number }[] {
  return pose.guns.map((g) => ({ x: g.x + 1 - BODY_SIZE / 2, y: g.y + 1 - BODY_SIZE / 2 }));
}

/**
 * Muzzle tips of the frames that fire, in pixels from the frame centre before rotation (x along
 * the aim, y to its right): where the flash and the tracer start.
 */
export const MUZZLES: Readonly<Record<string, readonly { x: number; y: number }[]>> = {
  aim: muzzles(POSES.aimOne),
  recoil: muzzles(POSES.recoilOne),
  mariachi_aim: muzzles(POSES.aimTwin),
  mariachi_recoil: muzzles(POSES.recoilTwin),
  mariachi_aim1: muzzles(POSES.aimOne),
  mariachi_recoil1: muzzles(POSES.recoilOne),
};

function bodyFrames(arch: string, look: Look): Map<string, Grid> {
  const f = new Map<string, Grid>();
  const armed = look.gun !== null;
  if (arch === 'mariachi') {
    f.set('idle', standingBody(look, POSES.idleEmpty, null));
    f.set('aim', standingBody(look, POSES.aimTwin, 'sleeve'));
    f.set('recoil', standingBody(look, POSES.recoilTwin, 'sleeve'));
    f.set('aim1', standingBody(look, POSES.aimOne, 'pistol'));
    f.set('recoil1', standingBody(look, POSES.recoilOne, 'pistol'));
    f.set('draw0', standingBody(look, POSES.draw0, 'sleeve'));
    f.set('draw1', standingBody(look, POSES.draw1, 'sleeve'));
    f.set('hurt', standingBody(look, POSES.hurt, 'sleeve'));
    diveFrames(look).forEach((g, i) => f.set(`dive${i}`, g));
  } else if (armed) {
    f.set('idle', standingBody(look, POSES.idleArmed, look.gun));
    f.set('aim', standingBody(look, POSES.aimOne, look.gun));
    f.set('recoil', standingBody(look, POSES.recoilOne, look.gun));
  } else {
    f.set('idle', standingBody(look, POSES.idleEmpty, null));
    f.set('aim', standingBody(look, POSES.plead, null));
    f.set('recoil', standingBody(look, POSES.pleadFlinch, null));
    f.set('cower', standingBody(look, POSES.cower, null));
  }
  for (const [name, spec] of Object.entries(look.frames ?? {})) f.set(name, standingBody(look, spec.pose, spec.gun));
  f.set('dead0', floorBody(look, look.floor?.fall ?? FALL, null));
  f.set('dead1', floorBody(look, look.floor?.dead ?? DEAD, { x: 3, y: 0 }));
  return f;
}

/** Who is drawn with a rim (characters/rim.ts): El, and every man who fights him. */
export function rimRoleOf(arch: string): RimRole | null {
  if (arch === 'mariachi') return 'el';
  return isArchetypeId(arch) && ARCHETYPES[arch].team === 'enemy' ? 'foe' : null;
}

/** Frames that show a figure on its feet (a rim is drawn round those only). */
function standing(frame: string): boolean {
  return !frame.startsWith('dead') && frame !== 'cower';
}

export function characterSprites(): Map<string, PixelImage> {
  const out = new Map<string, PixelImage>();
  const rimmedLegs = new Map<LegStyle, Set<RimRole>>();
  const add = (prefix: string, look: Look): void => {
    const arch = prefix.split('_')[0]!;
    const role = rimRoleOf(arch);
    for (const [frame, g] of bodyFrames(arch, look)) {
      const name = `${prefix}_${frame}`;
      const img = toImage(name, g);
      out.set(name, img);
      if (role && standing(frame)) out.set(rimFrame(name, role), rimImage(img, RIMS[role]));
    }
    if (role) rimmedLegs.set(look.legs, new Set([...(rimmedLegs.get(look.legs) ?? []), role]));
  };
  for (const [arch, look] of Object.entries(ALL_LOOKS)) add(arch, look);
  for (const [suffix, colors] of Object.entries(PATRON_VARIANTS)) {
    add(`patron_${suffix}`, { ...LOOKS.patron, colors: { ...LOOKS.patron.colors, ...colors } });
  }
  for (const style of LEG_STYLES) {
    legFrames(style).forEach((g, i) => {
      const name = `legs_${style}_${i}`;
      const img = toImage(name, g);
      out.set(name, img);
      for (const role of rimmedLegs.get(style) ?? []) out.set(rimFrame(name, role), rimImage(img, RIMS[role]));
    });
  }
  return out;
}
