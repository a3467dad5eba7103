// Which sprite frame shows an actor this tick: pure functions of sim state, so what is drawn can
// be tested without a browser. Frame names are the ones src/art/sprites/characters.ts defines.
import { AiMode, DIVE_TICKS, SLEEVE_DRAW_TICKS, WEAPONS, type Actor } from '../sim';
import { lookOf } from './weapon-looks';
import { LEG_STYLE_OF, PATRON_VARIANTS_NAMES as PATRON_VARIANTS } from '../art/sprites/characters';

/** Sprite prefix of an actor: the archetype, or a patron colour variant chosen by id. */
export function spritePrefix(a: Actor): string {
  return a.arch === 'patron' ? PATRON_VARIANTS[a.id % PATRON_VARIANTS.length]! : a.arch;
}

/** Ticks after a shot during which the recoil frame shows. */
const RECOIL_TICKS = 4;

/** `drawLeft`: El's ticks left of sliding the pistols out (world.player.drawLeft; 0 for anyone else). */
export function bodyFrame(a: Actor, tick: number, drawLeft = 0): string {
  const p = spritePrefix(a);
  if (!a.alive) return tick - a.diedTick < 8 ? `${p}_dead0` : `${p}_dead1`;
  // Knocked down by a door or a table: sprawled as in the first frame of a fall.
  if (a.stunLeft > 0) return `${p}_dead0`;
  if (a.team === 'player') return playerFrame(a, drawLeft);
  if (a.team === 'civilian') return a.ai && (a.ai.mode === AiMode.Cower) ? `${p}_cower` : `${p}_idle`;
  // Navajas's tell (src/sim/ai/navajas.ts): the arm cocked back with a fan of knives until they fly.
  if (a.ai && a.ai.windupLeft > 0 && a.weapon !== null && lookOf(a.weapon).round === 'blade') return `${p}_windup`;
  if (!a.weapon || (a.ai && a.ai.calm)) return `${p}_idle`;
  const cooldown = WEAPONS[a.weapon].cooldown;
  return a.cooldown > cooldown - RECOIL_TICKS ? `${p}_recoil` : `${p}_aim`;
}

function playerFrame(a: Actor, drawLeft: number): string {
  if (a.diveLeft > 0) return `mariachi_dive${Math.min(3, Math.floor(((DIVE_TICKS - a.diveLeft) / DIVE_TICKS) * 4))}`;
  if (a.recoverLeft > 0) return 'mariachi_dive3';
  if (a.weapon === null) return 'mariachi_idle';
  if (drawLeft > 0) return drawLeft > SLEEVE_DRAW_TICKS / 2 ? 'mariachi_draw0' : 'mariachi_draw1';
  const one = lookOf(a.weapon).elPose === 'one' ? '1' : '';
  const cooldown = WEAPONS[a.weapon].cooldown;
  return a.cooldown > cooldown - RECOIL_TICKS ? `mariachi_recoil${one}` : `mariachi_aim${one}`;
}

/** Legs frame name, or null when no legs show (dead, diving: those frames include the legs). */
export function legsFrame(a: Actor, walked: number): string | null {
  if (!a.alive || a.diveLeft > 0 || a.recoverLeft > 0 || a.stunLeft > 0) return null;
  if (a.ai && a.ai.mode === AiMode.Cower) return null;
  // Every drawn archetype has its own style (test/render/cast-frames.test.ts); brown is a last resort.
  const style = LEG_STYLE_OF[a.arch] ?? 'brown';
  // Standing still shows the passing pose (frame 1): feet together under the body.
  const moving = a.x !== a.px || a.y !== a.py;
  return `legs_${style}_${moving ? Math.floor(walked / 5) % 4 : 1}`;
}
