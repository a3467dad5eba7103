// Who can stand in a level: the player, henchmen and civilians, with their numbers, and the brain
// each one runs (src/sim/ai/brains.ts dispatches on it: no code asks for a team or an id to decide).
import type { WeaponId } from './weapons';

/** 'ally': fights beside El (Campa, Quino, Carolina); enemies shoot at allies too. */
export type Team = 'player' | 'enemy' | 'civilian' | 'ally';

/**
 * The behaviour an actor runs. 'player': none (El is driven by input). 'henchman': Bucho's men
 * (src/sim/ai/henchman.ts). 'navajas': the knife-thrower's wind-up and fans on top of it. 'car': the
 * driven car. 'ally': fights beside El and keeps up with him. 'civilian': flees, cowers, follows El
 * when told to. 'boy': a civilian who wanders and drops where he stands (src/sim/ai/boy.ts).
 */
export type Brain = 'player' | 'henchman' | 'navajas' | 'car' | 'ally' | 'civilian' | 'boy';

export type ArchetypeId =
  | 'mariachi' | 'patron' | 'henchman' | 'gunman' | 'tavo' | 'navajas' | 'bucho' | 'lieutenant'
  | 'rooftopGunman' | 'campa' | 'quino' | 'carolina' | 'boy' | 'bartender' | 'buscemi' | 'civilian';

export interface ArchetypeDef {
  readonly id: ArchetypeId;
  readonly name: string;
  readonly team: Team;
  readonly brain: Brain;
  readonly hp: number;
  /** Collision radius in pixels. */
  readonly radius: number;
  /** Walk speed in pixels per tick. */
  readonly speed: number;
  /** Gun carried (null: unarmed). */
  readonly weapon: WeaponId | null;
  /** Rounds loaded at spawn, which is what the gun holds when dropped. */
  readonly rounds: number;
  /** Sight range in pixels and half-angle of the sight cone in angle units. */
  readonly sightRange: number;
  readonly sightHalfAngle: number;
  /** Ticks before the first shot at a target seen at zero distance; grows with distance. */
  readonly reaction: number;
  /** Extra aim error (angle units, half-width) on top of the weapon's spread. */
  readonly aimError: number;
  /** Seeks low cover when under fire. */
  readonly usesCover: boolean;
  /** Civilians: ticks spent cowering before getting up (min, max; src/sim/ai/modes.ts). */
  readonly cowerTicks?: readonly [number, number];
  /** A vehicle (the car): bodies cannot push it, it rams, it takes no steps (src/sim/ai/car.ts). */
  readonly vehicle?: boolean;
}

const henchmanBase = {
  team: 'enemy', brain: 'henchman', radius: 6, speed: 1.15, sightRange: 230, sightHalfAngle: 700,
  reaction: 18, aimError: 60, usesCover: true,
} as const;

const civilianBase = {
  team: 'civilian', brain: 'civilian', radius: 6, speed: 1.0, weapon: null, rounds: 0, sightRange: 0,
  sightHalfAngle: 0, reaction: 0, aimError: 0, usesCover: false, cowerTicks: [240, 420],
} as const;

/**
 * Every def with all fields present, in one order: V8 then gives all of them one hidden class, so
 * the AI's reads of a def (speed, sightRange, vehicle...) are monomorphic, not a lookup per read.
 * Values are the def's own (cowerTicks stays undefined where it was not given; vehicle false).
 */
function full(d: ArchetypeDef): ArchetypeDef {
  return {
    id: d.id, name: d.name, team: d.team, brain: d.brain, hp: d.hp, radius: d.radius, speed: d.speed,
    weapon: d.weapon, rounds: d.rounds, sightRange: d.sightRange, sightHalfAngle: d.sightHalfAngle,
    reaction: d.reaction, aimError: d.aimError, usesCover: d.usesCover, cowerTicks: d.cowerTicks,
    vehicle: d.vehicle === true,
  };
}

