// Simulation events -> sounds. Pure: the caller passes where things are and
// a `play` function, so this runs (and is tested) without any audio.
// Sounds are placed by distance and x offset from the listener; pitch
// varies a little per event, derived from the event's own fields so a
// replay sounds exactly the same.
import type { Material, SimEvent, WeaponId } from '../sim';
import { ARSENAL_SOUND, NO_CASING } from './arsenal-sounds';
import { CASE_SOUND } from './case-sounds';
import type { SoundName } from './sound-bank';

export interface SoundLookup {
  readonly listenerX: number;
  readonly listenerY: number;
  actorPos(id: number): { x: number; y: number } | null;
  actorTeam(id: number): 'player' | 'enemy' | 'civilian' | 'ally' | null;
}

export interface PlayOpts {
  readonly volume: number;
  readonly pan: number;
  readonly rate: number;
}

export type PlayFn = (name: SoundName, opts: PlayOpts) => void;

/** Hearing ranges in px: quiet sounds die out at a screen's width, gunshots carry across the map. */
export const RANGE = { small: 400, death: 600, shout: 900, gun: 1400 } as const;
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

const GUN_SOUND: Readonly<Record<WeaponId, SoundName>> = {
  sleevePistols: 'sleevePistol',
  pistol: 'pistol',
  revolver: 'revolver',
  deagle: 'deagle',
  // Until the arsenal has its own sounds, the nearest existing gun stands in (see arsenal-sounds.ts).
  sawedOff: 'deagle',
  wildey: 'deagle',
  campaCase: 'pistol',
  quinoCase: 'deagle',
  knife: 'knifeWhoosh',
  grenade: 'pistol', // never fired: thrown (ARSENAL_SOUND)
  guitarCase: 'pistol', // never fired: thrown (CASE_SOUND)
};

/**
 * The props' events (focus, tables, glass, door kicks) and the sound each plays: stand-ins for now,
 * one place to re-point at glassShatter / tableCrash / doorKick / focusIn / focusOut once they exist.
 */
export const PROP_SOUND = {
  shatter: 'glassBreak',
  tableKick: 'impactWood',
  tableStop: 'impactWood',
  doorKick: 'door',
  knockdown: 'land',
  focusStart: 'dive',
  focusEnd: 'sleeveDraw',
} as const satisfies Record<string, SoundName>;

const IMPACT_SOUND = new Map<Material, SoundName>([[STONE, 'impactStone'], [WOOD, 'impactWood'], [GLASS, 'impactGlass'], [METAL, 'impactMetal']]);

/** State carried between ticks (one call = one tick). */
export interface EventSoundMemo {
  tick: number;
  lastAlert: number;
}

export function createEventSoundMemo(): EventSoundMemo {
  return { tick: 0, lastAlert: -Infinity };
}

const sharedMemo = createEventSoundMemo();

/** Volume (0..1) and pan (-1..1) for a sound at (x, y) heard from (lx, ly). */
export function spatial(lx: number, ly: number, x: number, y: number, range: number): { volume: number; pan: number } {
  const d = Math.max(0, Math.sqrt((x - lx) * (x - lx) + (y - ly) * (y - ly)) - NEAR);
  const f = Math.max(0, 1 - d / (range - NEAR));
  const pan = Math.max(-PAN_MAX, Math.min(PAN_MAX, ((x - lx) / PAN_WIDTH) * PAN_MAX));
  return { volume: f * f, pan };
}

