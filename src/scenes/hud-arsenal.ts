// The guitar case at a glance: one entry per thing El owns (key, icon, loaded/spare), the gun in
// hand bright and the rest dimmed, and the grenade count. Also what the ammo row shows per weapon.
import type Phaser from 'phaser';
import { ATLAS } from '../render/textures';
import { Slot, slotBit } from '../sim/slots';
import { WEAPONS } from '../sim/weapons';
import type { Actor } from '../sim/world';
import { Colors, label } from '../ui/text';

const ICON_SCALE = 2;
const GAP = 18;

interface Entry {
  readonly key: string;
  readonly icon: Phaser.GameObjects.Image;
  readonly text: Phaser.GameObjects.BitmapText;
  /** Whether El has it, the icon frame and the count text, from his actor fields. */
  readonly read: (p: Actor) => { owned: boolean; frame: string; count: string; inHand: boolean };
}

export class ArsenalStrip {
  private readonly entries: Entry[] = [];
  /** Its own dark backing, sized to what El owns, so the dimmed entries read over bright sand. */
  private readonly back: Phaser.GameObjects.Rectangle;

  constructor(scene: Phaser.Scene, private readonly x: number, private readonly y: number) {
    this.back = scene.add.rectangle(x - 6, y - 4, 0, 0, 0x0d0b0e, 0.7).setOrigin(0, 0);
    const add = (key: string, read: Entry['read']): void => {
      const icon = scene.add.image(0, y, ATLAS, 'icon_sleeve').setOrigin(0, 0).setScale(ICON_SCALE);
      const text = label(scene, 0, y + 4, '', 2, Colors.sand);
      this.entries.push({ key, icon, text, read });
    };
    add('1', (p) => ({ owned: true, frame: 'icon_sleeve', count: `${p.magL + p.magR}/${p.reserve}`, inHand: p.weapon !== null && p.slot === Slot.Sleeves }));
    add('2', (p) => ({ owned: (p.owned & slotBit(Slot.SawedOff)) !== 0, frame: 'icon_sawedOff', count: `${p.shells}/${p.shellReserve}`, inHand: p.weapon === 'sawedOff' }));
    add('3', (p) => ({ owned: (p.owned & slotBit(Slot.Wildey)) !== 0, frame: 'icon_wildey', count: `${p.wildeyRounds}/${p.wildeyReserve}`, inHand: p.weapon === 'wildey' }));
    add('4', (p) => ({ owned: p.carried !== null, frame: `icon_${p.carried ?? 'pistol'}`, count: `${p.carriedRounds}`, inHand: p.weapon !== null && p.slot === Slot.Carried }));
    add('G', (p) => ({ owned: p.grenades > 0, frame: 'icon_grenade', count: `x${p.grenades}`, inHand: false }));
  }

  update(p: Actor): void {
    let x = this.x;
    for (const e of this.entries) {
      const s = e.read(p);
      e.icon.setVisible(s.owned);
      e.text.setVisible(s.owned);
      if (!s.owned) continue;
      if (e.icon.frame.name !== s.frame) e.icon.setFrame(s.frame);
      const alpha = s.inHand || e.key === 'G' ? 1 : 0.6;
      e.icon.setPosition(x, this.y).setAlpha(alpha);
      x += e.icon.displayWidth + 6;
      e.text.setText(`${e.key}:${s.count}`).setPosition(x, this.y + 4).setAlpha(alpha).setTint(s.inHand ? Colors.cream : Colors.sand);
      x += e.text.width + GAP;
    }
    const h = this.entries[0]!.icon.displayHeight + 8;
    this.back.setSize(x - GAP - this.x + 12, h).setVisible(x > this.x);
  }
}

/** The big ammo row beside the weapon icon: which icons, how many, how many full, and the spare. */
export function ammoRow(p: Actor): { frame: string; slots: number; full: number; spare: string } {
  switch (p.slot) {
    case Slot.SawedOff:
      return { frame: 'icon_shell', slots: WEAPONS.sawedOff.magazine, full: p.shells, spare: `+${p.shellReserve}` };
    case Slot.Wildey:
      return { frame: 'icon_round', slots: WEAPONS.wildey.magazine, full: p.wildeyRounds, spare: `+${p.wildeyReserve}` };
    case Slot.Carried: {
      const mag = WEAPONS[p.carried ?? 'pistol'].magazine;
      // A case holds too many rounds for a row of icons: a number instead.
      return mag > WEAPONS.sleevePistols.magazine
        ? { frame: 'icon_round', slots: 0, full: 0, spare: `${p.carriedRounds}` }
        : { frame: 'icon_round', slots: mag, full: p.carriedRounds, spare: '' };
    }
    default:
      return { frame: 'icon_round', slots: 0, full: 0, spare: '' };
  }
}