const DEFS: Readonly<Record<ArchetypeId, ArchetypeDef>> = {
  mariachi: {
    id: 'mariachi', name: 'El Mariachi', team: 'player', brain: 'player', hp: 6, radius: 6, speed: 1.7,
    weapon: 'sleevePistols', rounds: 8, sightRange: 0, sightHalfAngle: 0, reaction: 0,
    aimError: 0, usesCover: false,
  },
  patron: { ...henchmanBase, id: 'patron', name: 'Bar patron', hp: 2, weapon: 'pistol', rounds: 4 },
  henchman: { ...henchmanBase, id: 'henchman', name: 'Henchman', hp: 2, weapon: 'pistol', rounds: 5 },
  gunman: {
    ...henchmanBase, id: 'gunman', name: 'Back-room gunman', hp: 3, weapon: 'revolver', rounds: 3,
    reaction: 14, aimError: 45,
  },
  tavo: {
    ...henchmanBase, id: 'tavo', name: 'Tavo', hp: 6, speed: 1.3, weapon: 'deagle', rounds: 7,
    sightRange: 300, sightHalfAngle: 900, reaction: 12, aimError: 35,
  },
  // The cast beyond the bar (numbers are first guesses; each mechanic's owner tunes them).
  navajas: {
    // Tough (seven pistol hits) and quick to start a throw: the wind-up is his only tell.
    ...henchmanBase, brain: 'navajas', id: 'navajas', name: 'Navajas', hp: 14, speed: 1.25, weapon: 'knife', rounds: 99,
    sightRange: 320, sightHalfAngle: 1000, reaction: 10, aimError: 20, usesCover: false,
  },
  bucho: {
    ...henchmanBase, id: 'bucho', name: 'Bucho', hp: 8, speed: 1.1, weapon: 'revolver', rounds: 6,
    sightRange: 300, reaction: 10, aimError: 30,
  },
  // Bucho's second in command drives his car at El: the car and its driver are one actor, its hit
  // points are the car's (the driver dies with them); src/sim/ai/car.ts drives it.
  lieutenant: {
    ...henchmanBase, id: 'lieutenant', name: "Bucho's second in command", hp: 24, radius: 13, speed: 3.0,
    weapon: 'deagle', rounds: 7, sightRange: 320, sightHalfAngle: -1, reaction: 0, aimError: 0, usesCover: false,
    brain: 'car', vehicle: true,
  },
  rooftopGunman: {
    ...henchmanBase, id: 'rooftopGunman', name: 'Rooftop gunman', hp: 3, weapon: 'revolver', rounds: 6,
    sightRange: 320, reaction: 16, aimError: 40, usesCover: false,
  },
  campa: {
    ...henchmanBase, team: 'ally', brain: 'ally', id: 'campa', name: 'Campa', hp: 8, speed: 1.4, weapon: 'campaCase', rounds: 60,
    sightRange: 280, reaction: 10, aimError: 50,
  },
  quino: {
    ...henchmanBase, team: 'ally', brain: 'ally', id: 'quino', name: 'Quino', hp: 8, speed: 1.4, weapon: 'quinoCase', rounds: 4,
    sightRange: 300, reaction: 16, aimError: 30,
  },
  carolina: {
    ...henchmanBase, team: 'ally', brain: 'ally', id: 'carolina', name: 'Carolina', hp: 12, speed: 1.6, weapon: 'pistol', rounds: 7,
    sightRange: 240, reaction: 20, aimError: 70,
  },
  // He drops where he stands rather than running, and stays down longer.
  boy: { ...civilianBase, brain: 'boy', id: 'boy', name: 'The boy', hp: 2, radius: 5, speed: 1.3, cowerTicks: [300, 480] },
  bartender: { ...civilianBase, id: 'bartender', name: 'The bartender', hp: 2 },
  buscemi: { ...civilianBase, id: 'buscemi', name: 'Buscemi', hp: 2 },
  civilian: { ...civilianBase, id: 'civilian', name: 'Townsperson', hp: 2 },
};

export const ARCHETYPE_IDS = Object.keys(DEFS) as readonly ArchetypeId[];

export const ARCHETYPES: Readonly<Record<ArchetypeId, ArchetypeDef>> = Object.fromEntries(
  ARCHETYPE_IDS.map((id) => [id, full(DEFS[id])]),
) as Record<ArchetypeId, ArchetypeDef>;

/** The vehicles' ids: isVehicle compares names (one pointer compare each) instead of two lookups. */
const VEHICLE_IDS: readonly ArchetypeId[] = ARCHETYPE_IDS.filter((id) => DEFS[id].vehicle === true);

/** Whether `id` names an archetype (level files give strings). */
export function isArchetypeId(id: string): id is ArchetypeId {
  return Object.prototype.hasOwnProperty.call(ARCHETYPES, id);
}

/** The car: a vehicle body (no pushing, no footsteps, it rams). One question, asked everywhere. */
export function isVehicle(a: { readonly arch: ArchetypeId }): boolean {
  for (let i = 0; i < VEHICLE_IDS.length; i++) if (a.arch === VEHICLE_IDS[i]) return true;
  return false;
}
