// The one ammo readout of the HUD, as plain data: the gun in hand (icon and a short name), its
// magazine as a row of rounds (two rows for the two sleeve pistols), and the spare rounds in
// words ("48 spare"), so no number can be read as something else (focus, a weapon key).
import { EN, t, type MessageKey } from '../i18n';
import { lookOf } from '../render/weapon-looks';
import { magazinesOf, Slot, WEAPONS, weaponInSlot, type PlayerState, type WeaponId } from '../sim';

/** More rounds than this show as a number: a row of 60 icons is not a readout. */
export const MAX_ROUND_ICONS = 8;

export interface AmmoRow {
  /** Icon of a loaded round ('icon_round' or 'icon_shell'). */
  readonly frame: string;
  readonly slots: number;
  readonly full: number;
}

export interface AmmoReadout {
  readonly name: string;
  /** The weapon's icon frame. */
  readonly icon: string;
  /** The magazine(s) as rows of icons (none when `count` says it). */
  readonly rows: readonly AmmoRow[];
  /** The second line: "48 spare", "no spare", or a count for a big magazine ("60 rounds"). */
  readonly spare: string;
  /** Whether `spare` is a warning (nothing left to reload with). */
  readonly low: boolean;
}

/** The gun's HUD name in the player's language; a gun the catalogue does not know yet keeps its look's name. */
export function weaponName(id: WeaponId): string {
  const key = `weapon.${id}`;
  return Object.hasOwn(EN, key) ? t(key as MessageKey) : lookOf(id).hudName;
}

function spare(n: number): Pick<AmmoReadout, 'spare' | 'low'> {
  return { spare: n > 0 ? t('ammo.spare', { n }) : t('ammo.noSpare'), low: n === 0 };
}

/** The readout for El's gun up (world.player): the slot's gun, its magazines and its spares. */
export function ammoReadout(p: PlayerState): AmmoReadout {
  if (p.slot === Slot.Carried) {
    const id = p.carried ?? 'pistol';
    const mag = WEAPONS[id].magazine;
    const { icon } = lookOf(id);
    const name = weaponName(id);
    // Guns off the floor hold only what their owner left: there is never a spare.
    if (mag > MAX_ROUND_ICONS) return { name, icon, rows: [], spare: p.carriedRounds === 1 ? t('ammo.oneRound') : t('ammo.rounds', { n: p.carriedRounds }), low: p.carriedRounds === 0 };
    return { name, icon, rows: [{ frame: 'icon_round', slots: mag, full: p.carriedRounds }], spare: t('ammo.noSpare'), low: true };
  }
  // One of his own guns: a row per magazine (two for the sleeve pistols), then the spares of its ammo.
  const id = weaponInSlot(p, p.slot) ?? 'sleevePistols';
  const def = WEAPONS[id];
  const look = lookOf(id);
  const rows = magazinesOf(p, id).map((full) => ({ frame: look.roundIcon, slots: def.magazine, full }));
  return { name: weaponName(id), icon: look.icon, rows, ...spare(def.ammo === undefined ? 0 : p.ammo[def.ammo]) };
}
