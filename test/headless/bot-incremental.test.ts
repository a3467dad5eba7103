// What the tactician keeps from tick to tick (or from question to question within a tick) must
// answer as if worked out afresh: the hazard costs (fire's share kept, the car's and grenades'
// boxes refreshed), a cost field sharing its walkable grid with another field that saw the cells
// change first, and the act's list of hostiles (and of those El protects) handed to every question.
import { describe, expect, it } from 'vitest';
import { createWorld, step, TILE, type World } from '../../src/sim/index';
import { findBot } from '../../src/headless/bots';
import { CAR_LANE_COST, drivingCar, forgetHazards, HazardCosts, inCarLane } from '../../src/headless/bots/tactician/hazards';
import { CostField } from '../../src/headless/bots/tactician/cost-field';
import { WalkGrid } from '../../src/headless/bots/tactician/walk-grid';
import { grenadeAim } from '../../src/headless/bots/tactician/grenade';
import { fightNear, fillHostilesAndFriends, friendHunter, Hostiles, protectedNow, sightings } from '../../src/headless/bots/tactician/targets';
import { loadLevel } from '../../src/headless/level-files';
import { clearShot, friendInLine, Friends, sparesFriends, Spot } from '../../src/headless/bots/tactician/fire-line';
import { stream } from '../sim/test-stream';

/** Plays the tactician on a level, calling `look` with the world before every tick. */
function play(levelId: string, seed: number, ticks: number, look: (world: World) => void): void {
  const world = createWorld(loadLevel(levelId), seed);
  const bot = findBot('tactician')!.create(seed);
  while (world.outcome === null && world.tick < ticks) {
    look(world);
    step(world, bot.act(world));
  }
}

