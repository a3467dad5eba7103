// Every frame the renderer can ask for, for every archetype in ARCHETYPES, exists in the atlas: the
// actor is driven through every state bodyFrame/legsFrame read (alive or dead, knocked down, every
// AI mode, calm or not, each point of a gun's cooldown, a wind-up, the duel's drawn gun, El's dive,
// draw and slots), and each name it returns must be a sprite. So the stand-in fallback is never
// taken by a shipped archetype, and a new archetype without art fails here.
import { describe, expect, it } from 'vitest';
import { buildAllSprites } from '../../src/art/sprite-registry';
import { DRAWN_ARCHETYPES, LEG_STYLE_OF } from '../../src/art/sprites/characters';
import { bodyFrame, legsFrame } from '../../src/render/actor-frames';
import { standInFrame, vehicleFrame } from '../../src/render/cast-frames';
import {
  ARCHETYPE_IDS, ARCHETYPES, createWorld, isVehicle, DIVE_TICKS, SLEEVE_DRAW_TICKS, WEAPONS, type Actor, type AiMode,
  type WeaponId,
} from '../../src/sim';
import { asciiLevel } from '../sim/ascii-level';

const sprites = buildAllSprites();
/** AiMode runs from Post (0) to Return (8). */
const AI_MODES = [0, 1, 2, 3, 4, 5, 6, 7, 8] as AiMode[];
const WEAPON_IDS = Object.keys(WEAPONS) as WeaponId[];

/** One actor of every archetype but El's (who is the level's player), in a tiny level. */
function castWorld(): { player: Actor; cast: Actor[] } {
  const others = ARCHETYPE_IDS.filter((id) => id !== 'mariachi');
  const row = `#@${'e'.repeat(others.length)}#`;
  const wall = '#'.repeat(row.length);
  const level = asciiLevel([wall, row, wall], { actor: (spawn, i) => ({ ...spawn, archetype: others[i]!, name: `${others[i]}${i}` }) });
  const world = createWorld(level, 1);
  const player = world.actors.find((a) => a.team === 'player')!;
  return { player, cast: world.actors.filter((a) => a !== player) };
}

/** Body frames of a non-player actor in every state the renderer distinguishes. */
function castFrames(base: Actor): Set<string> {
  const out = new Set<string>();
  const weapons: (WeaponId | null)[] = [base.weapon, null];
  for (const weapon of weapons) {
    const top = weapon ? WEAPONS[weapon].cooldown + 30 : 0;
    for (let cooldown = 0; cooldown <= top; cooldown++) {
      for (const mode of AI_MODES) {
        for (const calm of [false, true]) {
          for (const windupLeft of [0, 12]) {
            const ai = base.ai && { ...base.ai, mode, calm, windupLeft };
            const a: Actor = { ...base, weapon, cooldown, ai };
            const f = bodyFrame(a, 0);
            out.add(f);
            // A duel's target shows his gun up while the standoff holds (world-view.ts).
            out.add(f.replace(/_idle$/, '_aim'));
          }
        }
      }
    }
  }
  out.add(bodyFrame({ ...base, stunLeft: 5 }, 0));
  out.add(bodyFrame({ ...base, alive: false, diedTick: 0 }, 1));
  out.add(bodyFrame({ ...base, alive: false, diedTick: 0 }, 100));
  return out;
}

/** El's frames: dive, recovery, draw, every slot and carried weapon, recoil and aim, death. */
function playerFrames(base: Actor): Set<string> {
  const out = new Set<string>();
  for (let diveLeft = 1; diveLeft <= DIVE_TICKS; diveLeft++) out.add(bodyFrame({ ...base, diveLeft }, 0));
  out.add(bodyFrame({ ...base, recoverLeft: 3 }, 0));
  out.add(bodyFrame({ ...base, weapon: null }, 0));
  for (let drawLeft = 1; drawLeft <= SLEEVE_DRAW_TICKS; drawLeft++) out.add(bodyFrame({ ...base, weapon: 'sleevePistols' }, 0, drawLeft));
  // His pose follows the gun up (its look), whichever slot it came from.
  for (const weapon of WEAPON_IDS) {
    for (let cooldown = 0; cooldown <= WEAPONS[weapon].cooldown; cooldown++) out.add(bodyFrame({ ...base, weapon, cooldown }, 0));
  }
  out.add(bodyFrame({ ...base, stunLeft: 5 }, 0));
  out.add(bodyFrame({ ...base, alive: false, diedTick: 0 }, 1));
  out.add(bodyFrame({ ...base, alive: false, diedTick: 0 }, 100));
  return out;
}

