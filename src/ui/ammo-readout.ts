// The one ammo readout of the HUD, as plain data: the gun in hand (icon and a short name), its
// magazine as a row of rounds (two rows for the two sleeve pistols), and the spare rounds in
// words ("48 spare"), so no number can be read as something else (focus, a weapon key).
import { Slot, WEAPONS, type Actor, type WeaponId } from '../sim';

/** Short names that fit the HUD; the weapon table's names are for the README and menus. */
const HUD_NAMES: Readonly<Partial<Record<WeaponId, string>>> = {
  sleevePistols: 'Sleeve pistols',
  pistol: '.45 pistol',
  revolver: 'Revolver',
  deagle: 'Desert Eagle',
  sawedOff: 'Sawed-off',
  wildey: 'Wildey magnum',
  campaCase: 'Machine-gun case',
  quinoCase: 'Rocket case',
  knife: 'Knives',
};

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

function spare(n: number): Pick<AmmoReadout, 'spare' | 'low'> {
  return { spare: n > 0 ? `${n} spare` : 'no spare', low: n === 0 };
}

export function ammoReadout(p: Actor): AmmoReadout {
  switch (p.slot) {
    case Slot.SawedOff:
      return { name: HUD_NAMES.sawedOff!, icon: 'icon_sawedOff', rows: [{ frame: 'icon_shell', slots: WEAPONS.sawedOff.magazine, full: p.shells }], ...spare(p.shellReserve) };
    case Slot.Wildey:
      return { name: HUD_NAMES.wildey!, icon: 'icon_wildey', rows: [{ frame: 'icon_round', slots: WEAPONS.wildey.magazine, full: p.wildeyRounds }], ...spare(p.wildeyReserve) };
    case Slot.Carried: {
      const id = p.carried ?? 'pistol';
      const mag = WEAPONS[id].magazine;
      const name = HUD_NAMES[id] ?? WEAPONS[id].name;
      // Guns off the floor hold only what their owner left: there is never a spare.
      if (mag > MAX_ROUND_ICONS) return { name, icon: `icon_${id}`, rows: [], spare: p.carriedRounds === 1 ? '1 round' : `${p.carriedRounds} rounds`, low: p.carriedRounds === 0 };
      return { name, icon: `icon_${id}`, rows: [{ frame: 'icon_round', slots: mag, full: p.carriedRounds }], spare: 'no spare', low: true };
    }
    default: {
      const mag = WEAPONS.sleevePistols.magazine;
      return {
        name: HUD_NAMES.sleevePistols!,
        icon: 'icon_sleeve',
        rows: [{ frame: 'icon_round', slots: mag, full: p.magL }, { frame: 'icon_round', slots: mag, full: p.magR }],
        ...spare(p.reserve),
      };
    }
  }
}