/** Footstep sound for the floor under a walker; alternate `step` 0/1 for left/right feet. */
export function footstepSound(material: Material, step: number): SoundName {
  const wood = material === WOOD || material === METAL;
  const foot = (step & 1) === 0 ? 0 : 1;
  return wood ? (foot === 0 ? 'footWood0' : 'footWood1') : foot === 0 ? 'footSand0' : 'footSand1';
}

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
  let ignited = false;
  const pickedUp = new Set(events.flatMap((e) => (e.type === 'pickup' ? [e.actor] : [])));

  events.forEach((e, i) => {
    switch (e.type) {
      case 'shot':
        at(GUN_SOUND[e.weapon], e.x, e.y, RANGE.gun, rateFrom(0.03, e.x, e.y, e.angle, e.hand, e.actor));
        // Automatics throw a case (revolvers keep theirs); the sound itself starts a beat late.
        if (!NO_CASING.has(e.weapon)) at('casing', e.x, e.y, RANGE.small, rateFrom(0.08, e.y, e.x, e.angle), 0.7);
        break;
      case 'dryFire':
        byActor('dryFire', e.actor, RANGE.small, rateFrom(0.03, e.actor, i));
        break;
      case 'reload':
        byActor(e.done ? 'reloadDone' : 'reloadStart', e.actor, RANGE.small, 1);
        break;
      case 'draw':
        byActor('sleeveDraw', e.actor, RANGE.small, rateFrom(0.04, e.actor, tick));
        break;
      case 'switch':
        // Sleeve pistols have their own 'draw'; a pickup already rattled.
        if (e.weapon !== 'sleevePistols' && !pickedUp.has(e.actor)) byActor('pickup', e.actor, RANGE.small, 1.1, 0.6);
        break;
      case 'dive':
        byActor('dive', e.actor, RANGE.small, rateFrom(0.05, e.actor, e.angle));
        break;
      case 'hit':
        at('impactFlesh', e.x, e.y, RANGE.small, rateFrom(0.08, e.x, e.y, e.target, e.hp));
        if (lookup.actorTeam(e.target) === 'player') play('hurt', { volume: 1, pan: 0, rate: 1 });
        break;
      case 'impact': {
        const name = IMPACT_SOUND.get(e.material);
        if (name) at(name, e.x, e.y, RANGE.small, rateFrom(0.08, e.x, e.y, e.material));
        break;
      }
      case 'death':
        at('death', e.x, e.y, RANGE.death, rateFrom(0.06, e.actor, e.x, e.y));
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
        // Stand-ins until the art branch's car sounds are wired: metal on impact, low and heavy.
        at('impactMetal', e.x, e.y, RANGE.death, 0.6);
        break;
      case 'duelCue':
        // The target's hand goes to his gun (a stand-in for a proper sting).
        byActor('sleeveDraw', e.target, RANGE.shout, 0.8);
        break;
      case 'shatter':
        at(PROP_SOUND.shatter, e.x, e.y, RANGE.death, rateFrom(0.1, e.tx, e.ty));
        break;
      case 'tableKick':
        at(PROP_SOUND.tableKick, e.x, e.y, RANGE.death, 0.6 * rateFrom(0.05, e.table), 1.4);
        break;
      case 'tableStop':
        at(PROP_SOUND.tableStop, e.x, e.y, RANGE.small, 0.7, 0.8);
        break;
      case 'doorKick':
        // Louder and lower than a door pushed open: a bang that carries.
        at(PROP_SOUND.doorKick, e.x, e.y, RANGE.death, 0.75, 1.6);
        at('impactWood', e.x, e.y, RANGE.small, 0.6);
        break;
      case 'knockdown':
        at(PROP_SOUND.knockdown, e.x, e.y, RANGE.small, rateFrom(0.08, e.actor), 1.2);
        break;
      case 'focusStart':
      case 'focusEnd':
        play(PROP_SOUND[e.type], { volume: 0.9, pan: 0, rate: e.type === 'focusStart' ? 0.55 : 0.8 });
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
      case 'throw': {
        const s = ARSENAL_SOUND.throw;
        at(s.name, e.x, e.y, RANGE.small, s.rate, s.gain);
        break;
      }
      case 'bounce': {
        const s = ARSENAL_SOUND.bounce;
        at(s.name, e.x, e.y, RANGE.small, rateFrom(0.1, e.x, e.y) * s.rate, s.gain);
        break;
      }
      case 'explosion': {
        const s = ARSENAL_SOUND.explosion;
        const d = ARSENAL_SOUND.explosionDebris;
        at(s.name, e.x, e.y, RANGE.gun, rateFrom(0.05, e.x, e.y) * s.rate, s.gain);
        at(d.name, e.x, e.y, RANGE.death, rateFrom(0.1, e.y, e.x) * d.rate, d.gain);
        break;
      }
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
        // alarm, spawn, caption, objective, burnOut: silent (the HUD and the crackle loop cover them).
        break;
    }
  });
}
