// Door kicks: Use on a closed door bursts it open away from the kicker (walking into a door still
// opens it gently). Whoever stands in its swing on the far side is knocked down.
import { hearNoise } from './ai/ai-hooks';
import { TILE } from './grid';
import { knockDown } from './knockdown';
import { openDoor } from './movement';
import { emit, type Actor, type World } from './world';

/** The door leaf sweeps a quarter circle of this radius (one cell) beyond the door's centre line. */
const SWING_REACH = TILE;
const KICK_LOUDNESS = 200;

export function kickDoor(world: World, index: number, kicker: Actor): void {
  const door = world.level.doors[index]!;
  if (world.doors[index]!.open) return;
  openDoor(world, index, kicker.id, kicker.x, kicker.y);
  const swing = world.doors[index]!.swing;
  const cx = (door.tx + 0.5) * TILE;
  const cy = (door.ty + 0.5) * TILE;
  emit(world, { type: 'doorKick', door: index, by: kicker.id, x: cx, y: cy, swing });
  const actors = world.actors;
  for (let i = 0; i < actors.length; i++) {
    const a = actors[i]!;
    if (!a.alive || a.id === kicker.id) continue;
    // How far past the door's centre line, on the side it swings to.
    const beyond = (door.vertical ? a.x - cx : a.y - cy) * swing;
    if (beyond <= 0) continue;
    const dx = a.x - cx;
    const dy = a.y - cy;
    const reach = SWING_REACH + a.radius;
    if (dx * dx + dy * dy <= reach * reach) knockDown(world, a, kicker.id);
  }
  hearNoise(world, cx, cy, KICK_LOUDNESS, kicker.id);
}
