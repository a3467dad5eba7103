// Observations: what an agent sees each step, as fixed-size arrays of numbers (no rendering).
// Rows are padded with zeros up to the configured maximum and a count says how many are real,
// so every observation of an env has the same shape and maps straight onto numpy arrays.
import {
  ARCHETYPE_IDS, ARCHETYPES, cellAt, clearSight, loadedIn, magazinesOf, newTraceHit, playerOf, TILE, WEAPON_IDS,
  type Actor, type WeaponId, type World,
} from '../../sim';

export const PLAYER_FIELDS = [
  'x', 'y', 'vx', 'vy', 'hp', 'aim', 'weapon', 'slot', 'magL', 'magR', 'reserve', 'carried', 'carriedRounds', 'diving', 'reloading',
  'shells', 'shellReserve', 'wildeyRounds', 'wildeyReserve', 'grenades',
] as const;
export const ACTOR_FIELDS = ['dx', 'dy', 'team', 'archetype', 'hp', 'alive', 'aim', 'visible'] as const;
export const BULLET_FIELDS = ['dx', 'dy', 'vx', 'vy', 'hostile'] as const;
export const PICKUP_FIELDS = ['dx', 'dy', 'weapon', 'rounds'] as const;
export const GRENADE_FIELDS = ['dx', 'dy', 'vx', 'vy', 'fuse'] as const;

/** Codes used in the arrays; 0 is always "nothing" (padding rows are all zeros). */
export const TEAM_LABELS = ['none', 'enemy', 'civilian', 'player', 'ally'] as const;
export const ARCHETYPE_LABELS = ['none', ...ARCHETYPE_IDS] as readonly string[];
export const WEAPON_LABELS = ['none', ...WEAPON_IDS] as readonly string[];
/** Cell classes in the grid (src/sim/level-data.ts Cell); outside the map reads as wall. */
export const CELL_LABELS = ['floor', 'wall', 'cover', 'void', 'doorClosed'] as const;

export interface ObservationOptions {
  /** The grid is (2r+1) x (2r+1) cells centred on El's cell. Default 7. */
  readonly gridRadius?: number;
  /** Nearest other actors listed (the living first, then the dead). Default 16. */
  readonly maxActors?: number;
  /** Nearest bullets listed. Default 16. */
  readonly maxBullets?: number;
  /** Nearest guns lying on the floor listed. Default 4. */
  readonly maxPickups?: number;
  /** Nearest grenades in flight or at rest listed. Default 4. */
  readonly maxGrenades?: number;
}

export type ResolvedObservationOptions = Required<ObservationOptions>;

export const OBSERVATION_DEFAULTS: ResolvedObservationOptions = { gridRadius: 7, maxActors: 16, maxBullets: 16, maxPickups: 4, maxGrenades: 4 };

export interface Observation {
  /** PLAYER_FIELDS, absolute pixels for x and y. */
  player: number[];
  /** maxActors rows of ACTOR_FIELDS (dx, dy relative to El in pixels). */
  actors: number[][];
  actorCount: number;
  /** maxBullets rows of BULLET_FIELDS. */
  bullets: number[][];
  bulletCount: number;
  /** maxPickups rows of PICKUP_FIELDS. */
  pickups: number[][];
  pickupCount: number;
  /** maxGrenades rows of GRENADE_FIELDS (fuse: ticks until it goes off). */
  grenades: number[][];
  grenadeCount: number;
  /** (2r+1) rows of (2r+1) CELL_LABELS codes; row 0 is north, El's cell is grid[r][r]. */
  grid: number[][];
  /** Ticks played. */
  tick: number;
  /** Index of the current objective (= the number of objectives once cleared). */
  objective: number;
  /** Enemies alive plus those not yet spawned. */
  enemiesLeft: number;
}

const TEAM_CODE: Readonly<Record<string, number>> = { enemy: 1, civilian: 2, player: 3 };
const ARCH_CODE = new Map(ARCHETYPE_IDS.map((id, i) => [id, i + 1]));
const WEAPON_CODE = new Map<WeaponId, number>(WEAPON_IDS.map((id, i) => [id, i + 1]));
const weaponCode = (w: WeaponId | null): number => (w === null ? 0 : WEAPON_CODE.get(w)!);

const zeros = (rows: number, cols: number): number[][] => Array.from({ length: rows }, () => new Array<number>(cols).fill(0));

interface Near<T> {
  item: T;
  d2: number;
}

