// El as the older tests see him: his body (playerOf) with his arsenal (world.player) read and
// written under the names the fields had when they lived on the body (magL, shells, grenades...).
// Test-only: lets the behaviour tests keep their wording while the state lives where it belongs.
import { playerOf, type Actor, type World } from '../../src/sim';

export interface ElView extends Actor {
  magL: number;
  magR: number;
  reserve: number;
  shells: number;
  shellReserve: number;
  wildeyRounds: number;
  wildeyReserve: number;
  grenades: number;
  owned: number;
  slot: number;
  carried: World['player']['carried'];
  carriedRounds: number;
  hand: number;
  reloadLeft: number;
  drawLeft: number;
  lastShotTick: number;
}

type Field = { get: (w: World) => unknown; set: (w: World, v: never) => void };

const mag = (weapon: 'sleevePistols' | 'sawedOff' | 'wildey', i: number): Field => ({
  get: (w) => w.player.loaded[weapon]![i],
  set: (w, v: number) => { w.player.loaded[weapon]![i] = v; },
});
const ammo = (type: 'pistolRound' | 'shell' | 'magnumRound' | 'grenade'): Field => ({
  get: (w) => w.player.ammo[type],
  set: (w, v: number) => { w.player.ammo[type] = v; },
});
const own = (key: 'owned' | 'slot' | 'carried' | 'carriedRounds' | 'hand' | 'reloadLeft' | 'drawLeft' | 'lastShotTick'): Field => ({
  get: (w) => w.player[key],
  set: (w, v: never) => { (w.player as unknown as Record<string, unknown>)[key] = v; },
});

const FIELDS: Readonly<Record<string, Field>> = {
  magL: mag('sleevePistols', 0), magR: mag('sleevePistols', 1), reserve: ammo('pistolRound'),
  shells: mag('sawedOff', 0), shellReserve: ammo('shell'),
  wildeyRounds: mag('wildey', 0), wildeyReserve: ammo('magnumRound'), grenades: ammo('grenade'),
  owned: own('owned'), slot: own('slot'), carried: own('carried'), carriedRounds: own('carriedRounds'),
  hand: own('hand'), reloadLeft: own('reloadLeft'), drawLeft: own('drawLeft'), lastShotTick: own('lastShotTick'),
};

/** El's body and arsenal as one object; reads and writes go straight to the world. */
export function elView(world: World): ElView {
  const body = playerOf(world);
  return new Proxy(body, {
    get: (target, key) => (typeof key === 'string' && key in FIELDS ? FIELDS[key]!.get(world) : Reflect.get(target, key)),
    set: (target, key, value) => {
      if (typeof key === 'string' && key in FIELDS) FIELDS[key]!.set(world, value as never);
      else Reflect.set(target, key, value);
      return true;
    },
  }) as ElView;
}
