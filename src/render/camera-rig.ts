// The camera: follows El with a little look-ahead toward where he aims, eased so it never jerks,
// clamped to the level and kept from putting El under the HUD (camera-frame.ts), with screen
// shake on top (when the player allows it).
import type Phaser from 'phaser';
import { ANGLE_UNITS, TILE, type Actor, type LevelData } from '../sim';
import type { Box } from '../ui/hud-layout';
import { viewOrigin, type Frame } from './camera-frame';
import { lookOf } from './weapon-looks';

/** The world is drawn at 3x (ART.md): 16 px tiles become 48 screen pixels. */
export const WORLD_ZOOM = 3;
const LOOK_AHEAD = 56;
/** With the scoped Wildey in hand the look-ahead reaches this many times further. */
const SCOPE_REACH = 2.4;
/** Fraction of the way to the scoped (or unscoped) view covered per 60 Hz frame. */
const SCOPE_EASE = 0.08;

export class CameraRig {
  private x = 0;
  private y = 0;
  /** 0 = plain look-ahead, 1 = the Wildey's scope; eased so raising the scope glides. */
  private scope = 0;

  private frame: Frame;

  /** `hud`: the boxes (screen pixels) over the view that El must never be under. */
  constructor(private readonly cam: Phaser.Cameras.Scene2D.Camera, level: LevelData, hud: readonly Box[] = []) {
    cam.setZoom(WORLD_ZOOM);
    cam.setRoundPixels(true);
    // No Phaser bounds: viewOrigin clamps, and may show a margin beyond the level under the HUD.
    cam.removeBounds();
    cam.setBackgroundColor('#0d0b0e');
    this.frame = { levelW: level.width * TILE, levelH: level.height * TILE, viewW: cam.width, viewH: cam.height, zoom: WORLD_ZOOM, hud };
  }

  /** New HUD boxes (the replay viewer hides and shows its panels). */
  setHud(hud: readonly Box[]): void {
    this.frame = { ...this.frame, hud };
  }

  snapTo(a: Actor): void {
    this.x = a.x;
    this.y = a.y;
    this.look(a.x, a.y);
  }

  private look(elX: number, elY: number): void {
    const o = viewOrigin(this.frame, { x: this.x, y: this.y }, { x: elX, y: elY });
    this.cam.centerOn(o.x + this.frame.viewW / WORLD_ZOOM / 2, o.y + this.frame.viewH / WORLD_ZOOM / 2);
  }

  follow(a: Actor, alpha: number, pointer: { x: number; y: number }, gamepad: boolean, deltaMs: number): void {
    const px = a.px + (a.x - a.px) * alpha;
    const py = a.py + (a.y - a.py) * alpha;
    const scoped = a.alive && a.weapon !== null && lookOf(a.weapon).scoped ? 1 : 0;
    this.scope += (scoped - this.scope) * (1 - Math.pow(1 - SCOPE_EASE, deltaMs / 16.667));
    const reach = LOOK_AHEAD * (1 + (SCOPE_REACH - 1) * this.scope);
    let ax: number;
    let ay: number;
    if (gamepad) {
      const r = (a.aim / ANGLE_UNITS) * Math.PI * 2;
      ax = Math.cos(r) * reach * 0.6;
      ay = Math.sin(r) * reach * 0.6;
    } else {
      // Pointer in screen pixels, relative to the screen centre, back into world pixels; through
      // the scope the same pointer offset looks further.
      const gain = 1 + (SCOPE_REACH - 1) * this.scope;
      ax = ((pointer.x - this.cam.width / 2) / WORLD_ZOOM / 3) * gain;
      ay = ((pointer.y - this.cam.height / 2) / WORLD_ZOOM / 3) * gain;
      const len = Math.sqrt(ax * ax + ay * ay);
      if (len > reach) {
        ax *= reach / len;
        ay *= reach / len;
      }
    }
    const ease = 1 - Math.pow(0.88, deltaMs / 16.667);
    this.x += (px + ax - this.x) * ease;
    this.y += (py + ay - this.y) * ease;
    this.look(px, py);
  }

  shake(intensity: number, ms: number): void {
    this.cam.shake(ms, intensity, true);
  }
}
