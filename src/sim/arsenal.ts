// El's guitar case: choosing a slot, firing, reloading and throwing grenades. Slots: 1 sleeve
// pistols, 2 sawed-off (two barrels, a fan of pellets each), 3 scoped Wildey (piercing magnum),
// 4 whatever he picked up (a henchman's gun, Campa's or Quino's case). Switch cycles what he owns.
import { fireBullet } from './combat';
import { throwGrenade } from './grenades';
import { Button, slotOf, type TickInput } from './input';
import { cosA, sinA } from './math';
import { Slot, SLOT_COUNT, slotBit, weaponInSlot } from './slots';
import { SLEEVE_DRAW_TICKS, WEAPONS } from './weapons';
import { emit, type Actor, type World } from './world';

/** The muzzle sits ahead of the body and, for two guns, to the side of each hand. */
const MUZZLE_AHEAD = 9;
const HAND_OFFSET = 4;
/** Ticks before a gun just taken in hand can fire. */
const READY_TICKS = 8;

/** Whether El has something in that slot (a case gun stays his when empty: it clicks). */
export function ownsSlot(a: Actor, slot: number): boolean {
  if (slot === Slot.Carried) return a.carried !== null;
  return slot >= 0 && slot < SLOT_COUNT && (a.owned & slotBit(slot)) !== 0;
}

/** One tick of El's weapons, after his move. `pressed`: buttons down this tick but not the last. */
export function updateArsenal(world: World, a: Actor, input: TickInput, pressed: number): void {
  if (a.cooldown > 0) a.cooldown--;
  if (a.drawLeft > 0) a.drawLeft--;
  if (pressed & Button.Throw && a.grenades > 0 && a.cooldown === 0 && a.diveLeft === 0) {
    a.grenades--;
    a.cooldown = WEAPONS.grenade.cooldown;
    throwGrenade(world, a);
  }
  if (!chooseSlot(world, a, input.buttons, pressed)) return;
  if (a.reloadLeft > 0) {
    a.reloadLeft--;
    if (a.reloadLeft === 0) finishReload(world, a);
    return;
  }
  if (pressed & Button.Reload && canReload(a)) {
    startReload(world, a);
    return;
  }
  if (!(input.buttons & Button.Fire) || a.cooldown > 0 || a.drawLeft > 0) return;
  if (a.slot === Slot.Sleeves) fireSleeves(world, a, pressed);
  else if (a.slot === Slot.Carried) fireCarried(world, a, pressed);
  else fireCaseGun(world, a, pressed);
}

/** Handles slot requests and Switch; false while the pistols are still up the sleeves. */
function chooseSlot(world: World, a: Actor, buttons: number, pressed: number): boolean {
  const want = slotOf(buttons) - 1;
  if (a.weapon === null) {
    // The pistols start up the sleeves: the first trigger pull (or a switch) slides them out.
    if (pressed & (Button.Fire | Button.Switch) || want === Slot.Sleeves) selectSlot(world, a, Slot.Sleeves);
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
  const m = muzzle(a, 0);
  fireBullet(world, a, weapon, m.x, m.y, a.aim, 0, barrel);
}

/** A gun off the floor fires until empty, then clicks (as in the film, often at once). */
function fireCarried(world: World, a: Actor, pressed: number): void {
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
  const m = muzzle(a, def.dual ? hand * 2 - 1 : 0);
  fireBullet(world, a, weapon, m.x, m.y, a.aim, 0, hand);
}
