import { describe, expect, it } from 'vitest';
import { FAN_FAR, FAN_NEAR, FAN_STEP, WINDUP_TICKS } from '../../src/sim/ai/navajas';
import { damage } from '../../src/sim/combat';
import type { SimEvent } from '../../src/sim/events';
import { Button } from '../../src/sim/input';
import { wrapAngle } from '../../src/sim/math';
import { step } from '../../src/sim/step';
import { createWorld, playerOf, type World } from '../../src/sim/world';
import { asciiLevel } from './ascii-level';
import { collect, input } from './helpers';

// A stone yard: El on the left, Navajas on the right looking west at him.
const YARD = [
  '######################',
  '#....................#',
  '#..@..............n..#',
  '#....................#',
  '######################',
];

interface Logged {
  tick: number;
  e: SimEvent;
}

/** Steps until `until` says stop (or n ticks), logging every event with its tick. */
function play(w: World, n: number, cmd: (w: World, log: Logged[]) => ReturnType<typeof input> = () => input(), until?: (log: Logged[]) => boolean): Logged[] {
  const log: Logged[] = [];
  for (let i = 0; i < n; i++) {
    step(w, cmd(w, log));
    for (const e of w.events) log.push({ tick: w.tick, e });
    if (until && until(log)) break;
  }
  return log;
}

function ofType<T extends SimEvent['type']>(log: Logged[], type: T): { tick: number; e: Extract<SimEvent, { type: T }> }[] {
  return log.filter((l) => l.e.type === type) as { tick: number; e: Extract<SimEvent, { type: T }> }[];
}

