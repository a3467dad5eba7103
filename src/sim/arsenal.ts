// El's guitar case: choosing a slot, firing, reloading and throwing grenades. Slots: 1 sleeve
// pistols, 2 sawed-off (two barrels, a fan of pellets each), 3 scoped Wildey (piercing magnum),
// 4 whatever he picked up (a henchman's gun, Campa's or Quino's case). Switch cycles what he owns.
// Presses that cannot act yet are kept a few ticks (input-buffer.ts); each action consumes its own.
import { fireBullet } from './combat';
import { throwGrenade } from './grenades';
import { aimDistPx, Button, slotOf, type TickInput } from './input';
import { consumePress } from './input-buffer';
import { shotLine, type ShotLine } from './muzzle';
import { Slot, SLOT_COUNT, slotBit, weaponInSlot } from './slots';
import { SLEEVE_DRAW_TICKS, STEADY_TICKS, WEAPONS, type WeaponId } from './weapons';
import { emit, type Actor, type World } from './world';

/** Ticks before a gun just taken in hand can fire. */
const READY_TICKS = 8;
const line: ShotLine = { x: 0, y: 0, angle: 0 };

/** Whether El has something in that slot (a case gun stays his when empty: it clicks). */
export function ownsSlot(a: Actor, slot: number): boolean {
  if (slot === Slot.Carried) return a.carried !== null;
  return slot >= 0 && slot < SLOT_COUNT && (a.owned & slotBit(slot)) !== 0;
}

/** One tick of El's weapons, after his move. `pressed`: buttons down this tick but not the last. */
export function updateArsenal(world: World, a: Actor, input: TickInput, pressed: number): void {
  if (a.cooldown > 0) a.cooldown--;
  if (a.drawLeft > 0) a.drawLeft--;
  if (pressed & Button.Throw) {
    // Out of grenades the press is dropped; mid-dive or between shots it waits.
    if (a.grenades === 0) consumePress(world.presses, Button.Throw);
    else if (a.cooldown === 0 && a.diveLeft === 0) {
      consumePress(world.presses, Button.Throw);
      a.grenades--;
      a.cooldown = WEAPONS.grenade.cooldown;
      throwGrenade(world, a);
    }
  }
  if (!chooseSlot(world, a, input.buttons, pressed)) return;
  if (a.reloadLeft > 0) {
    // A second Reload changes nothing; a Fire press made near the end fires once it is done.
    consumePress(world.presses, Button.Reload);
    a.reloadLeft--;
    if (a.reloadLeft === 0) finishReload(world, a);
    return;
  }
  // Pistols still sliding out cannot be reloaded yet: the press waits for them.
  if (pressed & Button.Reload && a.drawLeft === 0) {
    consumePress(world.presses, Button.Reload);
    if (canReload(a)) {
      startReload(world, a);
      return;
    }
  }
  const fire = (input.buttons | pressed) & Button.Fire;
  if (!fire || a.cooldown > 0 || a.drawLeft > 0) return;
  consumePress(world.presses, Button.Fire);
  const aimPx = aimDistPx(input);
  if (a.slot === Slot.Sleeves) fireSleeves(world, a, pressed, aimPx);
  else if (a.slot === Slot.Carried) fireCarried(world, a, pressed, aimPx);
  else fireCaseGun(world, a, pressed);
}

/**
 * Extra spread for El's next round (fireBullet adds it to the gun's): the first shot after
 * STEADY_TICKS without firing goes exactly where he aims; rapid fire spreads. A fan of pellets
 * always spreads. Marks the shot's tick.
 */
function steadiness(world: World, a: Actor, weapon: WeaponId): number {
  const def = WEAPONS[weapon];
  const steady = a.lastShotTick < 0 || world.tick - a.lastShotTick >= STEADY_TICKS;
  a.lastShotTick = world.tick;
  return steady && (def.pellets ?? 1) === 1 ? -def.spread : 0;
}

/** Handles slot requests and Switch; false while the pistols are still up the sleeves. */
function chooseSlot(world: World, a: Actor, buttons: number, pressed: number): boolean {
  const want = slotOf(buttons) - 1;
  if (a.weapon === null) {
    // The pistols start up the sleeves: the first trigger pull (or a switch) slides them out.
    if (pressed & (Button.Fire | Button.Switch) || want === Slot.Sleeves) {
      consumePress(world.presses, Button.Fire);
      selectSlot(world, a, Slot.Sleeves);
    }
    else if (want > 0 && ownsSlot(a, want)) selectSlot(world, a, want);
    return false;
  }
  if (want >= 0 && want !== a.slot && ownsSlot(a, want)) {
    selectSlot(world, a, want);
  } else if (pressed & Button.Switch) {
    for (let i = 1; i < SLOT_COUNT; i++) {
      const next = (a.slot + i) % SLOT_COUNT;
      if (ownsSlot(a, next)) {
        selectSlot(world, a, next);
        break;
      }
    }
  }
  return true;
}

