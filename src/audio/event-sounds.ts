// Simulation events -> sounds. Pure: the caller passes where things are and
// a `play` function, so this runs (and is tested) without any audio.
// Sounds are placed by distance and x offset from the listener; pitch
// varies a little per event, derived from the event's own fields so a
// replay sounds exactly the same.
import type { Material, SimEvent } from '../sim';
import { ARSENAL_SOUND, nearShare } from './arsenal-sounds';
import { CASE_SOUND } from './case-sounds';
import type { SoundName } from './sound-bank';
import { soundOf } from './weapon-sounds';

export interface SoundLookup {
  readonly listenerX: number;
  readonly listenerY: number;
  actorPos(id: number): { x: number; y: number } | null;
  actorTeam(id: number): 'player' | 'enemy' | 'civilian' | 'ally' | null;
  /** Whether the actor is the car (the sim's isVehicle); without it a car is known once it rams. */
  isVehicle?(id: number): boolean;
}

export interface PlayOpts {
  readonly volume: number;
  readonly pan: number;
  readonly rate: number;
}

export type PlayFn = (name: SoundName, opts: PlayOpts) => void;

/** Hearing ranges in px: quiet sounds die out at a screen's width, gunshots carry across the map. */
export const RANGE = { small: 400, death: 600, shout: 900, gun: 1400, blast: 2000 } as const;
/** Within this distance a sound is at full volume. */
const NEAR = 48;
/** X offset (px) at which a sound is panned fully; never hard into one ear. */
const PAN_WIDTH = 360;
const PAN_MAX = 0.85;
const QUIET = 0.02;
/** At most one alert shout per this many ticks (a whole room spotting El shouts once). */
export const ALERT_GAP_TICKS = 20;

// Material values (src/sim/level-data.ts), kept as numbers: only types are imported from the sim.
const STONE = 1 as Material;
const WOOD = 2 as Material;
const GLASS = 3 as Material;
const METAL = 4 as Material;
/** Cell.Void (src/sim/level-data.ts): what a broken window pane becomes. */
const VOID_CELL = 3;

/** The props' events (focus, tables, glass, door kicks, burnt cover falling) and the sound each plays. */
export const PROP_SOUND = {
  /** A window pane; a shelf of bottles or a neon sign losing its glass is `shatterBottles`. */
  shatter: 'glassShatter',
  shatterBottles: 'glassBreak',
  tableKick: 'tableCrash',
  tableStop: 'tableThud',
  doorKick: 'doorKick',
  knockdown: 'bodyThump',
  focusStart: 'focusIn',
  focusEnd: 'focusOut',
  collapse: 'tableCrash',
} as const satisfies Record<string, SoundName>;

/** The duel's events: the standoff, the target's move, and how it ended. */
export const DUEL_SOUND = {
  duelStart: 'duelStandoff',
  duelCue: 'duelCue',
  duelWon: 'duelWin',
  duelEarly: 'duelFoul',
  duelLate: 'duelFoul',
} as const satisfies Record<string, SoundName>;

const IMPACT_SOUND = new Map<Material, SoundName>([[STONE, 'impactStone'], [WOOD, 'impactWood'], [GLASS, 'impactGlass'], [METAL, 'impactMetal']]);

/** State carried between ticks (one call = one tick). */
export interface EventSoundMemo {
  tick: number;
  lastAlert: number;
  /** Actors seen ramming: the car, when the lookup cannot say. */
  readonly vehicles: Set<number>;
}

export function createEventSoundMemo(): EventSoundMemo {
  return { tick: 0, lastAlert: -Infinity, vehicles: new Set() };
}

const sharedMemo = createEventSoundMemo();

/** Volume (0..1) and pan (-1..1) for a sound at (x, y) heard from (lx, ly). */
export function spatial(lx: number, ly: number, x: number, y: number, range: number): { volume: number; pan: number } {
  const d = Math.max(0, Math.sqrt((x - lx) * (x - lx) + (y - ly) * (y - ly)) - NEAR);
  const f = Math.max(0, 1 - d / (range - NEAR));
  const pan = Math.max(-PAN_MAX, Math.min(PAN_MAX, ((x - lx) / PAN_WIDTH) * PAN_MAX));
  return { volume: f * f, pan };
}

