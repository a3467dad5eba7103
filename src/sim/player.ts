// El Mariachi: movement, the dive, the sleeve pistols and a gun picked up off the floor.
import { ARCHETYPES } from './archetypes';
import { DIVE_TICKS, dropWeapon, fireBullet } from './combat';
import { Button, MOVE_MAX, slotOf, type TickInput } from './input';
import { cosA, distSq, sinA } from './math';
import { kickDoor } from './door-kick';
import { moveActor } from './movement';
import { kickTable, tableInReach } from './tables';
import { landDive } from './void';
import { TILE } from './grid';
import { SLEEVE_DRAW_TICKS, WEAPONS } from './weapons';
import { emit, type Actor, type World } from './world';

const SPEED = ARCHETYPES.mariachi!.speed;
/** Fraction of the gap to the wanted velocity closed each tick: quick, but not weightless. */
const ACCEL = 0.3;
export const DIVE_SPEED = 3.6;
/** Each tick of a dive keeps this much of its speed: a leap that slides to a stop. */
export const DIVE_DRAG = 0.965;
const RECOVER_TICKS = 10;
const RECOVER_SPEED_FACTOR = 0.35;
/** The muzzle sits ahead of the body and, for the sleeve pistols, to the side of each hand. */
const MUZZLE_AHEAD = 9;
const HAND_OFFSET = 4;
const USE_RANGE = 18;

export function updatePlayer(world: World, a: Actor, input: TickInput): void {
  const pressed = input.buttons & ~a.prevButtons;
  a.prevButtons = input.buttons;
  a.aim = input.aim;
  move(world, a, input, pressed);
  weapons(world, a, input, pressed);
  if (pressed & Button.Use) use(world, a);
}

function move(world: World, a: Actor, input: TickInput, pressed: number): void {
  let mx = input.moveX / MOVE_MAX;
  let my = input.moveY / MOVE_MAX;
  const len2 = mx * mx + my * my;
  if (len2 > 1) {
    const len = Math.sqrt(len2);
    mx /= len;
    my /= len;
  }
  if (a.diveLeft === 0 && a.recoverLeft === 0 && pressed & Button.Dive) {
    // Dive where the stick points; standing still, dive toward the aim.
    let dx = mx;
    let dy = my;
    if (len2 === 0) {
      dx = cosA(a.aim);
      dy = sinA(a.aim);
    } else if (len2 < 1) {
      const len = Math.sqrt(len2);
      dx /= len;
      dy /= len;
    }
    a.diveLeft = DIVE_TICKS;
    a.diveVx = dx * DIVE_SPEED;
    a.diveVy = dy * DIVE_SPEED;
    emit(world, { type: 'dive', actor: a.id, angle: a.aim });
  }
  const airborne = a.diveLeft > 0;
  if (airborne) {
    a.vx = a.diveVx;
    a.vy = a.diveVy;
    a.diveVx *= DIVE_DRAG;
    a.diveVy *= DIVE_DRAG;
    a.diveLeft--;
    if (a.diveLeft === 0) a.recoverLeft = RECOVER_TICKS;
  } else {
    const top = a.recoverLeft > 0 ? SPEED * RECOVER_SPEED_FACTOR : SPEED;
    if (a.recoverLeft > 0) a.recoverLeft--;
    a.vx += (mx * top - a.vx) * ACCEL;
    a.vy += (my * top - a.vy) * ACCEL;
    if (a.vx * a.vx + a.vy * a.vy < 1e-4) {
      a.vx = 0;
      a.vy = 0;
    }
  }
  if (a.vx !== 0 || a.vy !== 0) {
    const blocked = moveActor(world, a, a.vx, a.vy, airborne);
    // A dive into a wall ends in a heap against it.
    if (blocked && a.diveLeft > 0) {
      a.diveVx *= 0.5;
      a.diveVy *= 0.5;
    }
  }
  if (airborne && a.diveLeft === 0) landDive(world, a);
}

function weapons(world: World, a: Actor, input: TickInput, pressed: number): void {
  if (a.cooldown > 0) a.cooldown--;
  if (a.drawLeft > 0) a.drawLeft--;
  const slot = slotOf(input.buttons);
  if (a.weapon === null) {
    // The pistols start up the sleeves: the first trigger pull (or a switch) slides them out.
    if (pressed & (Button.Fire | Button.Switch) || slot === 1) selectSlot(world, a, 0);
    else if (slot === 2 && a.carried) selectSlot(world, a, 1);
    return;
  }
  if (slot === 1 && a.slot !== 0) selectSlot(world, a, 0);
  else if (slot === 2 && a.slot !== 1 && a.carried) selectSlot(world, a, 1);
  else if (pressed & Button.Switch) {
    if (a.slot === 0 && a.carried) selectSlot(world, a, 1);
    else if (a.slot === 1) selectSlot(world, a, 0);
  }
  if (a.reloadLeft > 0) {
    a.reloadLeft--;
    if (a.reloadLeft === 0) finishReload(world, a);
    return;
  }
  const mag = WEAPONS.sleevePistols.magazine;
  const sleeves = a.slot === 0;
  if (sleeves && pressed & Button.Reload && a.reserve > 0 && (a.magL < mag || a.magR < mag)) {
    startReload(world, a);
    return;
  }
  if (!(input.buttons & Button.Fire) || a.cooldown > 0 || a.drawLeft > 0) return;
  if (sleeves) fireSleeves(world, a, pressed);
  else fireCarried(world, a, pressed);
}

