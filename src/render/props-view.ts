// Props drawn from world state rather than baked into the level image: tables (standing, sliding,
// tipped over) and broken glass stamped over the baked walls. Reads the sim, never changes it.
import Phaser from 'phaser';
import { Cell, TILE, type World } from '../sim';
import { CosmeticRng } from './cosmetic-rng';
import { Depth } from './effects';
import { TILES } from './textures';
import { TIPPED_OFFSET, TIPPED_THICKNESS, TIPPED_TINT } from './table-look';

export { tableCells } from './table-look';

export class PropsView {
  private readonly tables: Phaser.GameObjects.Image[] = [];
  private readonly glass: Phaser.GameObjects.Graphics;
  private readonly stamped: Uint8Array;

  constructor(scene: Phaser.Scene, world: World) {
    const level = world.level;
    const cover = level.layers.find((l) => l.name === 'cover');
    for (const t of level.tables) {
      const gid = cover?.gids[t.ty * level.width + t.tx] ?? 0;
      this.tables.push(scene.add.image(0, 0, TILES, Math.max(0, gid - 1)).setDepth(Depth.Floor + 0.3));
    }
    // Above the baked level, under decals and bodies.
    this.glass = scene.add.graphics().setDepth(Depth.Level + 0.5);
    this.stamped = new Uint8Array(level.width * level.height);
    this.sync(world);
  }

  /** Stamps every cell broken since the last look (cheap: only runs on a shatter or a new world). */
  sync(world: World): void {
    const { width } = world.level;
    for (let i = 0; i < world.broken.length; i++) {
      if (world.broken[i] === 1 && this.stamped[i] === 0) {
        this.stamped[i] = 1;
        this.stampBroken(i % width, Math.floor(i / width), world.cells[i] === Cell.Void);
      }
    }
  }

  private stampBroken(tx: number, ty: number, pane: boolean): void {
    const g = this.glass;
    const x = tx * TILE;
    const y = ty * TILE;
    const rng = new CosmeticRng(tx * 7919 + ty * 104729);
    if (pane) {
      // An empty frame: dark through the hole, jagged teeth of glass left in the edges.
      g.fillStyle(0x0d0b0e, 0.78).fillRect(x + 2, y + 2, TILE - 4, TILE - 4);
      g.fillStyle(0xbfe6ff, 0.65);
      for (let i = 0; i < 5; i++) {
        const side = Math.floor(rng.next() * 4);
        const a = 2 + rng.range(0, TILE - 8);
        const len = rng.range(2, 5);
        if (side === 0) g.fillTriangle(x + a, y + 2, x + a + 3, y + 2, x + a + 1.5, y + 2 + len);
        else if (side === 1) g.fillTriangle(x + a, y + TILE - 2, x + a + 3, y + TILE - 2, x + a + 1.5, y + TILE - 2 - len);
        else if (side === 2) g.fillTriangle(x + 2, y + a, x + 2, y + a + 3, x + 2 + len, y + a + 1.5);
        else g.fillTriangle(x + TILE - 2, y + a, x + TILE - 2, y + a + 3, x + TILE - 2 - len, y + a + 1.5);
      }
    } else {
      // Bottles and neon: the glass is gone, stumps and dark stains remain, a few glints.
      g.fillStyle(0x140d0a, 0.55).fillRect(x, y + 3, TILE, TILE - 6);
      for (let i = 0; i < 6; i++) {
        g.fillStyle(i < 4 ? 0x3a2418 : 0xe9f6ff, i < 4 ? 0.8 : 0.7).fillRect(x + rng.range(1, TILE - 3), y + rng.range(4, TILE - 5), i < 4 ? 2 : 1, i < 4 ? 2 : 1);
      }
    }
  }

  draw(world: World): void {
    world.tables.forEach((t, i) => {
      const img = this.tables[i];
      if (!img) return;
      if (!t.tipped) {
        img.setPosition(t.x, t.y).setRotation(0).setScale(1).clearTint();
        return;
      }
      const dx = t.dir === 0 ? 1 : t.dir === 2 ? -1 : 0;
      const dy = t.dir === 1 ? 1 : t.dir === 3 ? -1 : 0;
      img.setPosition(t.x + dx * TIPPED_OFFSET, t.y + dy * TIPPED_OFFSET).setRotation((t.dir + 1) * (Math.PI / 2)).setScale(1, TIPPED_THICKNESS).setTint(TIPPED_TINT);
    });
  }

  destroy(): void {
    for (const t of this.tables) t.destroy();
    this.glass.destroy();
  }
}
