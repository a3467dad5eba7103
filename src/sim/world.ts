// The world state: everything that affects the future, as plain data (cloneable, hashable).
// The level itself is immutable and shared by reference between a world and its clones.
import { createAiState, type AiState } from './ai/ai-state';
import { ARCHETYPES, type ArchetypeId, type Team } from './archetypes';
import { applyAssists, type RunAssists } from './assists';
import type { SimEvent, Outcome } from './events';
import { newDuelState, type DuelState } from './duel-state';
import { Cell, type ActorSpawn, type LevelData } from './level-data';
import { AS_DOUBLE } from './layout';
import { hashString, mix32 } from './rng';
import { createFocus, type FocusState } from './focus';
import type { Footfall } from './footsteps';
import { createPressBuffer, type PressBuffer } from './input-buffer';
import { createTables, type TableState } from './tables';
import { applyLoadout } from './loadout';
import { createPlayerState, type PlayerState } from './player-state';
import { WEAPONS, type AmmoId, type WeaponId } from './weapons';

export interface Actor {
  readonly id: number;
  readonly arch: ArchetypeId;
  readonly team: Team;
  readonly name: string;
  readonly group: string;
  x: number;
  y: number;
  /** Position at the start of the tick, for drawing in between ticks. */
  px: number;
  py: number;
  vx: number;
  vy: number;
  readonly radius: number;
  hp: number;
  readonly maxHp: number;
  alive: boolean;
  /** Tick of death (-1 while alive). */
  diedTick: number;
  /** Facing and aim, integer angle. */
  aim: number;
  /**
   * Gun in hand, as drawn and as its hits are credited (null: none; El's pistols still up his
   * sleeves). A henchman's one gun; for El the gun of the slot up (world.player holds his arsenal).
   */
  weapon: WeaponId | null;
  /** Rounds in a henchman's gun (what it holds when dropped); El's rounds are in world.player. */
  rounds: number;
  /** Ticks until the gun in hand can fire again (El: or throw a grenade). */
  cooldown: number;
  // Everyone: a shove from a blast or a heavy round, decaying each tick (knockback.ts).
  knockVx: number;
  knockVy: number;
  diveLeft: number;
  diveVx: number;
  diveVy: number;
  /** Ticks of getting up after a dive. */
  recoverLeft: number;
  prevButtons: number;
  /** Tick of the last damage taken (-1: never), for the hit flash and AI. */
  hurtTick: number;
  /** Ticks left lying knocked down (a kicked door or table): the AI does nothing meanwhile. */
  stunLeft: number;
  ai: AiState | null;
}

export interface Bullet {
  readonly id: number;
  readonly owner: number;
  readonly weapon: WeaponId;
  x: number;
  y: number;
  readonly ox: number;
  readonly oy: number;
  readonly vx: number;
  readonly vy: number;
  readonly damage: number;
  /** Bodies it may still pass through (Wildey), and the last body it went through (-1: none). */
  pierce: number;
  lastHit: number;
  /** Pixels travelled so far. */
  travelled: number;
  readonly range: number;
  alive: boolean;
}

export interface Pickup {
  readonly id: number;
  readonly weapon: WeaponId;
  readonly rounds: number;
  readonly x: number;
  readonly y: number;
  alive: boolean;
  /** El's thrown guitar case only: what it holds (case-throw.ts). */
  readonly contents?: CaseContents;
  /** Still in the air from (fromX, fromY): it cannot be taken until `left` reaches 0 (case-throw.ts). */
  readonly flight?: PickupFlight;
}

/** What El's guitar case holds besides the sleeve pistols (PlayerState's fields of the same names). */
export interface CaseContents {
  /** Spare ammo of the types that travel in the case (grenades included). */
  readonly ammo: Readonly<Partial<Record<AmmoId, number>>>;
  /** The magazines of the case guns (sawed-off, Wildey). */
  readonly loaded: Readonly<Partial<Record<WeaponId, readonly number[]>>>;
  /** PlayerState.owned bits of the case guns El had. */
  readonly owned: number;
}

export interface PickupFlight {
  readonly fromX: number;
  readonly fromY: number;
  /** Ticks of world time the flight takes, and how many are left. */
  readonly total: number;
  left: number;
}

/** A thrown grenade: slides with friction, bounces off walls and closed doors, flies over cover. */
export interface Grenade {
  readonly id: number;
  readonly owner: number;
  x: number;
  y: number;
  vx: number;
  vy: number;
  /** Ticks until it explodes. */
  fuse: number;
  alive: boolean;
}