describe('tactician state kept across ticks', () => {
  it('hazard costs kept up to date equal costs filled afresh, and change version exactly when they change', () => {
    let compared = 0;
    let nonZero = 0;
    for (const [levelId, seed] of [['street', 3], ['rooftops', 5], ['church', 2]] as const) {
      let kept: HazardCosts | null = null;
      let last: Int32Array | null = null;
      let lastVersion = -1;
      play(levelId, seed, 3000, (world) => {
        kept ??= new HazardCosts(world.level.width * world.level.height);
        const costs = kept.update(world);
        const fresh = new HazardCosts(world.level.width * world.level.height).update(world);
        expect(costs === null).toBe(fresh === null);
        if (!costs || !fresh) return;
        expect(Array.from(costs.values)).toEqual(Array.from(fresh.values));
        if (last) expect(costs.version !== lastVersion).toBe(Array.from(last).some((v, i) => v !== costs.values[i]));
        last = costs.values.slice();
        lastVersion = costs.version;
        compared++;
        if (costs.values.some((v) => v > 0)) nonZero++;
      });
    }
    // The runs met fire, grenades or the car often enough to mean something.
    expect(compared).toBeGreaterThan(100);
    expect(nonZero).toBeGreaterThan(100);
  });

  it('the car\'s lane costs exactly the cells whose centre lies in it (only its bounding box is looked at)', () => {
    let lanes = 0;
    let laneCells = 0;
    // Cells compared plainly, the first mismatch kept: an expect() per cell made the test slower
    // than its time limit on a loaded machine.
    let mismatch: string | null = null;
    for (const seed of [1, 2, 3, 4]) {
      play('street', seed, 3000, (world) => {
        forgetHazards();
        const car = drivingCar(world);
        if (!car) return;
        // Fresh, with no fire and no grenade about, a cell's cost is the lane's or nothing.
        if (world.burningCells > 0 || world.grenades.length > 0) return;
        const costs = new HazardCosts(world.level.width * world.level.height).update(world)!;
        const { width, height } = world.level;
        for (let ty = 0; ty < height; ty++) {
          for (let tx = 0; tx < width; tx++) {
            const inLane = inCarLane(car, (tx + 0.5) * TILE, (ty + 0.5) * TILE, 6);
            const cost = costs.values[ty * width + tx];
            if (cost !== (inLane ? CAR_LANE_COST : 0)) mismatch ??= `tick ${world.tick}, cell ${tx},${ty}: ${cost}`;
            if (inLane) laneCells++;
          }
        }
        lanes++;
      });
    }
    expect(mismatch).toBe(null);
    expect(lanes).toBeGreaterThan(20);
    expect(laneCells).toBeGreaterThan(100);
  });

  it('questions handed the act\'s list of hostiles and of the protected answer as when they find them', () => {
    let asked = 0;
    let hunted = 0;
    let seenMany = 0;
    for (const [levelId, seed] of [['street', 3], ['rooftops', 2], ['ranch', 5]] as const) {
      const hostiles = new Hostiles();
      play(levelId, seed, 2500, (world) => {
        const me = world.actors[0]!;
        if (!me.alive) return;
        const { width, height } = world.level;
        const fromEl = new CostField(width, height);
        fromEl.compute(world, Math.floor(me.y / TILE) * width + Math.floor(me.x / TILE));
        // As act() does: both lists once, then every question.
        const guarded = protectedNow(world).slice();
        hostiles.fill(world);
        const listed = sightings(world, me, 380, undefined, guarded, hostiles).map((s) => [s.actor.id, s.score]);
        const near = fightNear(world, me, 320, hostiles);
        const hunter = friendHunter(world, me, fromEl, guarded, hostiles);
        const seen = sightings(world, me);
        const aim = grenadeAim(world, me, seen, hostiles);
        expect(listed).toEqual(seen.map((s) => [s.actor.id, s.score]));
        expect(near).toBe(fightNear(world, me, 320));
        expect(hunter).toBe(friendHunter(world, me, fromEl));
        expect(aim).toBe(grenadeAim(world, me, seen));
        asked++;
        if (hunter) hunted++;
        if (seen.length >= 2) seenMany++;
      });
    }
    expect(asked).toBeGreaterThan(1000);
    expect(hunted).toBeGreaterThan(0);
    expect(seenMany).toBeGreaterThan(20);
  });

  it('line-of-fire questions handed the act\'s list of friends answer as when they find them', () => {
    let asked = 0;
    let blocked = 0;
    const friends = new Friends();
    const rnd = stream(11);
    for (const [levelId, seed] of [['street', 4], ['ranch', 3], ['bar', 2]] as const) {
      play(levelId, seed, 2000, (world) => {
        const me = world.actors[0]!;
        if (!me.alive) return;
        friends.fill(world);
        // What the list must hold, found plainly: every living body but El's and the enemies'.
        const plain = new Friends();
        for (const a of world.actors) if (a.alive && a.team !== 'enemy' && a !== me) plain.men.push(a);
        plain.count = plain.men.length;
        // Both lists in one pass, as the act fills them.
        const both = [new Hostiles(), new Friends()] as const;
        fillHostilesAndFriends(world, both[0], both[1]);
        expect(both[1].men.slice(0, both[1].count)).toEqual(plain.men);
        const alone = new Hostiles().fill(world);
        expect(both[0].men.slice(0, both[0].count)).toEqual(alone.men.slice(0, alone.count));
        // From El's spot and one a step away, toward every actor, along aims on and off the line.
        const from = new Spot();
        for (const t of world.actors) {
          if (t === me) continue;
          from.x = me.x + (rnd() - 0.5) * 28;
          from.y = me.y + (rnd() - 0.5) * 28;
          const aim = Math.floor(rnd() * 4096);
          const to = new Spot();
          to.x = t.x;
          to.y = t.y;
          const kept = friendInLine(world, from, to, 'sleevePistols', friends);
          expect(kept).toBe(friendInLine(world, from, to, 'sleevePistols', plain));
          expect(kept).toBe(friendInLine(world, from, to, 'sleevePistols'));
          expect(clearShot(world, from, t, 'wildey', friends)).toBe(clearShot(world, from, t, 'wildey', plain));
          expect(sparesFriends(world, from, t, aim, 'sawedOff', friends)).toBe(sparesFriends(world, from, t, aim, 'sawedOff', plain));
          asked++;
          if (kept) blocked++;
        }
      });
    }
    expect(asked).toBeGreaterThan(5000);
    expect(blocked).toBeGreaterThan(100);
  });

  it('a field sharing its walkable grid answers as one with a grid of its own', () => {
    let compared = 0;
    let changes = 0;
    let lastVersion = 0;
    let shared: WalkGrid | null = null;
    let first: CostField | null = null;
    let sharing: CostField | null = null;
    let own: CostField | null = null;
    play('rooftops', 5, 4000, (world) => {
      const { width, height } = world.level;
      shared ??= new WalkGrid(width, height);
      first ??= new CostField(width, height, shared);
      sharing ??= new CostField(width, height, shared);
      own ??= new CostField(width, height);
      // The first field sees the world every tick; the other two start a search every 7th.
      first.compute(world, 0);
      if (shared.version !== lastVersion) changes++;
      lastVersion = shared.version;
      if (world.tick % 7 !== 0) return;
      const me = world.actors[0]!;
      const goal = Math.floor(me.y / TILE) * width + Math.floor(me.x / TILE);
      sharing.compute(world, goal);
      own.compute(world, goal);
      for (let c = 0; c < width * height; c += 3) expect(sharing.distTo(c)).toBe(own.distTo(c));
      compared++;
    });
    expect(compared).toBeGreaterThan(50);
    // The roofs' cells changed under the fields (beams burnt through) at least once.
    expect(changes).toBeGreaterThan(0);
  });
});