/** Takes the slot's gun in hand (cancelling a reload); the pistols take a moment to slide out. */
export function selectSlot(world: World, a: Actor, slot: number): void {
  a.slot = slot;
  a.reloadLeft = 0;
  a.weapon = weaponInSlot(a, slot);
  if (slot === Slot.Sleeves) {
    a.drawLeft = SLEEVE_DRAW_TICKS;
    emit(world, { type: 'draw', actor: a.id });
  } else {
    // Another gun in hand: the pistols stop sliding out (their draw must not hold this one back).
    a.drawLeft = 0;
    a.cooldown = Math.max(a.cooldown, READY_TICKS);
  }
  if (a.weapon) emit(world, { type: 'switch', actor: a.id, weapon: a.weapon });
}

function canReload(a: Actor): boolean {
  switch (a.slot) {
    case Slot.Sleeves: {
      const mag = WEAPONS.sleevePistols.magazine;
      return a.reserve > 0 && (a.magL < mag || a.magR < mag);
    }
    case Slot.SawedOff:
      return a.shellReserve > 0 && a.shells < WEAPONS.sawedOff.magazine;
    case Slot.Wildey:
      return a.wildeyReserve > 0 && a.wildeyRounds < WEAPONS.wildey.magazine;
    default:
      return false; // a gun off the floor comes with what it holds
  }
}

function startReload(world: World, a: Actor): void {
  const weapon = a.weapon!;
  a.reloadLeft = WEAPONS[weapon].reloadTicks;
  emit(world, { type: 'reload', actor: a.id, weapon, done: false });
}

function finishReload(world: World, a: Actor): void {
  if (a.slot === Slot.Sleeves) {
    const mag = WEAPONS.sleevePistols.magazine;
    const l = Math.min(mag - a.magL, a.reserve);
    a.magL += l;
    a.reserve -= l;
    const r = Math.min(mag - a.magR, a.reserve);
    a.magR += r;
    a.reserve -= r;
  } else if (a.slot === Slot.SawedOff) {
    // Both barrels at once: break it open, two shells in.
    const n = Math.min(WEAPONS.sawedOff.magazine - a.shells, a.shellReserve);
    a.shells += n;
    a.shellReserve -= n;
  } else if (a.slot === Slot.Wildey) {
    const n = Math.min(WEAPONS.wildey.magazine - a.wildeyRounds, a.wildeyReserve);
    a.wildeyRounds += n;
    a.wildeyReserve -= n;
  }
  emit(world, { type: 'reload', actor: a.id, weapon: a.weapon!, done: true });
}

/** The two pistols fire in turn, each converging on the aim point; an empty one is skipped; both empty: click, then reload. */
function fireSleeves(world: World, a: Actor, pressed: number, aimPx: number): void {
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
  shotLine(world, a, hand === 0 ? -1 : 1, aimPx, line);
  fireBullet(world, a, 'sleevePistols', line.x, line.y, line.angle, steadiness(world, a, 'sleevePistols'), hand);
}

/** The sawed-off (one barrel per shot, `hand` = barrel) and the Wildey; empty: click, then reload. */
function fireCaseGun(world: World, a: Actor, pressed: number): void {
  const shotgun = a.slot === Slot.SawedOff;
  const weapon = shotgun ? 'sawedOff' : 'wildey';
  const loaded = shotgun ? a.shells : a.wildeyRounds;
  if (loaded === 0) {
    if (pressed & Button.Fire) {
      emit(world, { type: 'dryFire', actor: a.id, weapon });
      if (canReload(a)) startReload(world, a);
    }
    return;
  }
  const barrel = shotgun ? WEAPONS.sawedOff.magazine - loaded : 0;
  if (shotgun) a.shells--;
  else a.wildeyRounds--;
  a.cooldown = WEAPONS[weapon].cooldown;
  shotLine(world, a, 0, 0, line);
  fireBullet(world, a, weapon, line.x, line.y, line.angle, steadiness(world, a, weapon), barrel);
}

/** A gun off the floor fires until empty, then clicks (as in the film, often at once). */
function fireCarried(world: World, a: Actor, pressed: number, aimPx: number): void {
  const weapon = a.carried!;
  if (a.carriedRounds === 0) {
    if (pressed & Button.Fire) emit(world, { type: 'dryFire', actor: a.id, weapon });
    return;
  }
  a.carriedRounds--;
  const def = WEAPONS[weapon];
  a.cooldown = def.cooldown;
  // Campa's case: two barrels side by side, firing in turn.
  const hand = def.dual ? a.hand : 0;
  if (def.dual) a.hand = 1 - a.hand;
  shotLine(world, a, def.dual ? hand * 2 - 1 : 0, aimPx, line);
  fireBullet(world, a, weapon, line.x, line.y, line.angle, steadiness(world, a, weapon), hand);
}
