// What the guitar case holds when a level starts (LevelData.loadout): the loadout names El's case
// guns by weapon id (the count is every round for it) and his grenades.
import type { Loadout } from './level-data';
import type { PlayerState } from './player-state';
import { slotBit } from './slots';
import { WEAPON_IDS, WEAPONS } from './weapons';

/**
 * Loads each case gun's magazine (one per gun of a pair) from its count; the rest is spare ammo of
 * its type. A zero count means not carried. The sleeve pistols are not in the case: always his.
 */
export function applyLoadout(p: PlayerState, loadout: Loadout): void {
  const counts = loadout as unknown as Readonly<Record<string, number | undefined>>;
  for (const id of WEAPON_IDS) {
    const def = WEAPONS[id];
    const mags = p.loaded[id];
    if (def.slot === undefined || def.sleeves || !mags || def.ammo === undefined) continue;
    let left = Math.max(0, Math.floor(counts[id] ?? 0));
    if (left === 0) continue;
    for (let i = 0; i < mags.length; i++) {
      mags[i] = Math.min(left, def.magazine);
      left -= mags[i]!;
    }
    p.ammo[def.ammo] += left;
    p.owned |= slotBit(def.slot);
  }
  p.ammo.grenade += Math.max(0, Math.floor(loadout.grenades));
}
