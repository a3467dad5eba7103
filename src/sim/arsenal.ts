// El's guns: choosing a slot, firing, reloading and throwing grenades. What he has is world.player
// (player-state.ts); what each gun does is its weapon row. Slots: 1 sleeve pistols, 2 sawed-off
// (two barrels, a fan of pellets each), 3 scoped Wildey (piercing magnum), 4 whatever he picked up
// (a henchman's gun, Campa's or Quino's case). Switch cycles what he owns. Presses that cannot act
// yet are kept a few ticks (input-buffer.ts); each action consumes its own.
import { fireBullet } from './combat';
import { throwGrenade } from './grenades';
import { aimDistPx, Button, slotOf, type TickInput } from './input';
import { consumePress } from './input-buffer';
import { shotLine, type ShotLine } from './muzzle';
import type { PlayerState } from './player-state';
import { Slot, slotBit, slotCount, weaponInSlot } from './slots';
import { SLEEVE_DRAW_TICKS, STEADY_TICKS, WEAPONS, type WeaponDef, type WeaponId } from './weapons';
import { AS_DOUBLE } from './layout';
import { emit, type Actor, type World } from './world';

/** Ticks before a gun just taken in hand can fire. */
const READY_TICKS = 8;
// Scratch, written before it is read; its coordinates laid out as doubles (layout.ts).
const line: ShotLine = { x: AS_DOUBLE, y: AS_DOUBLE, angle: 0 };

/** Whether El has something in that slot (a case gun stays his when empty: it clicks). */
export function ownsSlot(p: PlayerState, slot: number): boolean {
  if (slot === Slot.Carried) return p.carried !== null;
  return slot >= 0 && slot < 31 && (p.owned & slotBit(slot)) !== 0;
}

/** One tick of El's weapons, after his move. `pressed`: buttons down this tick but not the last. */
export function updateArsenal(world: World, a: Actor, input: TickInput, pressed: number): void {
  const p = world.player;
  if (a.cooldown > 0) a.cooldown--;
  if (p.drawLeft > 0) p.drawLeft--;
  if (pressed & Button.Throw) {
    // Out of grenades the press is dropped; mid-dive or between shots it waits.
    if (p.ammo.grenade === 0) consumePress(world.presses, Button.Throw);
    else if (a.cooldown === 0 && a.diveLeft === 0) {
      consumePress(world.presses, Button.Throw);
      p.ammo.grenade--;
      a.cooldown = WEAPONS.grenade.cooldown;
      throwGrenade(world, a);
    }
  }
  if (!chooseSlot(world, a, input.buttons, pressed)) return;
  if (p.reloadLeft > 0) {
    // A second Reload changes nothing; a Fire press made near the end fires once it is done.
    consumePress(world.presses, Button.Reload);
    p.reloadLeft--;
    if (p.reloadLeft === 0) finishReload(world, a);
    return;
  }
  // Pistols still sliding out cannot be reloaded yet: the press waits for them.
  if (pressed & Button.Reload && p.drawLeft === 0) {
    consumePress(world.presses, Button.Reload);
    if (canReload(p, a.weapon)) {
      startReload(world, a);
      return;
    }
  }
  const fire = (input.buttons | pressed) & Button.Fire;
  if (!fire || a.cooldown > 0 || p.drawLeft > 0) return;
  consumePress(world.presses, Button.Fire);
  const aimPx = aimDistPx(input);
  if (p.slot === Slot.Carried) fireCarried(world, a, pressed, aimPx);
  else fireOwnGun(world, a, pressed, aimPx);
}

/**
 * Extra spread for El's next round (fireBullet adds it to the gun's): the first shot after
 * STEADY_TICKS without firing goes exactly where he aims; rapid fire spreads. A fan of pellets
 * always spreads. Marks the shot's tick.
 */
function steadiness(world: World, weapon: WeaponId): number {
  const p = world.player;
  const def = WEAPONS[weapon];
  const steady = p.lastShotTick < 0 || world.tick - p.lastShotTick >= STEADY_TICKS;
  p.lastShotTick = world.tick;
  return steady && (def.pellets ?? 1) === 1 ? -def.spread : 0;
}

/** Handles slot requests and Switch; false while the pistols are still up the sleeves. */
function chooseSlot(world: World, a: Actor, buttons: number, pressed: number): boolean {
  const p = world.player;
  const want = slotOf(buttons) - 1;
  if (a.weapon === null) {
    // The pistols start up the sleeves: the first trigger pull (or a switch) slides them out.
    if (pressed & (Button.Fire | Button.Switch) || want === Slot.Sleeves) {
      consumePress(world.presses, Button.Fire);
      selectSlot(world, a, Slot.Sleeves);
    }
    else if (want > 0 && ownsSlot(p, want)) selectSlot(world, a, want);
    return false;
  }
  if (want >= 0 && want !== p.slot && ownsSlot(p, want)) {
    selectSlot(world, a, want);
  } else if (pressed & Button.Switch) {
    const count = slotCount();
    for (let i = 1; i < count; i++) {
      const next = (p.slot + i) % count;
      if (ownsSlot(p, next)) {
        selectSlot(world, a, next);
        break;
      }
    }
  }
  return true;
}

