// The static half of "can this cell catch fire": its material is Wood and no door stands on it.
// Levels never change either, so it is worked out once per level (a cache keyed by the level
// object, not world state) and the fire's spread reads one byte per try instead of searching
// the level's doors.
import { Material, type LevelData } from './level-data';

const masks = new WeakMap<LevelData, Uint8Array>();

/** 1 for each cell index of wood with no door on it, 0 elsewhere. */
export function woodMask(level: LevelData): Uint8Array {
  let mask = masks.get(level);
  if (mask === undefined) {
    mask = new Uint8Array(level.width * level.height);
    for (let i = 0; i < mask.length; i++) if (level.materials[i] === Material.Wood) mask[i] = 1;
    for (const d of level.doors) mask[d.ty * level.width + d.tx] = 0;
    masks.set(level, mask);
  }
  return mask;
}