describe('Navajas', () => {
  it('winds up for exactly WINDUP_TICKS, then throws a fan of knives at once', () => {
    const w = createWorld(asciiLevel(YARD), 4);
    const nav = w.actors[1]!;
    const log = play(w, 400, undefined, (l) => l.some((x) => x.e.type === 'shot'));
    const windups = ofType(log, 'windup');
    expect(windups).toHaveLength(1);
    const wu = windups[0]!;
    expect(wu.e.actor).toBe(nav.id);
    expect(wu.e.ticks).toBe(WINDUP_TICKS);
    const shots = ofType(log, 'shot');
    expect(shots.every((s) => s.tick === wu.tick + WINDUP_TICKS && s.e.weapon === 'knife' && s.e.actor === nav.id)).toBe(true);
    // Farther than FAN_WIDE_FROM: the wide fan, FAN_STEP apart, centred on the locked aim.
    const dist = Math.sqrt((playerOf(w).x - nav.x) ** 2 + (playerOf(w).y - nav.y) ** 2);
    const count = dist > 120 ? FAN_FAR : FAN_NEAR;
    expect(shots).toHaveLength(count);
    const want = Array.from({ length: count }, (_, k) => wrapAngle(wu.e.angle + ((2 * k - (count - 1)) * FAN_STEP) / 2));
    expect(shots.map((s) => s.e.angle)).toEqual(want);
    // He stood still through the wind-up.
    expect(nav.x).toBe(wu.e.x);
    expect(nav.y).toBe(wu.e.y);
  });

  it('knives are slow, hit El standing in the fan, and the rest stick in the wall', () => {
    const w = createWorld(asciiLevel(YARD), 4);
    const el = playerOf(w);
    const log = play(w, 400, undefined, (l) => l.some((x) => x.e.type === 'shot'));
    const release = log[log.length - 1]!.tick;
    const after = play(w, 70);
    const hits = ofType(after, 'hit').filter((h) => h.e.target === el.id);
    expect(hits.length).toBeGreaterThanOrEqual(1);
    expect(el.hp).toBe(el.maxHp - 3 * hits.length);
    // Slow: the first hit comes many ticks after the release.
    expect(hits[0]!.tick - release).toBeGreaterThan(15);
    const stuck = ofType(after, 'knifeStick');
    expect(stuck.length).toBe(ofType(log, 'shot').length - hits.length);
    for (const s of stuck) {
      expect(s.e.weapon).toBe('knife');
      // On a wall face of the yard (west x = 16, north y = 16, south y = 64), pointing west-ish.
      const onFace = Math.abs(s.e.x - 16) < 1e-6 || Math.abs(s.e.y - 16) < 1e-6 || Math.abs(s.e.y - 64) < 1e-6;
      expect(onFace).toBe(true);
      expect(Math.abs(s.e.angle - 2048)).toBeLessThan(400);
    }
  });

  it('a well-timed dive through the fan takes no damage', () => {
    const w = createWorld(asciiLevel(YARD), 4);
    const el = playerOf(w);
    const thrown = ofType(play(w, 400, undefined, (l) => l.some((x) => x.e.type === 'shot')), 'shot').length;
    let dived = -1;
    const after = play(w, 70, (world) => {
      // Dive into the fan when the nearest blade is about four ticks away.
      let nearest = Infinity;
      for (const b of world.bullets) nearest = Math.min(nearest, Math.abs(b.x - el.x));
      if (dived < 0 && nearest < 40) {
        dived = world.tick;
        return input({ moveX: 127, buttons: Button.Dive });
      }
      return input();
    });
    expect(dived).toBeGreaterThan(0);
    expect(el.hp).toBe(el.maxHp);
    // Every blade flew through him and on into a wall.
    expect(ofType(after, 'knifeStick')).toHaveLength(thrown);
  });

  it('is tough: six pistol hits do not drop him, the seventh does', () => {
    const w = createWorld(asciiLevel(YARD), 4);
    const nav = w.actors[1]!;
    for (let i = 0; i < 6; i++) damage(w, nav, 2, w.playerId, nav.x, nav.y);
    expect(nav.alive).toBe(true);
    damage(w, nav, 2, w.playerId, nav.x, nav.y);
    expect(nav.alive).toBe(false);
    // His knives are not a gun to pick up.
    expect(w.events.some((e) => e.type === 'drop')).toBe(false);
    expect(w.pendingPickups).toHaveLength(0);
  });

  it('knifes a civilian in his way', () => {
    const w = createWorld(asciiLevel(['#######', '#@..cn#', '#######']), 1);
    const civ = w.actors[1]!;
    const nav = w.actors[2]!;
    const deaths = collect(w, 1, 'death');
    expect(civ.alive).toBe(false);
    expect(deaths).toEqual([{ type: 'death', actor: civ.id, by: nav.id, x: civ.x, y: civ.y, cause: 'knife', weapon: 'knife' }]);
  });

  it('the kill action knifes the named actor, credited to Navajas', () => {
    const level = asciiLevel(['##########', '#@...u...#', '#.......n#', '##########'], {
      actor: (s) => (s.archetype === 'navajas' ? { ...s, calm: true } : s),
      triggers: [{ name: 'church', area: { x: 0, y: 0, w: 160, h: 64 }, delay: 5, actions: [{ type: 'kill', target: 'buscemi0' }] }],
    });
    const w = createWorld(level, 1);
    const buscemi = w.actors[1]!;
    const nav = w.actors[2]!;
    const kills = collect(w, 6, 'knifeKill');
    expect(kills).toEqual([{ type: 'knifeKill', actor: buscemi.id, by: nav.id, x: buscemi.x, y: buscemi.y }]);
    expect(buscemi.alive).toBe(false);
    expect(buscemi.diedTick).toBe(6);
  });

  it('closes to throwing distance, then circles El rather than rushing him', () => {
    const field = [
      '########################################',
      ...Array.from({ length: 5 }, () => '#......................................#'),
      '#..@.................n.................#',
      ...Array.from({ length: 5 }, () => '#......................................#'),
      '########################################',
    ];
    const w = createWorld(asciiLevel(field), 2);
    const el = playerOf(w);
    const nav = w.actors[1]!;
    const dists: number[] = [];
    let minY = nav.y;
    let maxY = nav.y;
    for (let i = 0; i < 900; i++) {
      // A stand-in that cannot die, so the stalking goes on.
      el.hp = el.maxHp;
      step(w, input());
      if (w.events.some((e) => e.type === 'windup')) dists.push(Math.sqrt((el.x - nav.x) ** 2 + (el.y - nav.y) ** 2));
      minY = Math.min(minY, nav.y);
      maxY = Math.max(maxY, nav.y);
    }
    expect(dists.length).toBeGreaterThanOrEqual(4);
    for (const d of dists) {
      expect(d).toBeGreaterThan(60);
      expect(d).toBeLessThanOrEqual(220);
    }
    // Circling takes him well off the straight line between them.
    expect(maxY - minY).toBeGreaterThan(24);
  });

  it('the kill action does nothing for a name not in the world', () => {
    const level = asciiLevel(['######', '#@.u.#', '######'], {
      triggers: [{ name: 't', area: { x: 0, y: 0, w: 96, h: 48 }, delay: 0, actions: [{ type: 'kill', target: 'nobody' }] }],
    });
    const w = createWorld(level, 1);
    expect(collect(w, 3, 'knifeKill')).toEqual([]);
    expect(w.actors.every((a) => a.alive)).toBe(true);
  });
});
