// Who to shoot: enemies awake enough to fight (never a calm man at the ranch before the shooting
// starts), that a round from El can reach, ranked by the danger they pose; and where to aim at one
// (ahead of a moving man by the round's flight time).
import {
  AiMode, angleOf, FOCUS_SLOWDOWN, isVehicle, WEAPONS, type Actor, type WeaponId, type World,
} from '../../../sim';
import { cellOf } from '../senses';
import type { CostField } from './cost-field';
import { bulletReaches, isFriend, shooterSpot, type Friends } from './fire-line';

// Read once (a const enum imported across modules costs a property read per use).
const ENGAGE: number = AiMode.Engage;
const COVER: number = AiMode.Cover;

/** Farthest El looks for someone to shoot, in pixels (a rooftop gunman across the street is in it). */
export const SHOOT_RANGE = 380;

/**
 * An enemy to shoot: alive, and either awake or one the current objective wants dead. A calm man
 * (who ignores El until the first shot) is left alone otherwise: at the ranch El walks in through
 * them, and the first shot would turn the whole yard on Carolina.
 */
export function hostile(world: World, a: Actor): boolean {
  if (!a.alive || a.team !== 'enemy') return false;
  if (!(a.ai?.calm ?? false)) return true;
  const o = world.level.objectives[world.objective];
  if (!o) return false;
  if (o.type === 'eliminate') return o.group === '' || o.group === a.group;
  return o.type === 'defeat' && o.target === a.name;
}

/**
 * The hostiles of a world as it stands, in world.actors order. A bot fills one at the start of an
 * act and hands it to every question about the men it may fight: each then looks at a handful of
 * men instead of every body on the map (the dead and bystanders too), and hostile() is asked once
 * a man. Entries past `count` are left over from earlier fills.
 */
export class Hostiles {
  readonly men: Actor[] = [];
  count = 0;

  /** Lists the hostiles of `world` now; returns this list. */
  fill(world: World): Hostiles {
    const men = this.men;
    const actors = world.actors;
    let count = 0;
    for (let i = 0; i < actors.length; i++) {
      const a = actors[i]!;
      if (hostile(world, a)) men[count++] = a;
    }
    this.count = count;
    return this;
  }
}

/**
 * Fills both lists for `world` now, as hostiles.fill() and friends.fill() would, in one pass over
 * the actors (a bot's act wants both: each body is looked at once instead of twice).
 */
export function fillHostilesAndFriends(world: World, hostiles: Hostiles, friends: Friends): void {
  const actors = world.actors;
  const foes = hostiles.men;
  const ours = friends.men;
  let foeCount = 0;
  let ourCount = 0;
  for (let i = 0; i < actors.length; i++) {
    const a = actors[i]!;
    if (!a.alive) continue;
    if (hostile(world, a)) foes[foeCount++] = a;
    else if (isFriend(a)) ours[ourCount++] = a;
  }
  hostiles.count = foeCount;
  friends.count = ourCount;
}

/** For callers that bring no list: filled afresh by each such call (nothing is kept). */
const ownHostiles = new Hostiles();

/** hostile()'s men of `world` now, in this module's list (rewritten by the next call). */
export function hostilesNow(world: World): Hostiles {
  return ownHostiles.fill(world);
}

/** Whether the enemy is busy fighting someone right now (turning on them, firing, in cover). */
export function engaged(a: Actor): boolean {
  const ai = a.ai;
  if (!ai) return false;
  // The car fights only in Engage, the others in Engage or Cover while they see their man.
  if (ai.mode !== ENGAGE && ai.mode !== COVER) return false;
  if (isVehicle(a)) return ai.mode === ENGAGE;
  return ai.seesTarget;
}

export interface Sighting {
  readonly actor: Actor;
  readonly dist: number;
  /** Lower is more urgent. */
  readonly score: number;
}

/**
 * Room for sightings() to write into, so that a bot asking every tick makes no garbage: the list
 * and its entries belong to the buffer and are overwritten by the next call with it.
 */
export class SightingBuffer {
  readonly list: Sighting[] = [];
  readonly entries: { actor: Actor; dist: number; score: number }[] = [];
}

/**
 * Every hostile within `range` that a round from El can reach, most urgent first. `guarded` is
 * protectedNow()'s list for this world if the caller has it (else found when first needed);
 * `hostiles` the world's hostiles now.
 */
export function sightings(
  world: World, me: Actor, range = SHOOT_RANGE, buffer: SightingBuffer = new SightingBuffer(), guarded: readonly (Actor | null)[] | null = null,
  hostiles: Hostiles = hostilesNow(world),
): Sighting[] {
  const { list, entries } = buffer;
  let count = 0;
  const from = shooterSpot(me);
  const men = hostiles.men;
  for (let n = 0; n < hostiles.count; n++) {
    const a = men[n]!;
    const dx = a.x - me.x;
    const dy = a.y - me.y;
    const d2 = dx * dx + dy * dy;
    if (d2 > range * range) continue;
    if (!bulletReaches(world, from, a)) continue;
    const dist = Math.sqrt(d2);
    let score = dist;
    if (engaged(a)) {
      score -= 90;
      // Going for someone El must keep alive, or fighting beside them: first in line.
      guarded ??= protectedNow(world);
      if (endangersProtected(world, a, guarded)) score -= 80;
      // About to fire (reaction spent): sooner still.
      if (a.ai && a.ai.reactLeft <= 4) score -= 30;
    }
    // A wounded man goes down with the next hit.
    if (a.hp <= 2) score -= 20;
    const e = entries[count] ?? (entries[count] = { actor: a, dist, score });
    e.actor = a;
    e.dist = dist;
    e.score = score;
    // Insertion by score, then id (a handful of men: no sort's scratch arrays).
    let i = count++;
    while (i > 0 && urgentFirst(e, list[i - 1]!)) {
      list[i] = list[i - 1]!;
      i--;
    }
    list[i] = e;
  }
  // Set only when it differs: writing `length` is a slow call even when it changes nothing.
  if (list.length !== count) list.length = count;
  return list;
}

