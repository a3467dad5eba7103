// The duel at Bucho's ranch. While a `duel` objective is current, El stands still with his pistols
// up his sleeves and nobody fights (see pickTarget). Counting the standoff's ticks from 1 (the first
// tick the objective is current):
//   tick `cue`                      the target makes his move (duelCue)
//   a trigger pull on tick t, with
//     t < cue                       too early: the target draws first, El is hit, the ranch turns
//                                   hostile and the target must still be beaten (duelEarly)
//     cue <= t <= cue + window      El's sleeve pistols slide out and his shot kills the target
//                                   (duelWon); his men stand stunned for DUEL_SHOCK_TICKS, then
//                                   the alarm: the level's next objective is the fight out. Calm
//                                   men stay calm until then unless El fires again (they hear it)
//     t >= cue + window + 1         too late (pulled or not): the target shoots whoever the level
//                                   protects, or El when it protects nobody (duelLate)
// Both bounds of the window are inclusive. A pull is a fresh press of Fire.
import { damage } from './combat';
import { DuelPhase } from './duel-state';
import { Button, type TickInput } from './input';
import { angleOf } from './math';
import type { Objective } from './level-data';
import { soundAlarm } from './rules';
import { actorById, emit, playerOf, type Actor, type World } from './world';

/** Damage El takes when the target outdraws him (of 6). */
export const DUEL_EARLY_DAMAGE = 3;
/** Ticks the target's men stand stunned after El wins the draw: time to reach cover. */
export const DUEL_SHOCK_TICKS = 75;

type DuelObjective = Extract<Objective, { type: 'duel' }>;

/** Whether a duel's standoff holds right now (nobody fights, El is frozen). */
export function duelHolds(world: World): boolean {
  return world.duel.phase === DuelPhase.Standoff && world.duel.objective === world.objective;
}

/**
 * Once per tick before anyone acts: runs the standoff of a current duel objective and returns the
 * command El acts on (frozen while the standoff holds and on the tick it ends).
 */
export function updateDuel(world: World, command: TickInput): TickInput {
  updateShock(world);
  const o = world.level.objectives[world.objective];
  if (!o || o.type !== 'duel') return command;
  const d = world.duel;
  if (d.objective !== world.objective) begin(world, o);
  if (d.phase !== DuelPhase.Standoff) return command;
  const target = actorById(world, d.target);
  if (!target || !target.alive) {
    d.phase = DuelPhase.Over;
    return command;
  }
  d.ticks++;
  const cue = Math.max(1, o.cue);
  const fire = (command.buttons & Button.Fire) !== 0;
  const pulled = fire && !d.fireHeld;
  d.fireHeld = fire;
  if (d.ticks === cue) {
    // His move: he squares up to El, hand to his gun.
    const el = playerOf(world);
    target.aim = angleOf(el.x - target.x, el.y - target.y);
    emit(world, { type: 'duelCue', target: target.id });
  }
  if (pulled && d.ticks < cue) early(world, target);
  else if (pulled && d.ticks <= cue + o.window) won(world, target);
  else if (d.ticks > cue + o.window) late(world, target);
  return { moveX: 0, moveY: 0, aim: command.aim, buttons: 0 };
}

/** The stunned moment after a won draw: the target's body alarms nobody who sees it fall. */
export function duelShock(world: World): boolean {
  return world.duel.phase === DuelPhase.Won && !world.alarm;
}

/** After a won draw `ticks` counts the stunned moment; when it is over the alarm sounds. */
function updateShock(world: World): void {
  const d = world.duel;
  if (d.phase !== DuelPhase.Won || world.alarm) return;
  d.ticks++;
  if (d.ticks >= DUEL_SHOCK_TICKS) soundAlarm(world);
}

function begin(world: World, o: DuelObjective): void {
  const d = world.duel;
  d.objective = world.objective;
  d.ticks = 0;
  d.target = 0;
  for (const a of world.actors) {
    if (a.name === o.target && a.alive) {
      d.target = a.id;
      break;
    }
  }
  d.phase = d.target > 0 ? DuelPhase.Standoff : DuelPhase.Over;
  // Fire held down since before the standoff is not a pull.
  d.fireHeld = (playerOf(world).prevButtons & Button.Fire) !== 0;
  if (d.target > 0) emit(world, { type: 'duelStart', target: d.target });
}

/** `shooter` fires one shot at `victim` that cannot miss (a duel is decided, not rolled). */
function shootDown(world: World, shooter: Actor, victim: Actor, amount: number, hand: number): void {
  shooter.aim = angleOf(victim.x - shooter.x, victim.y - shooter.y);
  emit(world, { type: 'shot', actor: shooter.id, weapon: shooter.weapon ?? 'revolver', x: shooter.x, y: shooter.y, angle: shooter.aim, hand });
  if (shooter.team === 'player') world.stats.shotsFired++;
  damage(world, victim, amount, shooter.id, victim.x, victim.y);
}

function won(world: World, target: Actor): void {
  const el = playerOf(world);
  const arsenal = world.player;
  world.duel.phase = DuelPhase.Won;
  // The sleeve pistols slide out with the shot itself: no draw delay in a won duel.
  if (el.weapon !== 'sleevePistols') {
    el.weapon = 'sleevePistols';
    arsenal.slot = 0;
    emit(world, { type: 'draw', actor: el.id });
    emit(world, { type: 'switch', actor: el.id, weapon: 'sleevePistols' });
  }
  arsenal.drawLeft = 0;
  // The shot is the right-hand pistol's.
  const mags = arsenal.loaded.sleevePistols!;
  if (mags[1]! > 0) mags[1] = mags[1]! - 1;
  arsenal.hand = 0;
  emit(world, { type: 'duelWon', target: target.id });
  shootDown(world, el, target, target.hp, 1);
  // The stunned moment starts now (updateShock); from here `ticks` counts it.
  world.duel.ticks = 0;
}

function early(world: World, target: Actor): void {
  const el = playerOf(world);
  world.duel.phase = DuelPhase.Early;
  emit(world, { type: 'duelEarly', target: target.id });
  shootDown(world, target, el, DUEL_EARLY_DAMAGE, 0);
  soundAlarm(world);
}

function late(world: World, target: Actor): void {
  world.duel.phase = DuelPhase.Late;
  let victim = playerOf(world);
  for (const name of world.level.protect) {
    const a = world.actors.find((b) => b.alive && b.name === name);
    if (a) {
      victim = a;
      break;
    }
  }
  emit(world, { type: 'duelLate', target: target.id, victim: victim.id });
  shootDown(world, target, victim, victim.hp, 0);
  soundAlarm(world);
}