describe('cast frames', () => {
  const { player, cast } = castWorld();

  it('the test world holds one actor of every archetype', () => {
    expect([player, ...cast].map((a) => a.arch).sort()).toEqual([...ARCHETYPE_IDS].sort());
  });

  it('the lieutenant is drawn as the car, and as a wreck once dead', () => {
    const car = cast.find((a) => a.arch === 'lieutenant')!;
    expect(isVehicle(car)).toBe(true);
    expect(cast.filter(isVehicle)).toEqual([car]);
    expect(vehicleFrame(car)).toBe('car');
    expect(vehicleFrame({ ...car, alive: false })).toBe('car_wreck');
    expect(sprites.has('car') && sprites.has('car_wreck')).toBe(true);
  });

  it('every archetype but the car has a body of its own and legs of its own', () => {
    const people = ARCHETYPE_IDS.filter((id) => ARCHETYPES[id].vehicle !== true);
    expect([...DRAWN_ARCHETYPES].sort()).toEqual([...people].sort());
    for (const id of people) expect(LEG_STYLE_OF[id], id).toBeDefined();
  });

  it.each(ARCHETYPE_IDS.filter((id) => ARCHETYPES[id].vehicle !== true))('%s has every body frame the renderer can ask for', (id) => {
    const a = id === 'mariachi' ? player : cast.find((c) => c.arch === id)!;
    const frames = id === 'mariachi' ? playerFrames(a) : castFrames(a);
    const missing = [...frames].filter((f) => !sprites.has(f));
    expect(missing).toEqual([]);
    // Each frame is the archetype's own (or a patron variant's), never a look-alike's.
    const prefix = id === 'patron' ? /^patron(_[bc])?_/ : new RegExp(`^${id}_`);
    for (const f of frames) expect(f, f).toMatch(prefix);
  });

  it('every patron colour variant has every frame the patron has', () => {
    const patron = cast.find((c) => c.arch === 'patron')!;
    const frames = new Set<string>();
    for (const id of [0, 1, 2]) for (const f of castFrames({ ...patron, id })) frames.add(f);
    expect([...frames].filter((f) => !sprites.has(f))).toEqual([]);
    expect([...frames].some((f) => f.startsWith('patron_b_')) && [...frames].some((f) => f.startsWith('patron_c_'))).toBe(true);
  });

  it('Navajas shows his wind-up while he winds up, and his throw right after', () => {
    const nav = cast.find((c) => c.arch === 'navajas')!;
    expect(bodyFrame({ ...nav, ai: { ...nav.ai!, calm: false, windupLeft: 20 } }, 0)).toBe('navajas_windup');
    expect(bodyFrame({ ...nav, ai: { ...nav.ai!, calm: false, windupLeft: 0 }, cooldown: WEAPONS.knife.cooldown + 5 }, 0)).toBe('navajas_recoil');
    expect(bodyFrame({ ...nav, ai: { ...nav.ai!, calm: false, windupLeft: 0 }, cooldown: 0 }, 0)).toBe('navajas_aim');
  });

  it('every leg frame an actor can walk in exists', () => {
    for (const a of [player, ...cast]) {
      if (isVehicle(a)) continue;
      for (let walked = 0; walked < 40; walked++) {
        for (const moved of [0, 1]) {
          const f = legsFrame({ ...a, x: a.x + moved }, walked);
          expect(f !== null && sprites.has(f), `${a.arch}: ${f}`).toBe(true);
          expect(f).toMatch(new RegExp(`^legs_${LEG_STYLE_OF[a.arch]}_`));
        }
      }
    }
  });

  it('the stand-in fallback still names a frame that exists (a defensive path only)', () => {
    for (const a of cast) {
      if (isVehicle(a)) continue;
      expect(sprites.has(standInFrame(a, `${a.arch}_idle`)), a.arch).toBe(true);
    }
  });
});