function selectSlot(world: World, a: Actor, slot: number): void {
  a.slot = slot;
  a.reloadLeft = 0;
  if (slot === 0) {
    a.weapon = 'sleevePistols';
    a.drawLeft = SLEEVE_DRAW_TICKS;
    emit(world, { type: 'draw', actor: a.id });
  } else {
    a.weapon = a.carried;
    a.cooldown = Math.max(a.cooldown, 8);
  }
  emit(world, { type: 'switch', actor: a.id, weapon: a.weapon! });
}

function startReload(world: World, a: Actor): void {
  a.reloadLeft = WEAPONS.sleevePistols.reloadTicks;
  emit(world, { type: 'reload', actor: a.id, weapon: 'sleevePistols', done: false });
}

function finishReload(world: World, a: Actor): void {
  const mag = WEAPONS.sleevePistols.magazine;
  const l = Math.min(mag - a.magL, a.reserve);
  a.magL += l;
  a.reserve -= l;
  const r = Math.min(mag - a.magR, a.reserve);
  a.magR += r;
  a.reserve -= r;
  emit(world, { type: 'reload', actor: a.id, weapon: 'sleevePistols', done: true });
}

function muzzle(a: Actor, side: number): { x: number; y: number } {
  const cx = cosA(a.aim);
  const sy = sinA(a.aim);
  // Perpendicular to the aim, to the left (-1) or right (+1) hand.
  return { x: a.x + cx * MUZZLE_AHEAD - sy * HAND_OFFSET * side, y: a.y + sy * MUZZLE_AHEAD + cx * HAND_OFFSET * side };
}

/** The two pistols fire in turn; an empty one is skipped; both empty: click, then reload. */
function fireSleeves(world: World, a: Actor, pressed: number): void {
  let hand = a.hand;
  if ((hand === 0 ? a.magL : a.magR) === 0) hand = 1 - hand;
  if ((hand === 0 ? a.magL : a.magR) === 0) {
    if (pressed & Button.Fire) {
      emit(world, { type: 'dryFire', actor: a.id, weapon: 'sleevePistols' });
      if (a.reserve > 0) startReload(world, a);
    }
    return;
  }
  if (hand === 0) a.magL--;
  else a.magR--;
  a.hand = 1 - hand;
  a.cooldown = WEAPONS.sleevePistols.cooldown;
  const m = muzzle(a, hand === 0 ? -1 : 1);
  fireBullet(world, a, 'sleevePistols', m.x, m.y, a.aim, 0, hand);
}

function fireCarried(world: World, a: Actor, pressed: number): void {
  const weapon = a.carried!;
  if (a.carriedRounds === 0) {
    // As in the film, a gun off the floor is often empty: it clicks.
    if (pressed & Button.Fire) emit(world, { type: 'dryFire', actor: a.id, weapon });
    return;
  }
  a.carriedRounds--;
  a.cooldown = WEAPONS[weapon].cooldown;
  const m = muzzle(a, 0);
  fireBullet(world, a, weapon, m.x, m.y, a.aim, 0, 0);
}

/** Use: pick up the nearest gun in reach (dropping the one carried), else kick a door, else a table in reach. */
function use(world: World, a: Actor): void {
  let best = -1;
  let bestD = USE_RANGE * USE_RANGE;
  for (let i = 0; i < world.pickups.length; i++) {
    const p = world.pickups[i]!;
    if (!p.alive) continue;
    const d = distSq(a.x, a.y, p.x, p.y);
    if (d <= bestD) {
      bestD = d;
      best = i;
    }
  }
  if (best >= 0) {
    const p = world.pickups[best]!;
    p.alive = false;
    if (a.carried) dropWeapon(world, a.carried, a.carriedRounds, a.x, a.y);
    a.carried = p.weapon;
    a.carriedRounds = p.rounds;
    emit(world, { type: 'pickup', actor: a.id, pickup: p.id, weapon: p.weapon, rounds: p.rounds });
    selectSlot(world, a, 1);
    return;
  }
  const doors = world.level.doors;
  for (let i = 0; i < doors.length; i++) {
    const d = doors[i]!;
    if (world.doors[i]!.open || d.hidden) continue;
    const cx = (d.tx + 0.5) * TILE;
    const cy = (d.ty + 0.5) * TILE;
    if (distSq(a.x, a.y, cx, cy) <= (USE_RANGE + TILE / 2) * (USE_RANGE + TILE / 2)) {
      kickDoor(world, i, a);
      return;
    }
  }
  const table = tableInReach(world, a.x, a.y, USE_RANGE + TILE / 2);
  if (table >= 0) kickTable(world, table, a);
}
