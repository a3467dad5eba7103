// The guitar case thrown across a rooftop gap (trigger action `throwCase`): everything in it (the
// sawed-off, the Wildey and their rounds, the grenades) leaves El, flies to the far roof and lands
// there as a pickup; Use gives it all back. The sleeve pistols and a gun off the floor stay with him.
import { selectSlot } from './arsenal';
import { Slot, slotBit } from './slots';
import { WEAPONS } from './weapons';
import { emit, playerOf, type Actor, type CaseContents, type Pickup, type World } from './world';

/** Pixels per tick of world time the case covers in the air; the flight is clamped to these ticks. */
const CASE_SPEED = 4;
const FLIGHT_MIN = 12;
const FLIGHT_MAX = 60;

const CASE_GUNS = slotBit(Slot.SawedOff) | slotBit(Slot.Wildey);

/** What El's case holds now (nothing once thrown). */
export function caseContents(a: Actor): CaseContents {
  return {
    shells: a.shells,
    shellReserve: a.shellReserve,
    wildeyRounds: a.wildeyRounds,
    wildeyReserve: a.wildeyReserve,
    grenades: a.grenades,
    owned: a.owned & CASE_GUNS,
  };
}

function isEmpty(c: CaseContents): boolean {
  return c.owned === 0 && c.grenades === 0;
}

/**
 * El throws the case to land at (x, y). Nothing happens if he is dead or it is empty (thrown
 * already, or a level without a loadout). A case gun in hand gives way to the sleeve pistols.
 */
export function throwCase(world: World, x: number, y: number): void {
  const el = playerOf(world);
  if (!el.alive) return;
  const contents = caseContents(el);
  if (isEmpty(contents)) return;
  el.shells = 0;
  el.shellReserve = 0;
  el.wildeyRounds = 0;
  el.wildeyReserve = 0;
  el.grenades = 0;
  el.owned &= ~CASE_GUNS;
  if (el.weapon !== null && (el.slot === Slot.SawedOff || el.slot === Slot.Wildey)) selectSlot(world, el, Slot.Sleeves);
  const dx = x - el.x;
  const dy = y - el.y;
  const ticks = Math.max(FLIGHT_MIN, Math.min(FLIGHT_MAX, Math.round(Math.sqrt(dx * dx + dy * dy) / CASE_SPEED)));
  const id = world.nextId++;
  const pickup: Pickup = {
    id, weapon: 'guitarCase', rounds: 0, x, y, alive: true, contents,
    flight: { fromX: el.x, fromY: el.y, total: ticks, left: ticks },
  };
  world.pendingPickups.push(pickup);
  emit(world, { type: 'caseThrow', actor: el.id, pickup: id, x: el.x, y: el.y, tx: x, ty: y, ticks });
}

/** Whether a pickup lies on the floor (not still in the air). */
export function landed(p: Pickup): boolean {
  return p.flight === undefined || p.flight.left === 0;
}

/** One tick of world time for whatever is in the air: it lands when its flight is over. */
export function updateFlights(world: World): void {
  const list = world.pickups;
  for (let i = 0; i < list.length; i++) {
    const p = list[i]!;
    if (!p.alive || p.flight === undefined || p.flight.left === 0) continue;
    p.flight.left--;
    if (p.flight.left === 0) emit(world, { type: 'caseLand', pickup: p.id, x: p.x, y: p.y });
  }
}

/** El takes his case back: its guns and rounds are his again (added to whatever he has). */
export function takeCase(a: Actor, c: CaseContents): void {
  // Loaded rounds stay loaded; any beyond a full barrel or magazine go to the spares.
  const shells = a.shells + c.shells;
  a.shells = Math.min(shells, WEAPONS.sawedOff.magazine);
  a.shellReserve += c.shellReserve + shells - a.shells;
  const rounds = a.wildeyRounds + c.wildeyRounds;
  a.wildeyRounds = Math.min(rounds, WEAPONS.wildey.magazine);
  a.wildeyReserve += c.wildeyReserve + rounds - a.wildeyRounds;
  a.grenades += c.grenades;
  a.owned |= c.owned;
}
