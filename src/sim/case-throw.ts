// The guitar case thrown across a rooftop gap (trigger action `throwCase`): everything in it (the
// sawed-off, the Wildey and their rounds, the grenades) leaves El, flies to the far roof and lands
// there as a pickup; Use gives it all back. The sleeve pistols and a gun off the floor stay with him.
import { selectSlot } from './arsenal';
import { Slot, slotBit } from './slots';
import type { PlayerState } from './player-state';
import { AMMO_IDS, WEAPON_IDS, WEAPONS, type AmmoId, type WeaponId } from './weapons';
import { emit, playerOf, type CaseContents, type Pickup, type World } from './world';

/** Pixels per tick of world time the case covers in the air; the flight is clamped to these ticks. */
const CASE_SPEED = 4;
const FLIGHT_MIN = 12;
const FLIGHT_MAX = 60;

/** El's own guns that travel in the case (not up his sleeves). */
function inCase(id: WeaponId): boolean {
  const def = WEAPONS[id];
  return def.slot !== undefined && !def.sleeves;
}

/** Ammo that travels in the case: every type but the sleeve guns' (their spares are on him). */
function caseAmmo(id: AmmoId): boolean {
  return !WEAPON_IDS.some((w) => WEAPONS[w].sleeves && WEAPONS[w].ammo === id);
}

/** What El's case holds now (nothing once thrown): copies, so El's arsenal and the case never share arrays. */
export function caseContents(p: PlayerState): CaseContents {
  const ammo: Partial<Record<AmmoId, number>> = {};
  for (const id of AMMO_IDS) if (caseAmmo(id)) ammo[id] = p.ammo[id];
  const loaded: Partial<Record<WeaponId, number[]>> = {};
  let owned = 0;
  for (const id of WEAPON_IDS) {
    const mags = p.loaded[id];
    if (!mags || !inCase(id)) continue;
    loaded[id] = mags.slice();
    owned |= p.owned & slotBit(WEAPONS[id].slot!);
  }
  return { ammo, loaded, owned };
}

function isEmpty(c: CaseContents): boolean {
  return c.owned === 0 && AMMO_IDS.every((id) => (c.ammo[id] ?? 0) === 0);
}

/** Empties El's case: its guns are no longer his, their magazines and the case's ammo are gone. */
function emptyCase(p: PlayerState, c: CaseContents): void {
  for (const id of AMMO_IDS) if (c.ammo[id] !== undefined) p.ammo[id] = 0;
  for (const id of WEAPON_IDS) if (c.loaded[id]) p.loaded[id]!.fill(0);
  p.owned &= ~c.owned;
}

/**
 * El throws the case to land at (x, y). Nothing happens if he is dead or it is empty (thrown
 * already, or a level without a loadout). A case gun in hand gives way to the sleeve pistols.
 */
export function throwCase(world: World, x: number, y: number): void {
  const el = playerOf(world);
  const p = world.player;
  if (!el.alive) return;
  const contents = caseContents(p);
  if (isEmpty(contents)) return;
  emptyCase(p, contents);
  if (el.weapon !== null && p.slot !== Slot.Carried && inCase(el.weapon)) selectSlot(world, el, Slot.Sleeves);
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

/**
 * One tick of world time for whatever is in the air: it lands when its flight is over. Returns
 * whether anything is still in the air (the step skips this while nothing is: src/sim/step.ts).
 */
export function updateFlights(world: World): boolean {
  const list = world.pickups;
  let flying = false;
  for (let i = 0; i < list.length; i++) {
    const p = list[i]!;
    if (!p.alive || p.flight === undefined || p.flight.left === 0) continue;
    p.flight.left--;
    if (p.flight.left === 0) emit(world, { type: 'caseLand', pickup: p.id, x: p.x, y: p.y });
    else flying = true;
  }
  return flying;
}

/** El takes his case back: its guns and rounds are his again (added to whatever he has). */
export function takeCase(p: PlayerState, c: CaseContents): void {
  for (const id of WEAPON_IDS) {
    const theirs = c.loaded[id];
    const mine = p.loaded[id];
    if (!theirs || !mine) continue;
    // Loaded rounds stay loaded; any beyond a full barrel or magazine go to the spares.
    const def = WEAPONS[id];
    for (let i = 0; i < mine.length; i++) {
      const sum = mine[i]! + (theirs[i] ?? 0);
      mine[i] = Math.min(sum, def.magazine);
      if (def.ammo !== undefined) p.ammo[def.ammo] += sum - mine[i]!;
    }
  }
  for (const id of AMMO_IDS) p.ammo[id] += c.ammo[id] ?? 0;
  p.owned |= c.owned;
}