export interface DoorState {
  open: boolean;
  /** Side the door swung toward when opened: +1 or -1 (for drawing). */
  swing: number;
  openedTick: number;
}

export interface RunStats {
  kills: number;
  shotsFired: number;
  shotsHit: number;
  damageTaken: number;
  civiliansHit: number;
}

export interface World {
  readonly level: LevelData;
  readonly seed: number;
  /** Ticks completed. */
  tick: number;
  /** Gameplay PRNG state. */
  rng: number;
  nextId: number;
  playerId: number;
  /** El's arsenal: what he owns, his ammo and magazines, what is up (player-state.ts). */
  player: PlayerState;
  /** Live collision grid: the level's cells plus closed doors. */
  cells: Uint8Array;
  /** In id order; the dead stay (corpses) with alive = false. */
  actors: Actor[];
  bullets: Bullet[];
  pickups: Pickup[];
  grenades: Grenade[];
  /** Parallel to level.doors. */
  doors: DoorState[];
  /** Parallel to level.triggers: -1 waiting, >= 0 ticks until it fires, -2 done. */
  triggers: number[];
  /** Parallel to level.actors: whether that spawn is in the world yet. */
  spawned: boolean[];
  alarm: boolean;
  /** Last tick Bucho's men had El in view or lost a man to him (-1 none yet, -2 shout given: src/sim/ai/shout.ts). */
  lastContactTick: number;
  objective: number;
  /** Ticks since the current objective began (for "survive"). */
  objectiveTicks: number;
  outcome: Outcome | null;
  /** Why a run was lost ("Carolina was killed", "El Mariachi fell"); null while it is not. */
  failure: string | null;
  /** The standoff of the current duel objective (src/sim/duel.ts). */
  duel: DuelState;
  stats: RunStats;
  /** El's bullet-time meter (focus.ts). */
  focus: FocusState;
  /** El's presses waiting to act (input-buffer.ts). */
  presses: PressBuffer;
  /** Parallel to level.tables: where each table is now and whether it was kicked over. */
  tables: TableState[];
  /** Per cell: 1 once a breakable cell (glass) was broken (breakables.ts). */
  broken: Uint8Array;
  /**
   * Fire per cell (src/sim/fire.ts): BurnState, ticks of fuel left, and smoke density 0..255.
   * A burning cell's fuel is written lazily: read it only after settleFuel (burning-cells.ts).
   */
  burn: Uint8Array;
  fuel: Uint16Array;
  smoke: Uint8Array;
  /** Cells burning now, and cells holding any smoke: zero means the fire code skips its scans. */
  burningCells: number;
  smokyCells: number;
  /** Parallel to actors: each walker's stride toward his next footfall (footsteps.ts). */
  footfalls: Footfall[];
  /** Spawned during the current tick; joined after the update pass (deferred spawn). */
  pendingBullets: Bullet[];
  pendingPickups: Pickup[];
  pendingGrenades: Grenade[];
  pendingActors: Actor[];
  /** What happened in the last tick (output only: not hashed, not read by rules). */
  events: SimEvent[];
  /** The run's assists (assists.ts); absent when none is on, so an unassisted world hashes as before. */
  assists?: RunAssists;
}

export function makeActor(world: World, arch: ArchetypeId, x: number, y: number, facing: number, spawn: ActorSpawn | null, spawnIndex: number): Actor {
  const def = ARCHETYPES[arch];
  if (!def) throw new Error(`unknown archetype "${arch}"`);
  const isPlayer = def.team === 'player';
  // El's pistols start up his sleeves (null in hand) and slide out on the first trigger pull.
  const weapon = isPlayer ? null : def.weapon;
  const mag = def.weapon ? WEAPONS[def.weapon].magazine : 0;
  const a: Actor = {
    id: world.nextId++,
    arch,
    team: def.team,
    name: spawn?.name ?? '',
    group: spawn?.group ?? '',
    x: AS_DOUBLE, y: AS_DOUBLE, px: AS_DOUBLE, py: AS_DOUBLE, vx: AS_DOUBLE, vy: AS_DOUBLE,
    radius: def.radius,
    hp: def.hp,
    maxHp: def.hp,
    alive: true,
    diedTick: -1,
    aim: facing,
    weapon,
    rounds: isPlayer ? 0 : Math.min(def.rounds, mag),
    cooldown: 0,
    knockVx: AS_DOUBLE,
    knockVy: AS_DOUBLE,
    diveLeft: 0,
    diveVx: AS_DOUBLE,
    diveVy: AS_DOUBLE,
    recoverLeft: 0,
    prevButtons: 0,
    hurtTick: -1,
    stunLeft: 0,
    ai: spawn && !isPlayer ? createAiState(spawnIndex, spawn) : null,
  };
  // The real values of the fields laid out as doubles above (layout.ts).
  a.x = x;
  a.y = y;
  a.px = x;
  a.py = y;
  a.vx = 0;
  a.vy = 0;
  a.knockVx = 0;
  a.knockVy = 0;
  a.diveVx = 0;
  a.diveVy = 0;
  return a;
}

