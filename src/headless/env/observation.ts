// Observations: what an agent sees each step, as fixed-size arrays of numbers (no rendering).
// Rows are padded with zeros up to the configured maximum and a count says how many are real,
// so every observation of an env has the same shape and maps straight onto numpy arrays.
import {
  ARCHETYPE_IDS, ARCHETYPES, cellAt, clearSight, loadedIn, magazinesOf, newTraceHit, playerOf, TILE, WEAPON_IDS,
  type WeaponId, type World,
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

/** Where observeInto writes: a Float32Array (the bridge's block) or a Float64Array (exact numbers). */
export type FlatTarget = Float32Array | Float64Array;

/** Numbers in one flat observation with these sizes (flat-observation.ts lays them out by key). */
export function flatLength(o: ResolvedObservationOptions): number {
  const side = 2 * o.gridRadius + 1;
  return PLAYER_FIELDS.length + o.maxActors * ACTOR_FIELDS.length + o.maxBullets * BULLET_FIELDS.length +
    o.maxPickups * PICKUP_FIELDS.length + o.maxGrenades * GRENADE_FIELDS.length + side * side + 7;
}

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

/** `count` numbers of src from `at`, as a plain array (a loop: far cheaper than Array.from on a subarray). */
function numbersOf(src: FlatTarget, at: number, count: number): number[] {
  const out = new Array<number>(count);
  for (let k = 0; k < count; k++) out[k] = src[at + k]!;
  return out;
}

/**
 * Builds observations for one configuration; keeps a trace scratch and one exact flat scratch.
 * observeInto writes the flat numbers (what the bridge sends, with no objects per step);
 * observe() cuts the same numbers into an Observation, so both forms always agree.
 */
export class Observer {
  private readonly hit = newTraceHit();
  private readonly scratch: Float64Array;

  constructor(readonly options: ResolvedObservationOptions) {
    this.scratch = new Float64Array(flatLength(options));
  }

  observe(world: World): Observation {
    const { gridRadius: r, maxActors, maxBullets, maxPickups, maxGrenades } = this.options;
    const f = this.scratch;
    this.observeInto(world, f, 0);
    let i = PLAYER_FIELDS.length;
    const take = (rows: number, cols: number): number[][] => {
      const out = new Array<number[]>(rows);
      for (let r = 0; r < rows; r++, i += cols) out[r] = numbersOf(f, i, cols);
      return out;
    };
    const player = numbersOf(f, 0, PLAYER_FIELDS.length);
    const actors = take(maxActors, ACTOR_FIELDS.length);
    const actorCount = f[i++]!;
    const bullets = take(maxBullets, BULLET_FIELDS.length);
    const bulletCount = f[i++]!;
    const pickups = take(maxPickups, PICKUP_FIELDS.length);
    const pickupCount = f[i++]!;
    const grenades = take(maxGrenades, GRENADE_FIELDS.length);
    const grenadeCount = f[i++]!;
    const grid = take(2 * r + 1, 2 * r + 1);
    return { player, actors, actorCount, bullets, bulletCount, pickups, pickupCount, grenades, grenadeCount, grid, tick: f[i]!, objective: f[i + 1]!, enemiesLeft: f[i + 2]! };
  }

  /**
   * Writes the observation's flatLength numbers at `at`, key by key in flat-observation.ts's layout
   * order (player, actors, actorCount, bullets, bulletCount, pickups, pickupCount, grenades,
   * grenadeCount, grid, tick, objective, enemiesLeft), padding rows zeroed. Spelled out rather than
   * looped over a layout, as it runs for every env on every step.
   */
  observeInto(world: World, out: FlatTarget, at: number): void {
    const { gridRadius: r, maxActors, maxBullets, maxPickups, maxGrenades } = this.options;
    const el = playerOf(world);
    const p = world.player;
    const [magL, magR] = magazinesOf(p, 'sleevePistols');
    let i = at;
    out[i++] = el.x; out[i++] = el.y; out[i++] = el.vx; out[i++] = el.vy; out[i++] = el.hp; out[i++] = el.aim;
    out[i++] = weaponCode(el.weapon); out[i++] = p.slot; out[i++] = magL ?? 0; out[i++] = magR ?? 0; out[i++] = p.ammo.pistolRound;
    out[i++] = weaponCode(p.carried); out[i++] = p.carriedRounds; out[i++] = el.diveLeft > 0 ? 1 : 0; out[i++] = p.reloadLeft > 0 ? 1 : 0;
    out[i++] = loadedIn(p, 'sawedOff'); out[i++] = p.ammo.shell; out[i++] = loadedIn(p, 'wildey'); out[i++] = p.ammo.magnumRound; out[i++] = p.ammo.grenade;

    // The dead rank after every living actor (a corpse is farther than any distance in a map).
    const others = nearest(world.actors, el.x, el.y, maxActors, (a) => a !== el, (a) => (a.alive ? 0 : 1e12));
    for (const a of others) {
      out[i++] = a.x - el.x;
      out[i++] = a.y - el.y;
      out[i++] = TEAM_CODE[a.team] ?? 0;
      out[i++] = ARCH_CODE.get(a.arch) ?? 0;
      out[i++] = a.hp;
      out[i++] = a.alive ? 1 : 0;
      out[i++] = a.aim;
      out[i++] = clearSight(world, el.x, el.y, a.x, a.y, this.hit) ? 1 : 0;
    }
    i = pad(out, i, maxActors - others.length, ACTOR_FIELDS.length);
    out[i++] = others.length;

    const shots = nearest(world.bullets, el.x, el.y, maxBullets, (b) => b.alive);
    for (const b of shots) {
      out[i++] = b.x - el.x;
      out[i++] = b.y - el.y;
      out[i++] = b.vx;
      out[i++] = b.vy;
      out[i++] = b.owner === world.playerId ? 0 : 1;
    }
    i = pad(out, i, maxBullets - shots.length, BULLET_FIELDS.length);
    out[i++] = shots.length;

    const guns = nearest(world.pickups, el.x, el.y, maxPickups, (g) => g.alive);
    for (const g of guns) {
      out[i++] = g.x - el.x;
      out[i++] = g.y - el.y;
      out[i++] = weaponCode(g.weapon);
      out[i++] = g.rounds;
    }
    i = pad(out, i, maxPickups - guns.length, PICKUP_FIELDS.length);
    out[i++] = guns.length;

    const live = nearest(world.grenades, el.x, el.y, maxGrenades, (g) => g.alive);
    for (const g of live) {
      out[i++] = g.x - el.x;
      out[i++] = g.y - el.y;
      out[i++] = g.vx;
      out[i++] = g.vy;
      out[i++] = g.fuse;
    }
    i = pad(out, i, maxGrenades - live.length, GRENADE_FIELDS.length);
    out[i++] = live.length;

    const cx = Math.floor(el.x / TILE);
    const cy = Math.floor(el.y / TILE);
    for (let dy = -r; dy <= r; dy++) {
      for (let dx = -r; dx <= r; dx++) out[i++] = cellAt(world, cx + dx, cy + dy);
    }
    out[i] = world.tick;
    out[i + 1] = world.objective;
    out[i + 2] = enemiesLeft(world);
  }
}

/** Zeroes `rows` padding rows of `cols` numbers from i; the index after them. */
function pad(out: FlatTarget, i: number, rows: number, cols: number): number {
  const end = i + rows * cols;
  out.fill(0, i, end);
  return end;
}

export function enemiesLeft(world: World): number {
  let n = 0;
  for (const a of world.actors) if (a.alive && a.team === 'enemy') n++;
  world.level.actors.forEach((spawn, i) => {
    if (!world.spawned[i] && ARCHETYPES[spawn.archetype]?.team === 'enemy') n++;
  });
  return n;
}
