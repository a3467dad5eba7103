// The guitar case at a glance: one entry per gun El owns (its key and icon; the rounds are the
// ammo readout's job, for the gun in hand only), the gun in hand bright and the rest dimmed, and
// the grenade count.
import type Phaser from 'phaser';
import { ATLAS } from '../render/textures';
import { lookOf } from '../render/weapon-looks';
import { Slot, slotBit, slotCount, weaponOfSlot, type Actor, type PlayerState } from '../sim';
import { Colors, label, recolor } from '../ui/text';

const ICON_SCALE = 2;
const GAP = 18;

interface Entry {
  readonly key: string;
  readonly icon: Phaser.GameObjects.Image;
  readonly text: Phaser.GameObjects.BitmapText;
  /** Only the grenades show a count: a thrown thing, not a gun's rounds. */
  readonly count: Phaser.GameObjects.BitmapText;
  /** Whether El has it, the icon frame and whether it is up, from his body and his arsenal. */
  readonly read: (el: Actor, p: PlayerState) => { owned: boolean; frame: string; inHand: boolean };
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
      const count = label(scene, 0, y + 4, '', 2, Colors.cream).setVisible(false);
      this.entries.push({ key, icon, text, count, read });
    };
    // One entry per slot, in key order: El's own guns from their weapon rows, slot 4 the gun off the floor.
    for (let slot = 0; slot < slotCount(); slot++) {
      const key = String(slot + 1);
      if (slot === Slot.Carried) {
        add(key, (el, p) => ({ owned: p.carried !== null, frame: lookOf(p.carried ?? 'pistol').icon, inHand: el.weapon !== null && p.slot === slot }));
        continue;
      }
      const weapon = weaponOfSlot(slot);
      if (weapon === null) continue;
      const frame = lookOf(weapon).icon;
      add(key, (el, p) => ({ owned: (p.owned & slotBit(slot)) !== 0, frame, inHand: el.weapon !== null && p.slot === slot }));
    }
    add('G', (_el, p) => ({ owned: p.ammo.grenade > 0, frame: lookOf('grenade').icon, inHand: false }));
  }

  update(el: Actor, p: PlayerState): void {
    let x = this.x;
    // The sleeve pistols alone are no choice: the strip shows once the case holds more.
    const choice = this.entries.filter((e) => e.read(el, p).owned).length > 1;
    for (const e of this.entries) {
      const s = e.read(el, p);
      if (!choice) s.owned = false;
      e.icon.setVisible(s.owned);
      e.text.setVisible(s.owned);
      e.count.setVisible(false);
      if (!s.owned) continue;
      if (e.icon.frame.name !== s.frame) e.icon.setFrame(s.frame);
      const alpha = s.inHand || e.key === 'G' ? 1 : 0.6;
      // The key first, then the icon: "1 [pistols]  2 [sawed-off]  G [grenade] x2".
      recolor(e.text.setText(e.key).setPosition(x, this.y + 4).setAlpha(alpha), s.inHand ? Colors.gold : Colors.sand);
      x += e.text.width + 4;
      e.icon.setPosition(x, this.y).setAlpha(alpha);
      x += e.icon.displayWidth;
      if (e.key === 'G') {
        e.count.setText(`x${p.ammo.grenade}`).setPosition(x + 4, this.y + 4).setVisible(true);
        x += e.count.width + 4;
      }
      x += GAP;
    }
    const h = this.entries[0]!.icon.displayHeight + 8;
    this.back.setSize(x - GAP - this.x + 12, h).setVisible(x > this.x);
  }
}
