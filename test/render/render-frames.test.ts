// Every sprite frame the render code can ask the atlas for exists. Actors: every archetype (the
// car included) through every state the frame functions read, as the world view asks for them
// (actorFrame, actorLegsFrame) with the rims of lit figures (figureLook). Things: a pickup for every weapon that can lie on the floor, the
// templated effect frames, and every literal frame name written in the render and scene code
// (found by reading the source, so a new literal is checked without touching this test).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAllSprites } from '../../src/art/sprite-registry';
import { hitFrame } from '../../src/art/sprites/flash';
import { actorFrame, actorLegsFrame } from '../../src/render/cast-frames';
import { figureLook } from '../../src/render/figure-look';
import { glintFrame, pickupFrame } from '../../src/render/pickup-frames';
import { DIVE_TICKS, SLEEVE_DRAW_TICKS, WEAPONS, type Actor, type AiMode, type WeaponId } from '../../src/sim';
import { wholeCast } from './whole-cast';

const sprites = buildAllSprites();
const AI_MODES = [0, 1, 2, 3, 4, 5, 6, 7, 8] as AiMode[];
const WEAPON_IDS = Object.keys(WEAPONS) as WeaponId[];

/** Every body frame the world view can ask for this actor: each state its frame functions read. */
function framesOf(base: Actor): Set<string> {
  const out = new Set<string>();
  const add = (a: Actor, drawLeft = 0): void => {
    for (const tick of [0, 1, 100]) {
      for (const duel of [false, true]) {
        const body = actorFrame(a, tick, duel, drawLeft);
        out.add(body);
        // Its white flash when hit (flash.ts).
        out.add(hitFrame(body));
        for (const walked of [0, 5, 10, 15, 20]) for (const moved of [0, 1]) {
          const legs = actorLegsFrame({ ...a, x: a.x + moved }, walked);
          if (legs) out.add(legs);
          // The rims round a lit figure's body and legs (figure-look.ts).
          const look = figureLook(a, body, legs);
          for (const rim of [look.bodyRim, look.legsRim]) if (rim) out.add(rim);
        }
      }
    }
  };
  // El holds whatever he picks up, in any slot; the others only ever their own gun (or none).
  const weapons = base.team === 'player' ? [null, ...WEAPON_IDS] : [base.weapon, null];
  for (const weapon of weapons) {
    const top = weapon ? WEAPONS[weapon].cooldown : 0;
    for (let cooldown = 0; cooldown <= top; cooldown++) {
      // El's pose follows the gun up (its look), whichever slot it came from.
      const a: Actor = { ...base, weapon, cooldown };
      if (!base.ai) add(a);
      else for (const mode of AI_MODES) for (const calm of [false, true]) for (const windupLeft of [0, 12]) add({ ...a, ai: { ...base.ai, mode, calm, windupLeft } });
    }
  }
  for (let diveLeft = 0; diveLeft <= DIVE_TICKS; diveLeft++) add({ ...base, diveLeft });
  // El's pistols sliding out (world.player.drawLeft).
  for (let drawLeft = 0; drawLeft <= SLEEVE_DRAW_TICKS; drawLeft++) add({ ...base, weapon: 'sleevePistols' }, drawLeft);
  add({ ...base, recoverLeft: 3 });
  add({ ...base, stunLeft: 5 });
  add({ ...base, alive: false, diedTick: 0 });
  return out;
}

/** Quoted frame names written where the render and scene code names an atlas frame. */
function literalFrames(): Map<string, string> {
  const found = new Map<string, string>();
  const call = /(?:ATLAS, |setFrame\(|stamp\(|frames: \[|pick\(\[|frame: (?='))([^)\]\n,]*(?:, '[^']*')*)/g;
  for (const dir of ['src/render', 'src/scenes', 'src/ui']) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const text = readFileSync(join(dir, file), 'utf8');
      for (const m of text.matchAll(call)) {
        for (const q of m[1]!.matchAll(/'([a-zA-Z][\w]*)'/g)) found.set(q[1]!, `${dir}/${file}`);
      }
    }
  }
  return found;
}

describe('every frame the render code can ask for', () => {
  it.each(wholeCast().map((a) => [a.arch, a] as const))('%s: every body and legs frame exists', (_arch, actor) => {
    const missing = [...framesOf(actor)].filter((f) => !sprites.has(f));
    expect(missing).toEqual([]);
  });

  it('the car is asked for as the car from its first frame (never lieutenant_aim)', () => {
    const car = wholeCast().find((a) => a.arch === 'lieutenant')!;
    expect(framesOf(car)).toEqual(new Set(['car', 'car_wreck', 'car#hit', 'car_wreck#hit']));
  });

  it('every patron colour variant has every frame', () => {
    const patron = wholeCast().find((a) => a.arch === 'patron')!;
    for (const id of [0, 1, 2]) expect([...framesOf({ ...patron, id })].filter((f) => !sprites.has(f))).toEqual([]);
  });

  it('a gun of every kind can lie on the floor, glinting', () => {
    // The thrown guitar case is drawn by case-view.ts, as the case itself.
    for (const w of WEAPON_IDS.filter((id) => id !== 'guitarCase')) expect(sprites.has(pickupFrame(w)), w).toBe(true);
    for (let phase = 0; phase < 1; phase += 0.05) {
      const g = glintFrame(phase);
      if (g) expect(sprites.has(g), g).toBe(true);
    }
  });

  it('the templated effect frames exist (puffs, flames, the HUD weapon icons)', () => {
    const names = ['dust', 'smoke'].flatMap((k) => [0, 1, 2].map((i) => `${k}${i}`));
    names.push('flame0', 'flame1', 'flame2', 'flame3');
    // The HUD shows the icon of whatever gun El holds (hud-scene.ts: `icon_${weapon}`).
    for (const w of WEAPON_IDS.filter((id) => id !== 'sleevePistols' && id !== 'guitarCase')) names.push(`icon_${w}`);
    expect(names.filter((n) => !sprites.has(n))).toEqual([]);
  });

  it('every frame named in the render, scene and UI code exists', () => {
    const literals = literalFrames();
    expect(literals.size).toBeGreaterThan(30);
    const missing = [...literals].filter(([name]) => !sprites.has(name)).map(([name, file]) => `${name} (${file})`);
    expect(missing).toEqual([]);
  });
});
