// What the novice knows: only men, rounds and grenades that have been on screen and in his line of
// sight, each first noticed a reaction time after it appeared, and remembered where it was last seen
// for MEMORY_TICKS once it is out of view (a man who died out of view is remembered alive). Builds a
// world for the tactician's brain in which nothing else exists: the map, the objectives, the HUD
// (focus meter, ammunition) and sounds (events) stay as they are, since a player has them too.
import type { Actor, Bullet, Grenade, World } from '../../../sim';
import type { BotRng } from './bot-rng';
import { KNIFE_TIMING_SD, MEMORY_TICKS, REACTION_SPREAD, REACTION_TICKS } from './human-limits';
import { seesPoint, type ViewBox } from './view';

export interface Sighting {
  /** World tick on which the current sighting began (the man came into view). */
  firstSeen: number;
  lastSeen: number;
  /** First world tick whose input may respond to him: his reaction is over. */
  reactFrom: number;
  /** Where and how he was when last seen. */
  x: number;
  y: number;
  alive: boolean;
  visible: boolean;
  /** Navajas's wind-up: the tick it was first seen (-1: none), and the eye's timing error. */
  windupSeen: number;
  windupError: number;
}

export class Perception {
  private readonly men = new Map<number, Sighting>();
  private readonly rounds = new Map<number, number>();
  private readonly grenades = new Map<number, number>();

  constructor(private readonly rng: BotRng) {}

  /** Looks at the world through the view (once per tick, before deciding). */
  update(world: World, me: Actor, view: ViewBox): void {
    const tick = world.tick;
    for (let i = 1; i < world.actors.length; i++) this.look(world, me, view, world.actors[i]!, tick);
    seeThings(world.bullets, this.rounds, world, me, view, tick);
    seeThings(world.grenades, this.grenades, world, me, view, tick);
  }

  private look(world: World, me: Actor, view: ViewBox, a: Actor, tick: number): void {
    let s = this.men.get(a.id);
    const visible = seesPoint(world, me, view, a.x, a.y);
    if (s) s.visible = visible;
    if (!visible) return;
    if (!s || (s.alive && tick - s.lastSeen > MEMORY_TICKS)) {
      // A new sighting: the reaction starts now. The input given at world tick t acts on t + 1.
      const reaction = REACTION_TICKS + this.rng.int(0, REACTION_SPREAD);
      s = { firstSeen: tick, lastSeen: tick, reactFrom: tick + reaction - 1, x: a.x, y: a.y, alive: a.alive, visible, windupSeen: -1, windupError: 0 };
      this.men.set(a.id, s);
    }
    s.lastSeen = tick;
    s.x = a.x;
    s.y = a.y;
    s.alive = a.alive;
    const winding = a.alive && a.ai !== null && a.ai.windupLeft > 0;
    if (winding && s.windupSeen < 0) {
      s.windupSeen = tick;
      s.windupError = Math.round(this.rng.gauss() * KNIFE_TIMING_SD);
    } else if (!winding) s.windupSeen = -1;
  }

  /** The sighting of an actor (null: never seen). */
  sighting(id: number): Readonly<Sighting> | null {
    return this.men.get(id) ?? null;
  }

  /** Whether the novice has reacted to the man and still knows of him (in view, or remembered). */
  knows(world: World, id: number): boolean {
    const s = this.men.get(id);
    if (!s || world.tick < s.reactFrom) return false;
    return s.visible || !s.alive || world.tick - s.lastSeen <= MEMORY_TICKS;
  }

  /** Whether the man is on screen and in sight now, and reacted to. */
  reactedAndVisible(world: World, id: number): boolean {
    const s = this.men.get(id);
    return s !== undefined && s.visible && world.tick >= s.reactFrom;
  }

  /** The world as the novice knows it: El, the men he knows of (remembered ones where last seen). */
  known(world: World): World {
    const actors: Actor[] = [world.actors[0]!];
    for (let i = 1; i < world.actors.length; i++) {
      const a = world.actors[i]!;
      const s = this.men.get(a.id);
      if (!s || !this.knows(world, a.id)) continue;
      actors.push(s.visible ? this.asSeen(world, a, s) : { ...a, x: s.x, y: s.y, vx: 0, vy: 0, alive: s.alive });
    }
    const bullets = world.bullets.filter((b) => reacted(this.rounds, b.id, world.tick));
    const grenades = world.grenades.filter((g) => reacted(this.grenades, g.id, world.tick));
    return { ...world, actors, bullets, grenades };
  }

  /** A man in view as the eye judges him: a wind-up seen only after a reaction, its end misjudged. */
  private asSeen(world: World, a: Actor, s: Sighting): Actor {
    if (!a.ai || a.ai.windupLeft <= 0) return a;
    const seenFor = world.tick + 1 - s.windupSeen;
    const windupLeft = seenFor < REACTION_TICKS ? 0 : Math.max(1, a.ai.windupLeft + s.windupError);
    return { ...a, ai: { ...a.ai, windupLeft } };
  }
}

/** Notes the first tick each visible round or grenade was seen, and forgets the gone ones. */
function seeThings(list: readonly (Bullet | Grenade)[], seen: Map<number, number>, world: World, me: Actor, view: ViewBox, tick: number): void {
  for (const b of list) {
    if (!b.alive || seen.has(b.id)) continue;
    if (seesPoint(world, me, view, b.x, b.y)) seen.set(b.id, tick);
  }
  if (tick % 60 === 0) {
    const live = new Set(list.map((b) => b.id));
    for (const id of [...seen.keys()]) if (!live.has(id)) seen.delete(id);
  }
}

function reacted(seen: Map<number, number>, id: number, tick: number): boolean {
  const first = seen.get(id);
  return first !== undefined && tick >= first + REACTION_TICKS - 1;
}