/** Takes the slot's gun in hand (cancelling a reload); guns up the sleeves take a moment to slide out. */
export function selectSlot(world: World, a: Actor, slot: number): void {
  const p = world.player;
  p.slot = slot;
  p.reloadLeft = 0;
  a.weapon = weaponInSlot(p, slot);
  if (a.weapon !== null && WEAPONS[a.weapon].sleeves) {
    p.drawLeft = SLEEVE_DRAW_TICKS;
    emit(world, { type: 'draw', actor: a.id });
  } else {
    // Another gun in hand: the pistols stop sliding out (their draw must not hold this one back).
    p.drawLeft = 0;
    a.cooldown = Math.max(a.cooldown, READY_TICKS);
  }
  if (a.weapon) emit(world, { type: 'switch', actor: a.id, weapon: a.weapon });
}

/** Whether a reload of El's gun in hand would load anything: spares of its ammo and room in a magazine. */
function canReload(p: PlayerState, weapon: WeaponId | null): boolean {
  // A gun off the floor comes with what it holds.
  if (weapon === null || p.slot === Slot.Carried) return false;
  const def = WEAPONS[weapon];
  const mags = p.loaded[weapon];
  if (def.ammo === undefined || !mags || p.ammo[def.ammo] === 0) return false;
  for (let i = 0; i < mags.length; i++) if (mags[i]! < def.magazine) return true;
  return false;
}

function startReload(world: World, a: Actor): void {
  const weapon = a.weapon!;
  world.player.reloadLeft = WEAPONS[weapon].reloadTicks;
  emit(world, { type: 'reload', actor: a.id, weapon, done: false });
}

/** Fills each magazine in turn (a pair: left, then right; the sawed-off: both barrels at once) from the spares. */
function finishReload(world: World, a: Actor): void {
  const p = world.player;
  const weapon = a.weapon!;
  const def = WEAPONS[weapon];
  const mags = p.loaded[weapon];
  if (mags && def.ammo !== undefined) {
    for (let i = 0; i < mags.length; i++) {
      const n = Math.min(def.magazine - mags[i]!, p.ammo[def.ammo]);
      mags[i] = mags[i]! + n;
      p.ammo[def.ammo] -= n;
    }
  }
  emit(world, { type: 'reload', actor: a.id, weapon, done: true });
}

/**
 * One of El's own guns (sleeves or case). A pair fires in turn, each gun converging on the aim
 * point, an empty one skipped; a single gun fires from its muzzle (the sawed-off one barrel per
 * shot, `hand` = barrel). Empty: click, then reload if there are spares.
 */
function fireOwnGun(world: World, a: Actor, pressed: number, aimPx: number): void {
  const p = world.player;
  const weapon = a.weapon!;
  const def = WEAPONS[weapon];
  const mags = p.loaded[weapon]!;
  let hand = def.dual ? p.hand : 0;
  if (mags[hand] === 0 && def.dual) hand = 1 - hand;
  if (mags[hand] === 0) {
    if (pressed & Button.Fire) {
      emit(world, { type: 'dryFire', actor: a.id, weapon });
      if (canReload(p, weapon)) startReload(world, a);
    }
    return;
  }
  const barrel = def.perBarrel ? def.magazine - mags[hand]! : hand;
  mags[hand] = mags[hand]! - 1;
  if (def.dual) p.hand = 1 - hand;
  a.cooldown = def.cooldown;
  shotLine(world, a, def.dual ? hand * 2 - 1 : 0, aimPx, line);
  fireBullet(world, a, weapon, line.x, line.y, line.angle, steadiness(world, weapon), barrel);
}

/** A gun off the floor fires until empty, then clicks (as in the film, often at once). */
function fireCarried(world: World, a: Actor, pressed: number, aimPx: number): void {
  const p = world.player;
  const weapon = p.carried!;
  if (p.carriedRounds === 0) {
    if (pressed & Button.Fire) emit(world, { type: 'dryFire', actor: a.id, weapon });
    return;
  }
  p.carriedRounds--;
  const def: WeaponDef = WEAPONS[weapon];
  a.cooldown = def.cooldown;
  // Campa's case: two barrels side by side, firing in turn.
  const hand = def.dual ? p.hand : 0;
  if (def.dual) p.hand = 1 - p.hand;
  shotLine(world, a, def.dual ? hand * 2 - 1 : 0, aimPx, line);
  fireBullet(world, a, weapon, line.x, line.y, line.angle, steadiness(world, weapon), hand);
}
