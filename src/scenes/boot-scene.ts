// First scene: for now just the title card. Later it preloads assets and
// hands over to the menu.
import Phaser from 'phaser';

export const BOOT_SCENE = 'boot';

export class BootScene extends Phaser.Scene {
  constructor() {
    super(BOOT_SCENE);
  }

  create(): void {
    const { width, height } = this.scale;
    // Placeholder: a bitmap font replaces this Text once the art exists.
    this.add
      .text(width / 2, height / 2, 'DESPERADO', {
        fontFamily: 'Georgia, "Times New Roman", serif',
        fontSize: '120px',
        fontStyle: 'bold',
        color: '#e0b050',
        // Bold glyphs overhang Phaser's measured width; without padding the
        // Canvas renderer clips the last letter.
        padding: { x: 8, y: 4 },
      })
      .setOrigin(0.5);
  }
}
