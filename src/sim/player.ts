// El Mariachi: movement, the dive, and Use (pick up, kick doors and tables). His guns are in arsenal.ts.
import { ARCHETYPES } from './archetypes';
import { assistedAim } from './assists';
import { landed, takeCase } from './case-throw';
import { selectSlot, updateArsenal } from './arsenal';
import { DIVE_TICKS, dropWeapon } from './combat';
import { Button, MOVE_MAX, type TickInput } from './input';
import { bufferPresses, consumePress } from './input-buffer';
import { cosA, distSq, sinA } from './math';
import { kickDoor } from './door-kick';
import { moveByVelocity } from './movement';
import { kickTable, tableInReach } from './tables';
import { landDive } from './void';
import { TILE } from './grid';
import { Slot } from './slots';
import { WEAPONS } from './weapons';
import { emit, type Actor, type World } from './world';

const SPEED = ARCHETYPES.mariachi!.speed;
/** Fraction of the gap to the wanted velocity closed each tick: quick, but not weightless. */
const ACCEL = 0.3;
export const DIVE_SPEED = 3.6;
/** Each tick of a dive keeps this much of its speed: a leap that slides to a stop. */
export const DIVE_DRAG = 0.965;
const RECOVER_TICKS = 10;
const RECOVER_SPEED_FACTOR = 0.35;
const USE_RANGE = 18;

/** One tick of El. Returns whether he took a pickup off the floor (the only way one leaves it). */
export function updatePlayer(world: World, a: Actor, input: TickInput): boolean {
  const fresh = input.buttons & ~a.prevButtons;
  a.prevButtons = input.buttons;
  // Aim assist (assists.ts) may turn the aim a little toward a hostile; otherwise it is the input's.
  a.aim = assistedAim(world, a, input.aim);
  // Presses this tick plus those kept from the last few that could not act yet (input-buffer.ts).
  const pressed = bufferPresses(world.presses, fresh);
  move(world, a, input, pressed);
  updateArsenal(world, a, input, pressed);
  // Use with nothing in reach stays kept: walking up to the gun a moment later still takes it.
  if ((pressed & Button.Use) === 0) return false;
  const used = use(world, a);
  if (used === Used.Nothing) return false;
  consumePress(world.presses, Button.Use);
  return used === Used.Pickup;
}

/** What a Use did. */
const enum Used {
  Nothing,
  Pickup,
  /** Kicked a door or a table. */
  Kick,
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
  // A dive pressed in the air or while getting up is kept and leaps as soon as he is up.
  if (a.diveLeft === 0 && a.recoverLeft === 0 && pressed & Button.Dive) {
    consumePress(world.presses, Button.Dive);
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
    const blocked = moveByVelocity(world, a, airborne);
    // A dive into a wall ends in a heap against it.
    if (blocked && a.diveLeft > 0) {
      a.diveVx *= 0.5;
      a.diveVy *= 0.5;
    }
  }
  if (airborne && a.diveLeft === 0) landDive(world, a);
}

/**
 * Use: pick up the nearest thing in reach (grenades go in the case, his own thrown case gives its
 * guns back; any other gun or case goes in slot 4, dropping the one carried), else kick a door in reach, else kick over a table in reach.
 * Says what it did.
 */
function use(world: World, a: Actor): Used {
  let best = -1;
  let bestD = USE_RANGE * USE_RANGE;
  for (let i = 0; i < world.pickups.length; i++) {
    const p = world.pickups[i]!;
    if (!p.alive || !landed(p)) continue;
    const d = distSq(a.x, a.y, p.x, p.y);
    if (d <= bestD) {
      bestD = d;
      best = i;
    }
  }
  if (best >= 0) {
    const p = world.pickups[best]!;
    p.alive = false;
    emit(world, { type: 'pickup', actor: a.id, pickup: p.id, weapon: p.weapon, rounds: p.rounds });
    const def = WEAPONS[p.weapon];
    const el = world.player;
    if (def.stowed && def.ammo !== undefined) {
      // Grenades go in the case as spares.
      el.ammo[def.ammo] += p.rounds;
      return Used.Pickup;
    }
    if (p.contents) {
      // His own guitar case, thrown ahead: the guns go back in their slots, not in slot 4.
      takeCase(el, p.contents);
      return Used.Pickup;
    }
    if (el.carried) dropWeapon(world, el.carried, el.carriedRounds, a.x, a.y);
    el.carried = p.weapon;
    el.carriedRounds = p.rounds;
    selectSlot(world, a, Slot.Carried);
    return Used.Pickup;
  }
  const doors = world.level.doors;
  for (let i = 0; i < doors.length; i++) {
    const d = doors[i]!;
    if (world.doors[i]!.open || d.hidden) continue;
    const cx = (d.tx + 0.5) * TILE;
    const cy = (d.ty + 0.5) * TILE;
    if (distSq(a.x, a.y, cx, cy) <= (USE_RANGE + TILE / 2) * (USE_RANGE + TILE / 2)) {
      kickDoor(world, i, a);
      return Used.Kick;
    }
  }
  const table = tableInReach(world, a.x, a.y, USE_RANGE + TILE / 2);
  if (table < 0) return Used.Nothing;
  kickTable(world, table, a);
  return Used.Kick;
}
