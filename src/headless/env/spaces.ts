// The action and observation spaces as plain, JSON-serialisable data, after Gymnasium's
// Box / Discrete / MultiBinary / Dict. A Box's low and high are a number for every element, or an
// array per field (the last axis) that broadcasts over the other axes.
import { ARCHETYPES, GRENADE_FUSE, SLEEVE_RESERVE, TILE, WEAPONS, type LevelData } from '../../sim';
import { ACTION_FIELDS, ACTION_RANGES, BUTTON_MASK, BUTTON_NAMES, SLOT_COUNT } from './action';
import {
  ACTOR_FIELDS, ARCHETYPE_LABELS, BULLET_FIELDS, CELL_LABELS, GRENADE_FIELDS, PICKUP_FIELDS, PLAYER_FIELDS, TEAM_LABELS, WEAPON_LABELS,
  type ResolvedObservationOptions,
} from './observation';

export interface BoxSpace {
  type: 'box';
  shape: number[];
  low: number | number[];
  high: number | number[];
  dtype: 'int' | 'float';
  /** Names along the last axis. */
  fields?: string[];
  note?: string;
}
export interface DiscreteSpace {
  type: 'discrete';
  /** Values 0..n-1. */
  n: number;
  labels?: string[];
}
export interface MultiBinarySpace {
  type: 'multibinary';
  n: number;
  labels: string[];
  note?: string;
}
export interface DictSpace {
  type: 'dict';
  spaces: Record<string, Space>;
}
export type Space = BoxSpace | DiscreteSpace | MultiBinarySpace | DictSpace;

const box = (lo: number, hi: number, dtype: 'int' | 'float' = 'int'): BoxSpace => ({ type: 'box', shape: [], low: lo, high: hi, dtype });

export function actionSpace(): Space {
  return {
    type: 'dict',
    spaces: {
      moveX: box(...ACTION_RANGES.moveX),
      moveY: box(...ACTION_RANGES.moveY),
      aim: { ...box(...ACTION_RANGES.aim), note: '1/4096 turn, 0 = east, clockwise on screen (1024 = south)' },
      buttons: {
        type: 'multibinary',
        n: BUTTON_NAMES.length,
        labels: [...BUTTON_NAMES],
        note: `seven 0/1 flags in label order, or their bitmask 0..${BUTTON_MASK} (fire 1, dive 2, reload 4, use 8, switch 16, focus 32, throw 64)`,
      },
      slot: { type: 'discrete', n: SLOT_COUNT, labels: ['none', 'sleevePistols', 'sawedOff', 'wildey', 'carried', 'reserved5', 'reserved6', 'reserved7'] },
      aimDist: { ...box(...ACTION_RANGES.aimDist), note: 'optional: the aim point\'s distance in 4 px steps (default 40 = 160 px); the sleeve pistols converge there' },
    },
  };
}

/** The same action as one int array [moveX, moveY, aim, buttons (bitmask), slot, aimDist] (aimDist may be left off). */
export function flatActionSpace(): Space {
  return {
    type: 'box',
    shape: [ACTION_FIELDS.length],
    low: ACTION_FIELDS.map((f) => ACTION_RANGES[f][0]),
    high: ACTION_FIELDS.map((f) => ACTION_RANGES[f][1]),
    dtype: 'int',
    fields: [...ACTION_FIELDS],
  };
}

