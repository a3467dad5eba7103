// What the guitar case holds when a level starts (LevelData.loadout).
import type { Loadout } from './level-data';
import { Slot, slotBit } from './slots';
import { WEAPONS } from './weapons';

interface ArsenalFields {
  shells: number;
  shellReserve: number;
  wildeyRounds: number;
  wildeyReserve: number;
  grenades: number;
  owned: number;
}

/** Loads the barrels and the magazine from the loadout; the rest is spare. A zero count means not carried. */
export function applyLoadout(a: ArsenalFields, loadout: Loadout): void {
  const shells = Math.max(0, Math.floor(loadout.sawedOff));
  const wildey = Math.max(0, Math.floor(loadout.wildey));
  a.shells = Math.min(shells, WEAPONS.sawedOff.magazine);
  a.shellReserve = shells - a.shells;
  a.wildeyRounds = Math.min(wildey, WEAPONS.wildey.magazine);
  a.wildeyReserve = wildey - a.wildeyRounds;
  a.grenades = Math.max(0, Math.floor(loadout.grenades));
  if (shells > 0) a.owned |= slotBit(Slot.SawedOff);
  if (wildey > 0) a.owned |= slotBit(Slot.Wildey);
}