/** Per floor material, the left and right footfall: grit for sand and dirt, tile, boards, tin. */
const FOOTSTEP_SOUND = new Map<Material, readonly [SoundName, SoundName]>([
  [STONE, ['footStone0', 'footStone1']],
  [GLASS, ['footStone0', 'footStone1']],
  [WOOD, ['footWood0', 'footWood1']],
  [METAL, ['footMetal0', 'footMetal1']],
]);
const GRIT_STEPS: readonly [SoundName, SoundName] = ['footSand0', 'footSand1'];

/** Footstep sound for the floor under a walker; `foot` 0 is the left, 1 the right (any other number alternates by parity). */
export function footstepSound(material: Material, foot: number): SoundName {
  return (FOOTSTEP_SOUND.get(material) ?? GRIT_STEPS)[foot & 1]!;
}

/** El's footfalls a little louder than everyone else's: he is the one the player listens for. */
const STEP_GAIN = { own: 0.8, other: 0.6 } as const;

/** A stable number in [0, 1) from event fields (no Math.random: replays must sound the same). */
function unit(...values: number[]): number {
  let h = 0x2545f491;
  for (const v of values) {
    h = Math.imul(h ^ (Math.round(v * 8) | 0), 0x9e3779b1);
    h ^= h >>> 15;
  }
  h = Math.imul(h, 0x85ebca6b);
  return ((h ^ (h >>> 13)) >>> 0) / 4294967296;
}

const rateFrom = (spread: number, ...values: number[]): number => 1 + (unit(...values) * 2 - 1) * spread;

