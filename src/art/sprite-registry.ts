// Every sprite the game draws, by name, built from the text sprites in src/art/sprites/.
import type { PixelImage } from './pixel-sprite';
import { arsenalSprites } from './sprites/arsenal';
import { characterSprites, DRAWN_ARCHETYPES, PATRON_VARIANTS_NAMES } from './sprites/characters';
import { flashImage, hitFrame, isHittableBody } from './sprites/flash';
import { effectSprites } from './sprites/effects';
import { hazardSprites } from './sprites/hazards';
import { markerSprites } from './sprites/marker';
import { teamMarkerSprites } from './sprites/team-markers';
import { RIMS, rimFrame, rimImage } from './sprites/characters/rim';
import { uiSprites } from './sprites/ui';
import { vehicleSprites } from './sprites/vehicles';

export function buildAllSprites(): Map<string, PixelImage> {
  const all = new Map<string, PixelImage>();
  for (const group of [characterSprites(), effectSprites(), hazardSprites(), uiSprites(), vehicleSprites(), arsenalSprites(), markerSprites(), teamMarkerSprites()]) {
    for (const [name, img] of group) {
      if (all.has(name)) throw new Error(`sprite "${name}" is defined twice`);
      all.set(name, img);
    }
  }
  // Every body that can be hit flashes white (flash.ts).
  const people = [...DRAWN_ARCHETYPES, ...PATRON_VARIANTS_NAMES];
  for (const [name, img] of [...all]) if (isHittableBody(name, people)) all.set(hitFrame(name), flashImage(img));
  // El's case in flight over the rooftop gap wears his rim (case-view.ts): it must read at night.
  all.set(rimFrame('guitar_case', 'el'), rimImage(all.get('guitar_case')!, RIMS.el));
  return all;
}