/** Bounds the observation never leaves on this level with these options. */
export function observationSpace(level: LevelData, o: ResolvedObservationOptions, maxTicks: number): Space {
  const w = level.width * TILE;
  const h = level.height * TILE;
  const d = Math.max(w, h);
  const hp = Math.max(...Object.values(ARCHETYPES).map((a) => a.hp));
  const mag = Math.max(...Object.values(WEAPONS).map((x) => x.magazine));
  const bullet = Math.max(...Object.values(WEAPONS).map((x) => x.bulletSpeed));
  // El's speed never exceeds the start of a dive (3.6 px/tick).
  const v = 4;
  const weapons = WEAPON_LABELS.length - 1;
  const enemies = level.actors.filter((a) => ARCHETYPES[a.archetype]?.team === 'enemy').length;
  const side = 2 * o.gridRadius + 1;
  const spare = (total: number, magazine: number): number => Math.max(0, total - magazine);
  // A gun placed in the map may hold more than a magazine.
  const rounds = Math.max(mag, ...(level.pickups ?? []).map((p) => p.rounds));
  // A throw adds half of El's own speed to the grenade's.
  const grenadeSpeed = WEAPONS.grenade.bulletSpeed + v / 2;
  const grenadeMax = level.loadout.grenades + (level.pickups ?? []).reduce((n, p) => n + (p.weapon === 'grenade' ? p.rounds : 0), 0);
  const table = (rows: number, fields: readonly string[], low: number[], high: number[]): BoxSpace => ({
    type: 'box', shape: [rows, fields.length], low, high, dtype: 'float', fields: [...fields],
  });
  return {
    type: 'dict',
    spaces: {
      player: {
        type: 'box',
        shape: [PLAYER_FIELDS.length],
        //      x  y   vx  vy  hp  aim   weapon   slot magL magR reserve        carried  carriedRounds diving reloading
        //      shells shellReserve wildeyRounds wildeyReserve grenades (spares: whatever the level's loadout gave)
        low: [0, 0, -v, -v, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
        high: [w, h, v, v, hp, 4095, weapons, 3, mag, mag, SLEEVE_RESERVE, weapons, rounds, 1, 1,
          WEAPONS.sawedOff.magazine, spare(level.loadout.sawedOff, WEAPONS.sawedOff.magazine),
          WEAPONS.wildey.magazine, spare(level.loadout.wildey, WEAPONS.wildey.magazine), grenadeMax],
        dtype: 'float',
        fields: [...PLAYER_FIELDS],
        note: `weapon and carried: ${WEAPON_LABELS.map((l, i) => `${i} ${l}`).join(', ')} (weapon 0: the pistols are still up the sleeves); slot 0 sleeve pistols, 1 sawed-off, 2 Wildey, 3 carried gun or case`,
      },
      actors: {
        ...table(o.maxActors, ACTOR_FIELDS, [-d, -d, 0, 0, 0, 0, 0, 0], [d, d, TEAM_LABELS.length - 1, ARCHETYPE_LABELS.length - 1, hp, 1, 4095, 1]),
        note: `nearest other actors, the living first; team: ${TEAM_LABELS.map((l, i) => `${i} ${l}`).join(', ')}; archetype: ${ARCHETYPE_LABELS.map((l, i) => `${i} ${l}`).join(', ')}; visible: clear line of sight from El`,
      },
      actorCount: { type: 'discrete', n: o.maxActors + 1 },
      bullets: {
        ...table(o.maxBullets, BULLET_FIELDS, [-d, -d, -bullet, -bullet, 0], [d, d, bullet, bullet, 1]),
        note: 'nearest bullets in flight; vx, vy in px/tick; hostile: not fired by El',
      },
      bulletCount: { type: 'discrete', n: o.maxBullets + 1 },
      pickups: {
        ...table(o.maxPickups, PICKUP_FIELDS, [-d, -d, 0, 0], [d, d, weapons, rounds]),
        note: 'nearest guns on the floor (Use picks one up); weapon codes as for the player',
      },
      pickupCount: { type: 'discrete', n: o.maxPickups + 1 },
      grenades: {
        ...table(o.maxGrenades, GRENADE_FIELDS, [-d, -d, -grenadeSpeed, -grenadeSpeed, 0], [d, d, grenadeSpeed, grenadeSpeed, GRENADE_FUSE]),
        note: 'nearest grenades (thrown by El; they bounce off walls and slide to a stop); fuse: ticks until the blast',
      },
      grenadeCount: { type: 'discrete', n: o.maxGrenades + 1 },
      grid: {
        type: 'box',
        shape: [side, side],
        low: 0,
        high: CELL_LABELS.length - 1,
        dtype: 'int',
        note: `cells around El's (grid[r][r]), row 0 north; ${CELL_LABELS.map((l, i) => `${i} ${l}`).join(', ')}; outside the map reads as wall`,
      },
      tick: box(0, maxTicks),
      objective: { type: 'discrete', n: level.objectives.length + 1 },
      enemiesLeft: box(0, enemies),
    },
  };
}