/** The `max` items nearest to (x, y), nearest first (ties keep list order). */
function nearest<T extends { x: number; y: number }>(list: readonly T[], x: number, y: number, max: number, keep: (t: T) => boolean, rank: (t: T) => number = () => 0): T[] {
  if (max === 0) return [];
  const near: Near<T>[] = [];
  for (const item of list) {
    if (!keep(item)) continue;
    const dx = item.x - x;
    const dy = item.y - y;
    near.push({ item, d2: dx * dx + dy * dy + rank(item) });
  }
  near.sort((a, b) => a.d2 - b.d2);
  return near.slice(0, max).map((n) => n.item);
}

/** Builds observations for one configuration; keeps a trace scratch, nothing else. */
export class Observer {
  private readonly hit = newTraceHit();

  constructor(readonly options: ResolvedObservationOptions) {}

  observe(world: World): Observation {
    const { gridRadius: r, maxActors, maxBullets, maxPickups, maxGrenades } = this.options;
    const el = playerOf(world);
    const p = world.player;
    const [magL, magR] = magazinesOf(p, 'sleevePistols');
    const player = [
      el.x, el.y, el.vx, el.vy, el.hp, el.aim, weaponCode(el.weapon), p.slot, magL ?? 0, magR ?? 0, p.ammo.pistolRound,
      weaponCode(p.carried), p.carriedRounds, el.diveLeft > 0 ? 1 : 0, p.reloadLeft > 0 ? 1 : 0,
      loadedIn(p, 'sawedOff'), p.ammo.shell, loadedIn(p, 'wildey'), p.ammo.magnumRound, p.ammo.grenade,
    ];

    // The dead rank after every living actor (a corpse is farther than any distance in a map).
    const others = nearest(world.actors, el.x, el.y, maxActors, (a) => a !== el, (a) => (a.alive ? 0 : 1e12));
    const actors = zeros(maxActors, ACTOR_FIELDS.length);
    others.forEach((a: Actor, i) => {
      const row = actors[i]!;
      row[0] = a.x - el.x;
      row[1] = a.y - el.y;
      row[2] = TEAM_CODE[a.team] ?? 0;
      row[3] = ARCH_CODE.get(a.arch) ?? 0;
      row[4] = a.hp;
      row[5] = a.alive ? 1 : 0;
      row[6] = a.aim;
      row[7] = clearSight(world, el.x, el.y, a.x, a.y, this.hit) ? 1 : 0;
    });

    const shots = nearest(world.bullets, el.x, el.y, maxBullets, (b) => b.alive);
    const bullets = zeros(maxBullets, BULLET_FIELDS.length);
    shots.forEach((b, i) => {
      const row = bullets[i]!;
      row[0] = b.x - el.x;
      row[1] = b.y - el.y;
      row[2] = b.vx;
      row[3] = b.vy;
      row[4] = b.owner === world.playerId ? 0 : 1;
    });

    const guns = nearest(world.pickups, el.x, el.y, maxPickups, (p) => p.alive);
    const pickups = zeros(maxPickups, PICKUP_FIELDS.length);
    guns.forEach((p, i) => {
      const row = pickups[i]!;
      row[0] = p.x - el.x;
      row[1] = p.y - el.y;
      row[2] = weaponCode(p.weapon);
      row[3] = p.rounds;
    });

    const live = nearest(world.grenades, el.x, el.y, maxGrenades, (g) => g.alive);
    const grenades = zeros(maxGrenades, GRENADE_FIELDS.length);
    live.forEach((g, i) => {
      const row = grenades[i]!;
      row[0] = g.x - el.x;
      row[1] = g.y - el.y;
      row[2] = g.vx;
      row[3] = g.vy;
      row[4] = g.fuse;
    });

    const cx = Math.floor(el.x / TILE);
    const cy = Math.floor(el.y / TILE);
    const grid: number[][] = [];
    for (let dy = -r; dy <= r; dy++) {
      const row: number[] = [];
      for (let dx = -r; dx <= r; dx++) row.push(cellAt(world, cx + dx, cy + dy));
      grid.push(row);
    }

    return {
      player,
      actors,
      actorCount: others.length,
      bullets,
      bulletCount: shots.length,
      pickups,
      pickupCount: guns.length,
      grenades,
      grenadeCount: live.length,
      grid,
      tick: world.tick,
      objective: world.objective,
      enemiesLeft: enemiesLeft(world),
    };
  }
}

export function enemiesLeft(world: World): number {
  let n = 0;
  for (const a of world.actors) if (a.alive && a.team === 'enemy') n++;
  world.level.actors.forEach((spawn, i) => {
    if (!world.spawned[i] && ARCHETYPES[spawn.archetype]?.team === 'enemy') n++;
  });
  return n;
}