function urgentFirst(p: Sighting, q: Sighting): boolean {
  return p.score < q.score || (p.score === q.score && p.actor.id < q.actor.id);
}

/** The aim angle that meets `t` with a round of `weapon`, leading him by its flight time. */
export function leadAim(world: World, me: Actor, t: Actor, weapon: WeaponId): number {
  const speed = WEAPONS[weapon].bulletSpeed;
  const dx = t.x - me.x;
  const dy = t.y - me.y;
  const d = Math.sqrt(dx * dx + dy * dy);
  // The round leaves next tick; in bullet time the world moves on one tick in FOCUS_SLOWDOWN.
  const ticks = d / speed + 1;
  const worldTicks = world.focus.active ? ticks / FOCUS_SLOWDOWN : ticks;
  return angleOf(dx + t.vx * worldTicks, dy + t.vy * worldTicks);
}

/** Whom an enemy is after (El when his AI names nobody), or null when he is not fighting anyone. */
export function victimOf(world: World, a: Actor): Actor | null {
  if (!engaged(a) || !a.ai) return null;
  const id = a.ai.target;
  if (id <= 0) return world.actors[0]!;
  const actors = world.actors;
  for (let i = 0; i < actors.length; i++) if (actors[i]!.id === id) return actors[i]!;
  return null;
}

/**
 * Closer than this to someone El must keep alive, a fighting man brings the crossfire (and Quino's
 * rockets, blast 56 px) onto them. Over 200 street seeds: 64 px cleared 85%, 80 93%, 88 93.5%,
 * 96 89%, 128 84.5% (too wide and El fights beside the boy himself).
 */
export const CROSSFIRE_RADIUS = 88;

/**
 * Whether a hostile endangers someone El must keep alive: he is shooting at them, or he is
 * fighting close enough to them that the shots at him (a rocket's blast most of all) may hit them.
 */
export function endangersProtected(world: World, a: Actor, guarded: readonly (Actor | null)[] = protectedNow(world)): boolean {
  const protect = world.level.protect;
  if (protect.length === 0) return false;
  const v = victimOf(world, a);
  if (v && protect.includes(v.name)) return true;
  for (let k = 0; k < guarded.length; k++) {
    const p = guarded[k];
    if (p && (p.x - a.x) ** 2 + (p.y - a.y) ** 2 < CROSSFIRE_RADIUS * CROSSFIRE_RADIUS) return true;
  }
  return false;
}

/**
 * The list protectedNow() fills: one per module, so asking every tick makes no garbage. Each call
 * rewrites it whole (its length too); a caller reads it before the next call.
 */
const guardedNow: (Actor | null)[] = [];

/**
 * For each name the level protects, the first living actor of that name (null if none). The list
 * is this module's, rewritten by the next call.
 */
export function protectedNow(world: World): readonly (Actor | null)[] {
  const protect = world.level.protect;
  const actors = world.actors;
  const out = guardedNow;
  // Trimmed only when the level's list differs in length: `length = 0` would drop the backing
  // store, and the next writes would allocate a new one.
  if (out.length !== protect.length) out.length = protect.length;
  for (let k = 0; k < protect.length; k++) {
    let found: Actor | null = null;
    for (let i = 0; i < actors.length; i++) {
      const p = actors[i]!;
      if (p.alive && p.name === protect[k]) {
        found = p;
        break;
      }
    }
    out[k] = found;
  }
  return out;
}

/**
 * The nearest hostile (to El) endangering someone El must keep alive, seen by El or not, that El
 * can walk to (`fromEl`: walking distances from El; a man in the street below the roofs can only
 * be shot); null if none. `guarded`: protectedNow()'s list for this world; `hostiles` its hostiles now.
 */
export function friendHunter(
  world: World, me: Actor, fromEl: CostField, guarded = protectedNow(world), hostiles: Hostiles = hostilesNow(world),
): Actor | null {
  if (world.level.protect.length === 0) return null;
  let best: Actor | null = null;
  // `1 / 0`, not the global Infinity: V8 keeps it an unboxed double (no allocation per store).
  let bestD = 1 / 0;
  const men = hostiles.men;
  for (let i = 0; i < hostiles.count; i++) {
    const a = men[i]!;
    // The distance first: a man no nearer than the best so far could not take its place anyway.
    const d = (a.x - me.x) ** 2 + (a.y - me.y) ** 2;
    if (!(d < bestD) || !endangersProtected(world, a, guarded) || !fromEl.reachable(cellOf(world, a.x, a.y))) continue;
    bestD = d;
    best = a;
  }
  return best;
}

/**
 * Whether any hostile within `r` pixels of `me` (El, or a friend of his) is fighting anyone (El,
 * an ally, the boy); `hostiles`: the world's hostiles now.
 */
export function fightNear(world: World, me: Actor, r: number, hostiles: Hostiles = hostilesNow(world)): boolean {
  const men = hostiles.men;
  for (let i = 0; i < hostiles.count; i++) {
    const a = men[i]!;
    if ((a.x - me.x) ** 2 + (a.y - me.y) ** 2 < r * r && engaged(a)) return true;
  }
  return false;
}