/** A gun lying on the floor (one of the level's, or dropped): x and y laid out as doubles (layout.ts). */
export function newPickup(id: number, weapon: WeaponId, rounds: number, x: number, y: number): Pickup {
  const p: { -readonly [K in keyof Pickup]: Pickup[K] } = { id, weapon, rounds, x: AS_DOUBLE, y: AS_DOUBLE, alive: true };
  p.x = x;
  p.y = y;
  return p;
}

/** A fresh world for a level and a run seed (any integer), with the run's assists if any. */
export function createWorld(level: LevelData, seed: number, assists?: RunAssists): World {
  const world: World = {
    level,
    seed: seed | 0,
    tick: 0,
    // A fraction first, so V8 lays this field out as a double from the first world on (half the
    // generator's states do not fit a small integer: the first such world would re-shape every
    // world and throw away the optimised code that reads one). The real state is set just below.
    rng: 0.5,
    nextId: 1,
    playerId: 0,
    player: createPlayerState(),
    cells: level.cells.slice(),
    actors: [],
    bullets: [],
    pickups: [],
    grenades: [],
    doors: [],
    triggers: [],
    spawned: [],
    alarm: false,
    lastContactTick: -1,
    objective: 0,
    objectiveTicks: 0,
    outcome: null,
    failure: null,
    duel: newDuelState(),
    stats: { kills: 0, shotsFired: 0, shotsHit: 0, damageTaken: 0, civiliansHit: 0 },
    focus: createFocus(),
    presses: createPressBuffer(),
    tables: createTables(level),
    broken: new Uint8Array(level.width * level.height),
    burn: new Uint8Array(level.width * level.height),
    fuel: new Uint16Array(level.width * level.height),
    smoke: new Uint8Array(level.width * level.height),
    burningCells: 0,
    smokyCells: 0,
    footfalls: [],
    pendingBullets: [],
    pendingPickups: [],
    pendingGrenades: [],
    pendingActors: [],
    events: [],
  };
  world.rng = mix32(hashString(level.id) ^ mix32(seed | 0));
  // Pushed, not .map(): V8 makes .map()'s array packed when interpreted but holey once the
  // optimising compiler inlines it, and every function that had read the one kind is thrown away
  // when the other comes (each batch thread once, mid-batch).
  for (let i = 0; i < level.doors.length; i++) world.doors.push({ open: false, swing: 1, openedTick: -1 });
  for (let i = 0; i < level.triggers.length; i++) world.triggers.push(-1);
  for (const a of level.actors) world.spawned.push(!a.dormant);
  for (const d of level.doors) world.cells[d.ty * level.width + d.tx] = Cell.DoorClosed;
  const p = level.player;
  const player = makeActor(world, 'mariachi', p.x, p.y, p.facing, null, -1);
  world.playerId = player.id;
  world.actors.push(player);
  applyLoadout(world.player, level.loadout);
  for (const p of level.pickups ?? []) world.pickups.push(newPickup(world.nextId++, p.weapon, p.rounds, p.x, p.y));
  level.actors.forEach((spawn, i) => {
    if (!spawn.dormant) world.actors.push(makeActor(world, spawn.archetype, spawn.x, spawn.y, spawn.facing, spawn, i));
  });
  applyAssists(world, assists);
  return world;
}

/** El Mariachi (always actors[0]: he is created first and actors stay in id order). */
export function playerOf(world: World): Actor {
  return world.actors[0]!;
}

export function actorById(world: World, id: number): Actor | undefined {
  // Ids ascend with index, so a binary search finds any actor without a map.
  const list = world.actors;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const a = list[mid]!;
    if (a.id === id) return a;
    if (a.id < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

export function emit(world: World, e: SimEvent): void {
  world.events.push(e);
}