export function soundsForEvents(events: readonly SimEvent[], lookup: SoundLookup, play: PlayFn, memo: EventSoundMemo = sharedMemo): void {
  const tick = memo.tick++;
  const at = (name: SoundName, x: number, y: number, range: number, rate: number, gain = 1): void => {
    const s = spatial(lookup.listenerX, lookup.listenerY, x, y, range);
    const volume = s.volume * gain;
    if (volume >= QUIET) play(name, { volume, pan: s.pan, rate });
  };
  const byActor = (name: SoundName, actor: number, range: number, rate: number, gain = 1): void => {
    // An actor already removed is heard where the listener is (it was just there).
    const p = lookup.actorPos(actor) ?? { x: lookup.listenerX, y: lookup.listenerY };
    at(name, p.x, p.y, range, rate, gain);
  };
  const isVehicle = (id: number): boolean => memo.vehicles.has(id) || lookup.isVehicle?.(id) === true;
  /** A blast at (x, y): the near boom and the dull far one crossfaded by distance, rubble only close by. */
  const blast = (x: number, y: number, rate: number, debris: boolean): void => {
    const d = Math.sqrt((x - lookup.listenerX) ** 2 + (y - lookup.listenerY) ** 2);
    const near = nearShare(d);
    const { explosion: n, explosionFar: f, explosionDebris: r } = ARSENAL_SOUND;
    if (near > 0) at(n.name, x, y, RANGE.gun, rate * n.rate, n.gain * near);
    if (near < 1) at(f.name, x, y, RANGE.blast, rate * f.rate, f.gain * (1 - near));
    if (debris) at(r.name, x, y, RANGE.death, rateFrom(0.1, y, x) * r.rate, r.gain);
  };
  let ignited = false;
  // Glass breaking in a blast breaks many cells in one tick: one crash of each kind is enough.
  const shattered = new Set<SoundName>();
  const pickedUp = new Set(events.flatMap((e) => (e.type === 'pickup' ? [e.actor] : [])));

  events.forEach((e, i) => {
    switch (e.type) {
      case 'shot': {
        const gun = soundOf(e.weapon);
        at(gun.shot, e.x, e.y, RANGE.gun, rateFrom(gun.pitchSpread, e.x, e.y, e.angle, e.hand, e.actor));
        // Automatics throw a case (revolvers keep theirs); the sound itself starts a beat late.
        if (gun.casing) at('casing', e.x, e.y, RANGE.small, rateFrom(0.08, e.y, e.x, e.angle), 0.7);
        break;
      }
      case 'dryFire':
        byActor('dryFire', e.actor, RANGE.small, rateFrom(0.03, e.actor, i));
        break;
      case 'reload':
        // The sawed-off breaks open and snaps shut; the rest swap magazines.
        byActor(e.done ? soundOf(e.weapon).reloadDone : soundOf(e.weapon).reloadStart, e.actor, RANGE.small, 1);
        break;
      case 'draw':
        byActor('sleeveDraw', e.actor, RANGE.small, rateFrom(0.04, e.actor, tick));
        break;
      case 'switch': {
        // Sleeve pistols have their own 'draw'; a pickup already rattled.
        // The Wildey comes up to the eye: its scope clicks instead.
        const raise = soundOf(e.weapon).raise;
        if (raise === 'pickup') {
          if (!pickedUp.has(e.actor)) byActor('pickup', e.actor, RANGE.small, 1.1, 0.6);
        } else if (raise !== null) byActor(raise, e.actor, RANGE.small, 1);
        break;
      }
      case 'dive':
        byActor('dive', e.actor, RANGE.small, rateFrom(0.05, e.actor, e.angle));
        break;
      case 'hit':
        // Bullets into the car ring on its body.
        at(isVehicle(e.target) ? 'impactMetal' : 'impactFlesh', e.x, e.y, RANGE.small, rateFrom(0.08, e.x, e.y, e.target, e.hp));
        if (lookup.actorTeam(e.target) === 'player') play('hurt', { volume: 1, pan: 0, rate: 1 });
        break;
      case 'impact': {
        const name = IMPACT_SOUND.get(e.material);
        if (name) at(name, e.x, e.y, RANGE.small, rateFrom(0.08, e.x, e.y, e.material));
        break;
      }
      case 'death':
        if (isVehicle(e.actor)) {
          // The car is wrecked: its tank goes up, the body crumples, the windscreen bursts.
          blast(e.x, e.y, 0.9, false);
          at('carRam', e.x, e.y, RANGE.death, 0.85);
          at(PROP_SOUND.shatter, e.x, e.y, RANGE.death, 0.85, 0.6);
        } else at('death', e.x, e.y, RANGE.death, rateFrom(0.06, e.actor, e.x, e.y));
        break;
      case 'drop':
        at('pickup', e.x, e.y, RANGE.small, 0.85, 0.5);
        break;
      case 'pickup':
        byActor('pickup', e.actor, RANGE.small, rateFrom(0.03, e.pickup));
        break;
      case 'door':
        byActor('door', e.by, RANGE.small * 1.5, rateFrom(0.06, e.door));
        break;
      case 'alert':
        // El's friends do not shout like Bucho's men.
        if (lookup.actorTeam(e.actor) === 'ally') break;
        if (tick - memo.lastAlert >= ALERT_GAP_TICKS) {
          memo.lastAlert = tick;
          // Each enemy's voice has its own pitch.
          at('alertShout', e.x, e.y, RANGE.shout, rateFrom(0.08, e.actor));
        }
        break;
      case 'ram':
        memo.vehicles.add(e.car);
        at('carRam', e.x, e.y, RANGE.death, rateFrom(0.06, e.x, e.y, e.target));
        break;
      case 'duelStart':
      case 'duelCue':
      case 'duelWon':
      case 'duelEarly':
      case 'duelLate':
        // Stings, not sounds in the yard: centred and full, wherever the target stands.
        play(DUEL_SOUND[e.type], { volume: 1, pan: 0, rate: 1 });
        break;
      case 'shatter': {
        const name = e.cell === VOID_CELL ? PROP_SOUND.shatter : PROP_SOUND.shatterBottles;
        if (!shattered.has(name)) at(name, e.x, e.y, RANGE.death, rateFrom(0.1, e.tx, e.ty));
        shattered.add(name);
        break;
      }
      case 'tableKick':
        at(PROP_SOUND.tableKick, e.x, e.y, RANGE.death, rateFrom(0.05, e.table));
        break;
      case 'tableStop':
        at(PROP_SOUND.tableStop, e.x, e.y, RANGE.small, rateFrom(0.05, e.table));
        break;
      case 'doorKick':
        // A bang that carries further than a door pushed open.
        at(PROP_SOUND.doorKick, e.x, e.y, RANGE.shout, rateFrom(0.05, e.door));
        break;
      case 'knockdown':
        at(PROP_SOUND.knockdown, e.x, e.y, RANGE.small, rateFrom(0.08, e.actor));
        break;
      case 'focusStart':
      case 'focusEnd':
        play(PROP_SOUND[e.type], { volume: 1, pan: 0, rate: 1 });
        break;
      case 'burnOut':
        // Burnt-through cover (a table, the counter) falling in on itself; a floor cell just goes out.
        if (e.collapsed) at(PROP_SOUND.collapse, e.tx * 16 + 8, e.ty * 16 + 8, RANGE.small, rateFrom(0.06, e.tx, e.ty) * 0.8, 0.6);
        break;
      case 'windup':
        at('knifeTell', e.x, e.y, RANGE.shout, rateFrom(0.04, e.actor, e.angle));
        break;
      case 'knifeStick':
        at(e.material === WOOD ? 'knifeThunkWood' : 'knifeThunkStone', e.x, e.y, RANGE.small, rateFrom(0.08, e.x, e.y, e.angle));
        break;
      case 'knifeKill':
        at('knifeWhoosh', e.x, e.y, RANGE.small, 0.9);
        at('impactFlesh', e.x, e.y, RANGE.small, 0.9);
        break;
      case 'ignite':
        // A whole zone catches in one tick: one whoomph, at the first cell.
        if (!ignited) at('fireIgnite', e.tx * 16 + 8, e.ty * 16 + 8, RANGE.death, rateFrom(0.08, e.tx, e.ty));
        ignited = true;
        break;
      case 'burn':
        at('sizzle', e.x, e.y, RANGE.small, rateFrom(0.08, e.actor, e.x, e.y));
        break;
      case 'fall':
        byActor('dive', e.actor, RANGE.small, 0.7);
        break;
      case 'footstep': {
        const gain = lookup.actorTeam(e.actor) === 'player' ? STEP_GAIN.own : STEP_GAIN.other;
        at(footstepSound(e.material, e.foot), e.x, e.y, RANGE.small, rateFrom(0.04, e.x, e.y, e.actor), gain);
        break;
      }
      case 'land':
        // The body hits the floor, and the floor answers: both feet scuff down on its material.
        at('land', e.x, e.y, RANGE.small, rateFrom(0.04, e.x, e.y));
        at(footstepSound(e.material, 0), e.x, e.y, RANGE.small, 0.85, STEP_GAIN.own);
        break;
      case 'throw': {
        const s = ARSENAL_SOUND.throw;
        at(s.name, e.x, e.y, RANGE.small, rateFrom(0.05, e.actor, e.angle) * s.rate, s.gain);
        break;
      }
      case 'bounce': {
        const s = ARSENAL_SOUND.bounce;
        at(s.name, e.x, e.y, RANGE.small, rateFrom(0.1, e.x, e.y) * s.rate, s.gain);
        break;
      }
      case 'explosion':
        blast(e.x, e.y, rateFrom(0.05, e.x, e.y), true);
        break;
      case 'caseThrow':
      case 'caseLand': {
        const s = CASE_SOUND[e.type];
        at(s.name, e.x, e.y, RANGE.small, s.rate, s.gain);
        break;
      }
      case 'outcome':
        play(e.outcome === 'cleared' ? 'clearSting' : 'deathSting', { volume: 1, pan: 0, rate: 1 });
        break;
      default:
        // alarm, spawn, caption, objective, failure: silent (the HUD, the alert shouts and the outcome's sting cover them).
        break;
    }
  });
}
